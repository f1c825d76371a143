import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { Client } from 'pg';
import {
  apiReady,
  AppProcess,
  createUser,
  freePort,
  privateBuild,
  startApp,
  TestPlenary,
  TestUser,
} from '@app/testing';

const LEASE_MS = 1_500;
const CREATE = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }';

/**
 * The api SIGKILLed while a request with an Idempotency-Key runs (its write not yet committed):
 * the key does not stay "in progress" for its 24 hours. Once its lease lapses, a repeat by the
 * client runs the request — exactly one object exists — and later repeats get that answer.
 */
describe('Idempotency-Key after the api is SIGKILLed mid-request (built api, real processes)', () => {
  let plenary: TestPlenary;
  let buildDir: string;
  let user: TestUser;
  const apis: AppProcess[] = [];

  const startApi = async (): Promise<{ api: AppProcess; port: number }> => {
    const port = await freePort();
    const api = startApp(buildDir, 'api', {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: plenary.config.DATABASE_URL,
      DATABASE_POOL_SIZE: '4',
      REDIS_URL: plenary.config.REDIS_URL,
      REDIS_PREFIX: plenary.config.REDIS_PREFIX,
      QUEUE_BACKEND: plenary.config.QUEUE_BACKEND,
      LOG_LEVEL: 'warn',
      IDEMPOTENCY_LEASE_MS: String(LEASE_MS),
    });
    apis.push(api);
    await apiReady(api, port);
    return { api, port };
  };

  const create = async (port: number, name: string, key: string) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}`, 'idempotency-key': key },
      body: JSON.stringify({ query: CREATE, variables: { input: { name, country: 'KE', type: 'NGO' } } }),
    });
    const body = (await res.json()) as {
      data?: { createOrganisation: { id: string; name: string } } | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return { ...body, replayed: res.headers.get('idempotent-replayed') === 'true' };
  };

  beforeAll(async () => {
    const build = privateBuild();
    plenary = await TestPlenary.start();
    user = await createUser(plenary, { name: 'Killed Midway' });
    buildDir = await build;
  }, 120_000);

  afterAll(async () => {
    for (const a of apis) if (a.child.exitCode === null && a.child.signalCode === null) a.child.kill('SIGKILL');
    await plenary?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  it('a repeat after the lease runs the request once; it is not answered "in progress" for a day', async () => {
    const first = await startApi();
    const key = randomUUID();
    const name = `Midway Org ${key.slice(0, 8)}`;

    // Hold the write: the request claims its key, then waits on the organisations table.
    const locker = new Client({ connectionString: plenary.config.DATABASE_URL });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE organisations IN EXCLUSIVE MODE');
    const inFlight = create(first.port, name, key).catch((error: Error) => error);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const waiting = await plenary.dataSource.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
      );
      if (Number(waiting[0].n) > 0) break;
      if (Date.now() > deadline) throw new Error('the request never reached its write');
      await new Promise((r) => setTimeout(r, 50));
    }
    const [held] = await plenary.dataSource.query(
      'SELECT response, committed_at FROM idempotency_keys WHERE user_id = $1 AND key = $2',
      [user.user.id, key],
    );
    expect(held).toEqual({ response: null, committed_at: null });

    // The api dies mid-request; its transaction never commits.
    first.api.child.kill('SIGKILL');
    await first.api.exited;
    expect(((await inFlight) as Error).message).toBe('fetch failed'); // the client got no answer
    await locker.query('COMMIT');
    await locker.end();

    const second = await startApi();
    const started = Date.now();
    const retry = await create(second.port, name, key);
    const retryMs = Date.now() - started;
    console.log(`repeat after the SIGKILL answered in ${retryMs} ms: ${JSON.stringify(retry.errors ?? 'data')}`);
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.createOrganisation.name).toBe(name);
    expect(retryMs).toBeLessThan(LEASE_MS + 5_000); // the lease, not IN_PROGRESS_WAIT nor 24 hours

    const again = await create(second.port, name, key);
    expect(again.replayed).toBe(true);
    expect(again.data?.createOrganisation).toEqual(retry.data?.createOrganisation);
    const [{ n }] = await plenary.dataSource.query<{ n: string }[]>(
      'SELECT count(*) AS n FROM organisations WHERE name = $1',
      [name],
    );
    expect(Number(n)).toBe(1);
  }, 120_000);
});
