import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { DIGEST_STYLE_CSP_SOURCE } from '@app/digests';
import { Region } from '@app/identity';
import { encodeCursor, PlatformRole } from '@app/platform';
import { Disclosure } from '@app/submissions';
import {
  approveSubmission,
  createOrganisation,
  createSessionAndOpenRound,
  createSubmission,
  createUser,
  submit,
  TEST_PASSWORD,
  TestPlenary,
  TestUser,
} from '@app/testing';

/**
 * Issue 10, findings 7 (no input answers INTERNAL_SERVER_ERROR), 8 (input accepted that should
 * not be) and 9 (HTTP hardening headers), as a client sees them.
 */
describe('Security hardening (api over HTTP)', () => {
  let plenary: TestPlenary;
  let staff: TestUser;
  let member: TestUser;
  let orgId: string;
  let roundId: string;
  let sessionId: string;
  let logged: jest.SpyInstance;

  beforeAll(async () => {
    plenary = await TestPlenary.start({ api: { TRUST_PROXY: 1 } });
    staff = await createUser(plenary, { roles: [PlatformRole.STAFF], name: 'Staff' });
    member = await createUser(plenary, { name: 'Member' });
    orgId = (await createOrganisation(plenary, member, { name: 'Open Rights Network' })).id;
    ({ roundId, sessionId } = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG }));
    const draft = await createSubmission(plenary, member.token, {
      roundId,
      organisationId: orgId,
      disclosure: Disclosure.NAMED,
    });
    await submit(plenary, member.token, draft);
    await approveSubmission(plenary, draft.id);
  });

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => {
    // Nothing in this file may reach the "unexpected error" log line.
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  afterAll(async () => {
    await plenary.close();
  });

  const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
  const fieldsOf = (res: { errors?: { extensions?: { fields?: { field: string }[] } }[] }) =>
    res.errors?.[0]?.extensions?.fields?.map((f) => f.field);

  describe('finding 7: each bad input answers its own code', () => {
    it.each([
      [
        'submissions search',
        'query($f: SubmissionFilterInput) { submissions(filter: $f) { edges { cursor } } }',
        'search',
      ],
      [
        'organisations search',
        'query($f: OrganisationFilter) { organisations(filter: $f) { edges { cursor } } }',
        'search',
      ],
    ])('NUL in the %s filter: BAD_USER_INPUT', async (_what, query, field) => {
      const res = await plenary.gql(query, { f: { [field]: 'rights\u0000' } }, member.token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([field]);
    });

    it('NUL in text to store: BAD_USER_INPUT naming the field, nothing written', async () => {
      const res = await plenary.gql(
        'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
        { i: { name: 'Null\u0000Org', country: 'KE', type: 'NGO' } },
        member.token,
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['name']);
      const [{ n }] = await plenary.dataSource.query(
        `SELECT count(*)::int AS n FROM organisations WHERE name LIKE 'Null%'`,
      );
      expect(n).toBe(0);
    });

    it.each([
      [
        'login',
        'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
        { i: { email: 'a\ud800@example.org', password: 'whatever-123' } },
        'email',
      ],
      [
        'requestPasswordReset',
        'mutation($e: String!) { requestPasswordReset(email: $e) }',
        { e: 'a\udc00@example.org' },
        'email',
      ],
      [
        'register',
        'mutation($i: RegisterInput!) { register(input: $i) { __typename } }',
        { i: { email: '\ud83d@example.org', password: 'long-enough-pw', displayName: 'X' } },
        'email',
      ],
    ])('an unpaired surrogate in the email of %s: BAD_USER_INPUT', async (_op, query, variables, field) => {
      const res = await plenary.gql(query, variables);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([field]);
    });

    const FORGED = [
      ['garbage', 'not a cursor!'],
      ['a NUL in the key', encodeCursor(['a\u0000', randomUUID()])],
      ['an enormous number', encodeCursor([1e300, randomUUID()])],
      ['an id that is not one', encodeCursor([0, "'; DROP TABLE users; --"])],
      ['a cursor from another list (organisations)', encodeCursor(['Open Rights Network', 'not-a-uuid'])],
    ] as const;
    const LISTS = [
      ['submissions', '{ submissions(after: $a) { edges { cursor } } }', 'anonymous'],
      ['organisations', '{ organisations(after: $a) { edges { cursor } } }', 'member'],
      ['negotiationSessions', '{ negotiationSessions(after: $a) { edges { cursor } } }', 'anonymous'],
      ['consultationRounds', '{ consultationRounds(after: $a) { edges { cursor } } }', 'anonymous'],
      [
        'session rounds',
        `{ negotiationSession(id: "SESSION") { rounds(after: $a) { edges { cursor } } } }`,
        'anonymous',
      ],
      ['moderationQueue', '{ moderationQueue(after: $a) { edges { cursor } } }', 'staff'],
      ['auditEvents', '{ auditEvents(after: $a) { edges { cursor } } }', 'staff'],
      ['myNotifications', '{ myNotifications(after: $a) { edges { cursor } } }', 'member'],
    ] as const;
    it.each(
      LISTS.flatMap(([list, query, caller]) =>
        FORGED.map(([what, cursor]) => [list, what, query, caller, cursor] as const),
      ),
    )('%s refuses a forged cursor (%s) as BAD_USER_INPUT on `after`', async (_list, _what, query, caller, cursor) => {
      const token = caller === 'staff' ? staff.token : caller === 'member' ? member.token : undefined;
      const res = await plenary.gql(`query($a: String) ${query.replace('SESSION', sessionId)}`, { a: cursor }, token);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['after']);
    });

    it('a cursor a list gave out still pages it', async () => {
      const first = await plenary.gql<{ submissions: { edges: { cursor: string }[] } }>(
        '{ submissions(first: 1) { edges { cursor } } }',
      );
      const cursor = first.data?.submissions.edges[0].cursor;
      const next = await plenary.gql('query($a: String) { submissions(first: 1, after: $a) { edges { cursor } } }', {
        a: cursor,
      });
      expect(next.errors).toBeUndefined();
    });

    it('an unknown operationName: 400 BAD_USER_INPUT', async () => {
      const res = await fetch(`${plenary.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query A { __typename }', operationName: 'Nope' }),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('the complexity limit, with an unknown operationName too: GRAPHQL_VALIDATION_FAILED or BAD_USER_INPUT, never a 500', async () => {
      const expensive =
        'query Big { organisations(first: 100) { edges { node { submissions(first: 100) { edges { node { id } } } } } } }';
      const limited = await plenary.gql(expensive, {}, member.token);
      expect(codeOf(limited)).toBe('GRAPHQL_VALIDATION_FAILED');
      const res = await fetch(`${plenary.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` },
        body: JSON.stringify({ query: expensive, operationName: 'Other' }),
      });
      expect(res.status).toBe(400);
    });

    it('a malformed id in a download URL: 404 NOT_FOUND, or 400 for a path that cannot be decoded', async () => {
      for (const id of ['not-an-id', '%00', 'x'.repeat(5000), "1'or'1'='1"]) {
        const res = await fetch(`${plenary.url}/digests/${id}/files/pdf`);
        expect(res.status).toBe(404);
        expect(((await res.json()) as { code: string }).code).toBe('NOT_FOUND');
      }
      const undecodable = await fetch(`${plenary.url}/digests/%E0%A4%A/files/pdf`);
      expect(undecodable.status).toBe(400);
    });

    it('anonymous organisation { members myRole } on a published submission: null, no error', async () => {
      const res = await plenary.gql<{ submissions: { edges: { node: { organisation: unknown } }[] } }>(
        '{ submissions(first: 5) { edges { node { organisation { name members { role } myRole } } } } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.submissions.edges[0].node.organisation).toEqual({
        name: 'Open Rights Network',
        members: null,
        myRole: null,
      });
    });

    it('login { user { memberships } }: answers, without an error', async () => {
      const res = await plenary.gql<{ login: { user: { memberships: unknown } } }>(
        'mutation($i: LoginInput!) { login(input: $i) { user { id memberships { role } } } }',
        { i: { email: member.email, password: TEST_PASSWORD } },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.login.user).toBeDefined();
    });

    it('an over-long bad value is not echoed back whole', async () => {
      const res = await plenary.gql(
        'query($n: Int) { organisations(first: $n) { edges { cursor } } }',
        {
          n: 'x'.repeat(50_000),
        },
        member.token,
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res).length).toBeLessThan(2_000);
    });
  });

  describe('finding 8: input that was accepted and should not be', () => {
    const session = (startsAt: unknown) =>
      plenary.gql(
        'mutation($i: CreateNegotiationSessionInput!) { createNegotiationSession(input: $i) { id } }',
        {
          i: {
            title: 'AHC-9',
            processName: 'Ad Hoc Committee',
            location: 'Vienna',
            startsAt,
            endsAt: '2027-02-10T18:00:00Z',
          },
        },
        staff.token,
      );

    it.each([
      ['a boolean', true],
      ['a fraction', 1.5],
      ['a negative number', -5],
      ['a number of milliseconds', 1_800_000_000_000],
      ['a date that does not exist', '2027-02-30T10:00:00Z'],
      ['a date without a zone', '2027-02-01T10:00:00'],
    ])('a DateTime given %s: BAD_USER_INPUT', async (_what, value) => {
      const res = await session(value);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['startsAt']);
    });

    it('a DateTime given an ISO 8601 string is accepted', async () => {
      const res = await session('2027-02-01T10:00:00+01:00');
      expect(res.errors).toBeUndefined();
    });

    it.each([
      ['an organisation name', 'createOrganisation', 'CreateOrganisationInput', { country: 'KE', type: 'NGO' }, 'name'],
      [
        'a display name',
        'register',
        'RegisterInput',
        { email: 'rtl@example.org', password: 'long-enough-pw' },
        'displayName',
      ],
    ])(
      'a right-to-left override or an invisible character in %s: BAD_USER_INPUT',
      async (_what, op, type, rest, field) => {
        for (const bad of ['Evil\u202Egnp.exe', 'Zero\u200Bwidth', '\u2066isolate\u2069', '\u200B\u200B']) {
          const res = await plenary.gql(
            `mutation($i: ${type}!) { ${op}(input: $i) { __typename } }`,
            { i: { ...rest, [field]: bad } },
            member.token,
          );
          expect(codeOf(res)).toBe('BAD_USER_INPUT');
          expect(fieldsOf(res)).toEqual([field]);
        }
      },
    );

    it('keeps names in every script, with the joiners and marks they need', async () => {
      for (const name of ['مؤسسة الحقوق الرقمية', 'می‌خواهم', 'Права человека', '数字权利', 'ONG “Derechos” – Perú']) {
        const res = await plenary.gql(
          'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { name } }',
          { i: { name, country: 'KE', type: 'NGO' } },
          member.token,
        );
        expect(res.errors).toBeUndefined();
      }
    });

    it('a whitespace-only body: BAD_USER_INPUT naming body', async () => {
      const res = await plenary.gql(
        'mutation($i: CreateSubmissionInput!) { createSubmission(input: $i) { id } }',
        {
          i: {
            roundId,
            organisationId: orgId,
            title: 'Blank',
            summary: 'Blank body.',
            body: ' \n\t \u00a0\u2003 ',
            language: 'en',
            disclosure: 'NAMED',
          },
        },
        member.token,
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['body']);
    });
  });

  describe('finding 9: HTTP hardening headers', () => {
    const CSP = `default-src 'self';script-src 'self';style-src 'self' ${DIGEST_STYLE_CSP_SOURCE};img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'`;

    it.each([
      [
        '/graphql (POST)',
        '/graphql',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' },
      ],
      ['/health', '/health', {}],
      ['an account page', '/account/reset-password', {}],
      ['a download that is not found', `/digests/${randomUUID()}/files/pdf`, {}],
      ['an unknown path', '/no/such/page', {}],
      ['a path Express cannot decode', '/digests/%E0%A4%A/files/pdf', {}],
    ])('%s carries the hardening headers', async (_what, path, init) => {
      const res = await fetch(`${plenary.url}${path}`, init as RequestInit);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-powered-by')).toBeNull();
      // Plain HTTP: no HSTS.
      expect(res.headers.get('strict-transport-security')).toBeNull();
    });

    it('sends Strict-Transport-Security only behind TLS (x-forwarded-proto from a trusted proxy)', async () => {
      const res = await fetch(`${plenary.url}/health`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
    });

    it('serves the account pages (the web client, old /account/… links included) without inline script or style', async () => {
      for (const path of ['/reset-password', '/account/reset-password', '/forgot-password', '/accept-invitation']) {
        const res = await fetch(`${plenary.url}${path}`, { headers: { accept: 'text/html' } });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-security-policy')).toBe(CSP);
        const html = await res.text();
        expect(html).toMatch(/<script[^>]*\bsrc="\/assets\//);
        expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
        expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
      }
    });
  });
});
