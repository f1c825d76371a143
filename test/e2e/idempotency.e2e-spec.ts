import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { deleteExpiredIdempotencyKeys } from '@app/platform';
import { createUser, TestPlenary, TestUser } from '@app/testing';

/**
 * `Idempotency-Key` on creating mutations, as a client retrying after a lost answer uses it: the
 * repeat returns the first result and creates nothing; the same key with another request is refused
 * naming the key; concurrent repeats run once; keys are per user and forgotten after 24 hours.
 */
describe('Idempotency-Key (GraphQL over HTTP)', () => {
  let plenary: TestPlenary;
  let alice: TestUser;
  let bob: TestUser;

  const CREATE = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name country } }';

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    alice = await createUser(plenary, { name: 'Alice' });
    bob = await createUser(plenary, { name: 'Bob' });
  });

  afterAll(async () => {
    await plenary?.close();
  });

  const create = (user: TestUser, name: string, key?: string) =>
    plenary.gql<{ createOrganisation: { id: string; name: string } }>(
      CREATE,
      { input: { name, country: 'KE', type: 'NGO' } },
      user.token,
      key ? { 'idempotency-key': key } : {},
    );

  const organisationsNamed = async (name: string): Promise<number> =>
    Number(
      (
        await plenary.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM organisations WHERE name = $1', [
          name,
        ])
      )[0].n,
    );

  it.each(['createSubmission', 'submitSubmission', 'inviteCosigner', 'createOrganisation', 'compileDigest'])(
    '%s takes an Idempotency-Key',
    (field) => {
      const schema = plenary.app.get(GraphQLSchemaHost).schema;
      expect(schema.getMutationType()?.getFields()[field]?.extensions?.idempotent).toBe(true);
    },
  );

  it('a repeat with the same key returns the first result and creates nothing more', async () => {
    const key = randomUUID();
    const name = `Retry Org ${key.slice(0, 6)}`;
    const first = await create(alice, name, key);
    expect(first.errors).toBeUndefined();
    const second = await create(alice, name, key);
    expect(second.errors).toBeUndefined();
    expect(second.data?.createOrganisation).toEqual(first.data?.createOrganisation);
    expect(await organisationsNamed(name)).toBe(1);
  });

  it('without a key, two requests create two objects (the key is what makes a retry safe)', async () => {
    const name = `Keyless Org ${randomUUID().slice(0, 6)}`;
    await create(alice, name);
    await create(alice, name);
    expect(await organisationsNamed(name)).toBe(2);
  });

  it('the same key with a different request is refused, naming the key', async () => {
    const key = randomUUID();
    await create(alice, `First ${key.slice(0, 6)}`, key);
    const other = await create(alice, `Second ${key.slice(0, 6)}`, key);
    expect(other.data).toBeNull();
    expect(other.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0].extensions?.fields?.[0].field).toBe('Idempotency-Key');
    expect(await organisationsNamed(`Second ${key.slice(0, 6)}`)).toBe(0);
  });

  it('eight concurrent requests with one key run once and all get the same object', async () => {
    const key = randomUUID();
    const name = `Concurrent Org ${key.slice(0, 6)}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => create(alice, name, key)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const ids = new Set(results.map((r) => r.data?.createOrganisation.id));
    expect(ids.size).toBe(1);
    expect(await organisationsNamed(name)).toBe(1);
  });

  it('keys are per user: another user with the same key gets their own object', async () => {
    const key = randomUUID();
    const name = `Shared Key Org ${key.slice(0, 6)}`;
    const a = await create(alice, name, key);
    const b = await create(bob, name, key);
    expect(b.errors).toBeUndefined();
    expect(b.data?.createOrganisation.id).not.toBe(a.data?.createOrganisation.id);
    expect(await organisationsNamed(name)).toBe(2);
  });

  it('a request that failed does not hold its key: the corrected retry runs', async () => {
    const key = randomUUID();
    const bad = await plenary.gql(CREATE, { input: { name: 'x', country: 'Kenya', type: 'NGO' } }, alice.token, {
      'idempotency-key': key,
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const name = `Corrected ${key.slice(0, 6)}`;
    // Same key, a different (corrected) body: the failed first attempt created nothing and let go of it.
    const good = await create(alice, name, key);
    expect(good.errors).toBeUndefined();
    expect(await organisationsNamed(name)).toBe(1);
  });

  it('a malformed key is refused naming the header', async () => {
    const res = await create(alice, 'Short key org', 'abc');
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'Idempotency-Key', message: expect.any(String) }],
    });
  });

  it('keys are forgotten after 24 hours: the cleanup deletes them and the key may be used again', async () => {
    const key = randomUUID();
    const name = `Old Key Org ${key.slice(0, 6)}`;
    await create(alice, name, key);
    await plenary.dataSource.query(
      `UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = $1`,
      [key],
    );
    expect(await deleteExpiredIdempotencyKeys(plenary.dataSource)).toBeGreaterThanOrEqual(1);
    expect(await plenary.dataSource.query('SELECT 1 FROM idempotency_keys WHERE key = $1', [key])).toHaveLength(0);
    await create(alice, name, key);
    expect(await organisationsNamed(name)).toBe(2);
  });
});

/**
 * The key's lease and its "written" mark: what a repeat is told when the request holding the key
 * stops answering (the api died) — run it again if nothing was written, never if something was —
 * and that a request running longer than the lease keeps its key.
 */
describe('Idempotency-Key lease and written mark', () => {
  let plenary: TestPlenary;
  let carol: TestUser;
  const LEASE_MS = 1_000;
  const CREATE = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }';

  beforeAll(async () => {
    plenary = await TestPlenary.start({ api: { IDEMPOTENCY_LEASE_MS: LEASE_MS } });
    carol = await createUser(plenary, { name: 'Carol' });
  });

  afterAll(async () => {
    await plenary?.close();
  });

  const create = (name: string, key: string) =>
    plenary.gql<{ createOrganisation: { id: string; name: string } }>(
      CREATE,
      { input: { name, country: 'KE', type: 'NGO' } },
      carol.token,
      { 'idempotency-key': key },
    );
  const keyRow = async (key: string) =>
    (
      await plenary.dataSource.query<{ committed: boolean; answered: boolean; leased: boolean }[]>(
        `SELECT committed_at IS NOT NULL AS committed, response IS NOT NULL AS answered, lease_until IS NOT NULL AS leased
           FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
        [carol.user.id, key],
      )
    )[0];
  const organisationsNamed = async (name: string): Promise<number> =>
    Number(
      (
        await plenary.dataSource.query<{ n: string }[]>('SELECT count(*) AS n FROM organisations WHERE name = $1', [
          name,
        ])
      )[0].n,
    );

  it('a write marks its key as written in its own transaction; an answered key holds no lease', async () => {
    const key = randomUUID();
    expect((await create(`Marked ${key.slice(0, 6)}`, key)).errors).toBeUndefined();
    expect(await keyRow(key)).toEqual({ committed: true, answered: true, leased: false });
  });

  it('a key whose request wrote but never answered (its api died) is not run again: CONFLICT saying so', async () => {
    const key = randomUUID();
    const name = `Answer Lost ${key.slice(0, 6)}`;
    expect((await create(name, key)).errors).toBeUndefined();
    // As if the api had died between the commit and storing the answer, a lease ago.
    await plenary.dataSource.query(
      `UPDATE idempotency_keys SET response = NULL, lease_until = now() - interval '1 second' WHERE key = $1`,
      [key],
    );
    const started = Date.now();
    const repeat = await create(name, key);
    expect(Date.now() - started).toBeLessThan(5_000); // at once, not after waiting for an answer
    expect(repeat.data).toBeNull();
    expect(repeat.errors?.[0].message).toMatch(/carried out/);
    expect(repeat.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'Idempotency-Key', message: expect.stringMatching(/answer was lost/) }],
    });
    expect(await organisationsNamed(name)).toBe(1);
  });

  it('a request that runs longer than the lease keeps its key: a repeat waits for it and gets its answer', async () => {
    const key = randomUUID();
    const name = `Slow Write ${key.slice(0, 6)}`;
    const locker = plenary.dataSource.createQueryRunner();
    await locker.connect();
    await locker.startTransaction();
    await locker.query('LOCK TABLE organisations IN EXCLUSIVE MODE');
    const slow = create(name, key);
    await new Promise((r) => setTimeout(r, LEASE_MS * 2.5)); // the lease is renewed meanwhile
    const repeat = create(name, key);
    await new Promise((r) => setTimeout(r, LEASE_MS * 1.5));
    await locker.commitTransaction();
    await locker.release();
    const [first, second] = await Promise.all([slow, repeat]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data?.createOrganisation).toEqual(first.data?.createOrganisation);
    expect(await organisationsNamed(name)).toBe(1);
  });
});
