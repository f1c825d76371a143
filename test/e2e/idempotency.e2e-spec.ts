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
