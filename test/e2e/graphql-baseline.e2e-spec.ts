import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { createOrganisation, createUser, TestPlenary, TestUser } from '@app/testing';

/** Nests `levels` times User → memberships → organisation → members → user …, ending on `id`. */
function nested(levels: number): string {
  const path = ['memberships', 'organisation', 'members', 'user'];
  let selection = 'id';
  // `me` is level 1 and the final `id` the last level.
  for (let depth = levels - 1; depth >= 2; depth--) selection = `${path[(depth - 2) % path.length]} { ${selection} }`;
  return `{ me { ${selection} } }`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('GraphQL baseline (api over HTTP)', () => {
  let plenary: TestPlenary;
  let person: TestUser;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    person = await createUser(plenary, { name: 'Baseline Person' });
    await createOrganisation(plenary, person, { name: 'Baseline Org' });
  });

  afterAll(async () => {
    await plenary.close();
  });

  /** POSTs a raw body to /graphql. */
  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${plenary.url}/graphql`, { method: 'POST', headers, body });

  describe('depth limit', () => {
    it(`answers a query exactly GRAPHQL_MAX_DEPTH deep`, async () => {
      expect(plenary.config.GRAPHQL_MAX_DEPTH).toBe(10);
      const res = await plenary.gql(nested(10), {}, person.token);
      expect(res.errors).toBeUndefined();
      expect(res.data).toMatchObject({
        me: { memberships: [{ organisation: { members: [{ user: { memberships: expect.any(Array) } }] } }] },
      });
    });

    it('refuses a query nested deeper than GRAPHQL_MAX_DEPTH, before running it', async () => {
      plenary.sql.reset();
      const res = await plenary.gql(nested(12), {}, person.token);
      expect(plenary.sql.count).toBe(0);
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0].message).toMatch(/12 levels deep; at most 10/);
    });

    it('counts depth through fragments and inline fragments', async () => {
      const query = `
        query { me { ...Deep } }
        fragment Deep on User { memberships { organisation { ... on Organisation { members { user { memberships { organisation { members { user { memberships { id } } } } } } } } } } }`;
      const res = await plenary.gql(query, {}, person.token);
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0].message).toMatch(/levels deep/);
    });
  });

  describe('alias limit', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;

    it('answers 30 aliases', async () => {
      const res = await plenary.gql<Record<string, { id: string }>>(aliases(30), {}, person.token);
      expect(res.errors).toBeUndefined();
      expect(Object.keys(res.data ?? {})).toHaveLength(30);
      expect(res.data?.a29).toEqual({ id: person.user.id });
    });

    it('refuses 31 aliases of `me`', async () => {
      const res = await plenary.gql(aliases(31), {}, person.token);
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0].message).toMatch(/31 aliases; at most 30/);
    });
  });

  describe('HTTP transport', () => {
    it('refuses batched requests (a JSON array of operations) instead of answering each', async () => {
      const res = await post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]), {
        'content-type': 'application/json',
        authorization: `Bearer ${person.token}`,
      });
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).not.toContain(person.user.id);
      expect(text).toMatch(/batch/i);
    });

    it('answers a plain JSON POST (the control for the CSRF checks below)', async () => {
      const res = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json' });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
      'refuses a POST with the "simple" content type %s (CSRF prevention)',
      async (contentType) => {
        const res = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': contentType });
        expect(res.status).toBe(400);
        expect(await res.text()).not.toContain('"__typename":"Query"');
      },
    );

    it('refuses a GET without a preflight header (CSRF prevention), and answers one that has it', async () => {
      const url = `${plenary.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
      const bare = await fetch(url);
      expect(bare.status).toBe(400);
      expect(await bare.text()).toMatch(/CSRF|preflight/i);
      const withHeader = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(withHeader.status).toBe(200);
      expect(await withHeader.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });

  describe('errors', () => {
    it('masks an unexpected error: INTERNAL_SERVER_ERROR with an error id, no SQL or table name, and logs the id with the cause', async () => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      await plenary.dataSource.query('ALTER TABLE organisations RENAME TO organisations_x');
      let res;
      let logCalls: unknown[][];
      try {
        res = await plenary.gql('{ organisations(first: 5) { edges { node { id name } } } }', {}, person.token);
      } finally {
        await plenary.dataSource.query('ALTER TABLE organisations_x RENAME TO organisations');
        logCalls = [...logged.mock.calls];
        logged.mockRestore();
      }
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      const [error] = res.errors ?? [];
      expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.extensions?.errorId).toMatch(UUID);
      expect(error.message).toBe('Internal server error');
      expect(Object.keys(error.extensions ?? {}).sort()).toEqual(['code', 'errorId']);
      const shown = JSON.stringify({ message: error.message, extensions: error.extensions });
      expect(shown).not.toMatch(/relation|organisations|SELECT|does not exist|QueryFailedError|stack/i);

      // The id the client sees is the one logged with the cause.
      const entry = logCalls.find(([meta]) => (meta as { errorId?: string })?.errorId === error.extensions?.errorId);
      expect(entry).toBeDefined();
      const cause = (entry?.[0] as { err?: Error }).err;
      expect(String(cause?.message)).toMatch(/organisations/);

      // And the api is fine again once the table is back.
      const again = await plenary.gql<{ organisations: { edges: unknown[] } }>(
        '{ organisations(first: 5) { edges { node { id } } } }',
        {},
        person.token,
      );
      expect(again.errors).toBeUndefined();
      expect(again.data?.organisations.edges.length).toBeGreaterThan(0);
    });

    it('gives every masked error its own id', async () => {
      const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      await plenary.dataSource.query('ALTER TABLE organisations RENAME TO organisations_x');
      const ids: unknown[] = [];
      try {
        for (let i = 0; i < 2; i++) {
          const res = await plenary.gql('{ organisations(first: 5) { edges { node { id } } } }', {}, person.token);
          ids.push(res.errors?.[0].extensions?.errorId);
        }
      } finally {
        await plenary.dataSource.query('ALTER TABLE organisations_x RENAME TO organisations');
        logged.mockRestore();
      }
      expect(ids[0]).toMatch(UUID);
      expect(ids[1]).toMatch(UUID);
      expect(ids[0]).not.toBe(ids[1]);
    });

    it('keeps the code of a DomainException (NOT_FOUND, BAD_USER_INPUT with fields, UNAUTHENTICATED)', async () => {
      const missing = await plenary.gql(
        'query($id: ID!) { organisation(id: $id) { id } }',
        { id: randomUUID() },
        person.token,
      );
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(missing.errors?.[0].message).toBe('Organisation not found');

      const tooMany = await plenary.gql('{ organisations(first: 101) { edges { node { id } } } }', {}, person.token);
      expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(tooMany.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['first']);

      const badCursor = await plenary.gql(
        '{ organisations(after: "not-a-cursor") { edges { node { id } } } }',
        {},
        person.token,
      );
      expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(badCursor.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['after']);

      const anonymous = await plenary.gql('{ me { id } }');
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.errors?.[0].extensions).not.toHaveProperty('errorId');
    });

    it.each<[string, unknown, string]>([
      ['an unknown enum value', 'MEMBR', 'role'],
      ['a number for an enum', 5, 'role'],
      ['null for a required field', null, 'role'],
    ])('answers a variable with %s as BAD_USER_INPUT naming the field (not a 500)', async (_what, role, field) => {
      const res = await plenary.gql(
        'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }',
        { i: { organisationId: randomUUID(), email: 'someone@example.org', role } },
        person.token,
      );
      expect(res.status).toBe(400);
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([field]);
      expect(res.errors?.[0].extensions).not.toHaveProperty('errorId');
    });

    it('answers a scalar variable of the wrong type as BAD_USER_INPUT naming the variable', async () => {
      const res = await plenary.gql(
        'query($n: Int) { organisations(first: $n) { edges { node { id } } } }',
        { n: 'abc' },
        person.token,
      );
      expect(res.status).toBe(400);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['n']);
    });

    it('never sends a stack trace', async () => {
      const res = await plenary.gql('{ organisations(first: 101) { edges { node { id } } } }', {}, person.token);
      expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+/);
    });
  });

  describe('introspection (off by default)', () => {
    it('refuses introspection and gives no "did you mean" hints', async () => {
      const intro = await plenary.gql('{ __schema { queryType { name } } }');
      expect(intro.data).toBeNull();
      expect(intro.errors?.[0].message).toMatch(/introspection/i);
      const typeName = await plenary.gql('{ __type(name: "User") { name } }');
      expect(typeName.data).toBeNull();
      const typo = await plenary.gql('{ mee { id } }', {}, person.token);
      expect(typo.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(typo.errors?.[0].message).not.toMatch(/Did you mean/i);
      const argument = await plenary.gql('{ organisations(frist: 5) { edges { node { id } } } }', {}, person.token);
      expect(argument.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(argument.errors?.[0].message).not.toMatch(/Did you mean/i);
      const enumValue = await plenary.gql(
        'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }',
        { i: { organisationId: randomUUID(), email: 'someone@example.org', role: 'MEMBR' } },
        person.token,
      );
      expect(enumValue.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(enumValue.errors?.[0].message).not.toMatch(/Did you mean/i);
    });
  });
});

describe('GraphQL baseline with GRAPHQL_MAX_COST=50', () => {
  let plenary: TestPlenary;
  let person: TestUser;

  beforeAll(async () => {
    plenary = await TestPlenary.start({ api: { GRAPHQL_MAX_COST: 50 } });
    person = await createUser(plenary);
    await createOrganisation(plenary, person);
  });

  afterAll(async () => {
    await plenary.close();
  });

  it('answers a cheap list query', async () => {
    const res = await plenary.gql<{ organisations: { edges: unknown[] } }>(
      '{ organisations(first: 5) { edges { node { id } } } }',
      {},
      person.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.organisations.edges).toHaveLength(1);
  });

  it('refuses organisations(first: 100) with members and their users, before running it', async () => {
    plenary.sql.reset();
    const res = await plenary.gql(
      '{ organisations(first: 100) { edges { node { members { user { id } } } } } }',
      {},
      person.token,
    );
    expect(plenary.sql.count).toBe(0);
    expect(res.data ?? null).toBeNull();
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/cost \d+ exceeds the limit of 50/);
  });

  it('counts `first` given as a variable', async () => {
    const res = await plenary.gql(
      'query($n: Int) { organisations(first: $n) { edges { node { members { user { id } } } } } }',
      { n: 100 },
      person.token,
    );
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('counts a list without `first` at the default page size, not as one item', async () => {
    // 20 organisations (the default page size) × members × user costs more than 50.
    const res = await plenary.gql('{ organisations { edges { node { members { user { id } } } } } }', {}, person.token);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('GraphQL baseline with GRAPHQL_INTROSPECTION=true', () => {
  let plenary: TestPlenary;

  beforeAll(async () => {
    plenary = await TestPlenary.start({ api: { GRAPHQL_INTROSPECTION: true } });
  });

  afterAll(async () => {
    await plenary.close();
  });

  it('answers introspection and gives "did you mean" hints', async () => {
    const intro = await plenary.gql<{ __schema: { queryType: { name: string }; types: { name: string }[] } }>(
      '{ __schema { queryType { name } types { name } } }',
    );
    expect(intro.errors).toBeUndefined();
    expect(intro.data?.__schema.queryType.name).toBe('Query');
    expect(intro.data?.__schema.types.map((t) => t.name)).toEqual(expect.arrayContaining(['User', 'Organisation']));
    const typo = await plenary.gql('{ mee { id } }');
    expect(typo.errors?.[0].message).toMatch(/Did you mean "me"/);
  });
});
