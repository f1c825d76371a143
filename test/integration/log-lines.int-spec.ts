import { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  apiReady,
  AppProcess,
  createDigestWorld,
  DigestWorld,
  freePort,
  LogLine,
  logLines,
  privateBuild,
  sha256Hex,
  startApp,
  startRedisServer,
  TestPlenary,
  eventually,
  workerReady,
} from '@app/testing';
import { QUEUE_NAMES } from '@app/platform';
import Redis from 'ioredis';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * What operators read: the built api and worker as processes, their stdout and stderr captured.
 * One structured line per event at the right level — a Redis outage is one line each way per
 * process (not a raw stack per reconnect attempt on stderr), an unexpected error is one line with
 * the error id the client got, a client that ends a digest download early is not an error.
 */
describe('log lines (built api and worker, real processes)', () => {
  let plenary: TestPlenary;
  let buildDir: string;
  let storageDir: string;
  let redisPort: number;
  let redis: ChildProcess;
  let api: AppProcess;
  let worker: AppProcess;
  let apiPort: number;
  let world: DigestWorld;

  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
  };
  /** Lines that are errors or warnings, or that are not structured. */
  const loud = (lines: LogLine[]) => lines.filter((l) => l.level >= 40);
  const redisPrefix = `log-lines-${randomUUID().slice(0, 8)}`;
  /** Jobs waiting or running in any queue of the test's Redis. */
  const jobsInHand = async (): Promise<number> => {
    const client = new Redis({ port: redisPort, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await client.connect();
      let n = 0;
      for (const queue of QUEUE_NAMES)
        for (const list of ['active', 'wait']) n += await client.llen(`${redisPrefix}:bull:${queue}:${list}`);
      return n;
    } finally {
      client.disconnect();
    }
  };
  const until = async (what: string, check: () => boolean, ms = 20_000) => {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
      await sleep(50);
    }
  };

  beforeAll(async () => {
    const build = privateBuild();
    plenary = await TestPlenary.start();
    world = await createDigestWorld(plenary);
    storageDir = mkdtempSync(join(tmpdir(), 'plenary-log-lines-files-'));
    redisPort = await freePort();
    redis = await startRedisServer(redisPort);
    buildDir = await build;
    const env = {
      DATABASE_URL: plenary.config.DATABASE_URL,
      DATABASE_POOL_SIZE: '4',
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      REDIS_PREFIX: redisPrefix,
      QUEUE_BACKEND: 'redis',
      FILE_STORAGE_DIR: storageDir,
      MAIL_DIR: join(storageDir, 'mail'),
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
    };
    apiPort = await freePort();
    api = startApp(buildDir, 'api', { ...env, PORT: String(apiPort), HOST: '127.0.0.1' });
    worker = startApp(buildDir, 'worker', { ...env, RECONCILE_INTERVAL_MS: '600000' });
    await Promise.all([apiReady(api, apiPort), workerReady(worker)]);
  }, 180_000);

  afterAll(async () => {
    for (const p of [api, worker]) if (p && p.child.exitCode === null) p.child.kill('SIGKILL');
    if (redis && redis.exitCode === null) redis.kill('SIGKILL');
    await plenary?.close();
    for (const dir of [buildDir, storageDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a Redis outage is one warning and one recovery line per process, nothing raw on stderr', async () => {
    const from = { api: api.output.stdout.length, worker: worker.output.stdout.length };
    const stderrFrom = { api: api.output.stderr.length, worker: worker.output.stderr.length };
    // The outage must find the worker with no job in hand: a job whose record Redis loses while it
    // runs cannot be finished (BullMQ: "Missing key"), which is the reconciler's case, not this one.
    await eventually(async () => (await jobsInHand()) === 0, 60_000);
    redis.kill('SIGKILL');
    await sleep(4_000); // several reconnect attempts of every connection
    // A login needs Redis (its rate limit): it answers SERVICE_UNAVAILABLE, and says so once.
    const login = await gql(
      'mutation { login(input: { email: "nobody@example.org", password: "wrong-password-1" }) { accessToken } }',
    );
    expect(login.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    redis = await startRedisServer(redisPort);
    const back = (p: AppProcess, at: number) => () =>
      logLines(p.output.stdout, at).some((l) => l.msg === 'Redis available again');
    await until('api has Redis back', back(api, from.api));
    await until('worker has Redis back', back(worker, from.worker));
    await sleep(500);

    for (const [name, p] of [
      ['api', api],
      ['worker', worker],
    ] as const) {
      const lines = logLines(p.output.stdout, from[name]);
      const messages = loud(lines).map((l) => `${l.context ?? ''}: ${l.msg}`);
      console.log(
        `${name} during the outage: ${lines.length} lines, of them warnings or worse: ${messages.join(' | ')}`,
      );
      expect(p.output.stderr.slice(stderrFrom[name])).toBe('');
      expect(lines.filter((l) => l.level === 100)).toEqual([]); // every line is JSON
      expect(lines.filter((l) => l.msg === 'Redis unavailable')).toHaveLength(1);
      expect(lines.filter((l) => l.msg === 'Redis available again')).toHaveLength(1);
      expect(lines.filter((l) => l.level >= 50)).toEqual([]);
      if (name === 'api') expect(messages).toEqual(['Redis: Redis unavailable', 'GraphQL: dependency unavailable']);
      else expect(messages).toEqual(['Redis: Redis unavailable']);
    }
  }, 60_000);

  it('an unexpected error is logged once, with the error id the client was given', async () => {
    const from = api.output.stdout.length;
    await plenary.dataSource.query('ALTER TABLE consultation_rounds RENAME TO consultation_rounds_away');
    let graphqlErrorId: string;
    let httpErrorId: string;
    try {
      const res = await gql('{ consultationRounds(first: 5) { edges { node { id } } } }');
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      graphqlErrorId = res.errors?.[0]?.extensions?.errorId as string;
      expect(graphqlErrorId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await plenary.dataSource.query('ALTER TABLE consultation_rounds_away RENAME TO consultation_rounds');
    }
    // The same on a plain HTTP route (a download), with a JSON answer that carries the id.
    await plenary.dataSource.query('ALTER TABLE digest_files RENAME TO digest_files_away');
    try {
      const id = await publishedDigest(Buffer.from('x'));
      const res = await fetch(`http://127.0.0.1:${apiPort}/digests/${id}/files/pdf`);
      expect(res.status).toBe(500);
      const body = (await res.json()) as { code: string; errorId: string };
      expect(body.code).toBe('INTERNAL_SERVER_ERROR');
      httpErrorId = body.errorId;
    } finally {
      await plenary.dataSource.query('ALTER TABLE digest_files_away RENAME TO digest_files');
    }
    // A stored file that cannot be read (here: a directory where the PDF should be).
    const unreadable = await publishedDigest(Buffer.from('%PDF'));
    rmSync(join(storageDir, 'digests', unreadable, 'digest.pdf'));
    mkdirSync(join(storageDir, 'digests', unreadable, 'digest.pdf'));
    const res = await fetch(`http://127.0.0.1:${apiPort}/digests/${unreadable}/files/pdf`);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-disposition')).toBeNull();
    const readErrorId = ((await res.json()) as { errorId: string }).errorId;
    await sleep(300);
    const lines = logLines(api.output.stdout, from);
    expect(JSON.stringify(lines.find((l) => l.errorId === readErrorId))).toMatch(/EISDIR/);
    for (const errorId of [graphqlErrorId, httpErrorId, readErrorId]) {
      const mentioning = lines.filter((l) => JSON.stringify(l).includes(errorId));
      expect(mentioning.map((l) => [l.level, l.msg])).toEqual([[50, 'unexpected error']]);
      expect(JSON.stringify(mentioning[0])).toMatch(/consultation_rounds|digest_files|EISDIR/); // the cause is in it
    }
    // Nothing else at error level: no second report of the same errors under another name.
    expect(lines.filter((l) => l.level >= 50)).toHaveLength(3);
    expect(lines.filter((l) => l.context === 'ExceptionsHandler')).toEqual([]);
  }, 60_000);

  it('a digest download the client finishes, or abandons midway, logs no error', async () => {
    const content = randomBytes(24 * 1024 * 1024);
    const id = await publishedDigest(content);
    const from = api.output.stdout.length;

    const whole = await fetch(`http://127.0.0.1:${apiPort}/digests/${id}/files/pdf`);
    expect(whole.status).toBe(200);
    expect(sha256Hex(Buffer.from(await whole.arrayBuffer()))).toBe(sha256Hex(content));

    // A client that reads the first chunk and hangs up, three times.
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve, reject) => {
        const req = request(`http://127.0.0.1:${apiPort}/digests/${id}/files/pdf`, (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        });
        req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve() : reject(error)));
        req.end();
      });
    }
    await sleep(1_000);
    const lines = logLines(api.output.stdout, from);
    const requests = lines.filter((l) => (l.req as { path?: string } | undefined)?.path?.includes(id));
    expect(requests).toHaveLength(4); // the access log has each request, once
    expect(loud(lines)).toEqual([]);
    expect(api.output.stdout.slice(from)).not.toMatch(/Premature close|ERR_STREAM_PREMATURE_CLOSE/);
  }, 60_000);

  it('a job that fails is one line per attempt, the last at error level with the id its FAILED message gives', async () => {
    // A worker whose Chromium exits non-zero at once: every attempt of a compile fails.
    worker.child.kill('SIGTERM');
    await worker.exited;
    worker = startApp(buildDir, 'worker', {
      DATABASE_URL: plenary.config.DATABASE_URL,
      DATABASE_POOL_SIZE: '4',
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      REDIS_PREFIX: redisPrefix,
      QUEUE_BACKEND: 'redis',
      FILE_STORAGE_DIR: storageDir,
      MAIL_DIR: join(storageDir, 'mail'),
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      CHROMIUM_PATH: '/bin/false',
    });
    await workerReady(worker);
    const res = await gql(
      'mutation($s: ID!) { compileDigest(input: { sessionId: $s, edition: INTERNAL }) { id } }',
      { s: world.sessionId },
      world.staff.token,
    );
    const id = (res.data as { compileDigest: { id: string } }).compileDigest.id;
    const failed = await (async () => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const [row] = await plenary.dataSource.query<{ status: string; error: string }[]>(
          'SELECT status, error FROM digests WHERE id = $1',
          [id],
        );
        if (row.status === 'FAILED') return row;
        if (Date.now() > deadline) throw new Error(`digest still ${row.status}`);
        await sleep(200);
      }
    })();
    await sleep(500);
    const errorId = /error id ([0-9a-f-]{36})/.exec(failed.error)?.[1];
    const lines = logLines(worker.output.stdout).filter((l) => JSON.stringify(l).includes(id));
    expect(lines.map((l) => [l.level, l.msg, l.attempt])).toEqual([
      [40, 'digest compile failed; will retry', 1],
      [40, 'digest compile failed; will retry', 2],
      [50, 'digest compile failed for good', 3],
    ]);
    expect(lines[2].errorId).toBe(errorId);
    expect(JSON.stringify(lines[0])).toMatch(/Command failed|exit/i); // the cause is in the line
    expect(worker.output.stderr).toBe('');
  }, 90_000);

  /** A PUBLISHED digest of the world's session whose PDF is `content`, written straight to storage. */
  async function publishedDigest(content: Buffer): Promise<string> {
    const [{ id }] = await plenary.dataSource.query<{ id: string }[]>(
      `INSERT INTO digests (session_id, edition, status, version, progress, completed_at, published_at)
       VALUES ($1, 'PUBLIC', 'PUBLISHED', (SELECT coalesce(max(version), 0) + 1 FROM digests WHERE session_id = $1), 100, now(), now())
       RETURNING id`,
      [world.sessionId],
    );
    const key = `digests/${id}/digest.pdf`;
    mkdirSync(join(storageDir, 'digests', id), { recursive: true });
    writeFileSync(join(storageDir, key), content);
    const exists = await plenary.dataSource.query(`SELECT to_regclass('digest_files') AS t`);
    if (exists[0].t) {
      await plenary.dataSource.query(
        `INSERT INTO digest_files (digest_id, format, bytes, sha256, storage_key) VALUES ($1, 'pdf', $2, $3, $4)`,
        [id, content.length, sha256Hex(content), key],
      );
    }
    return id;
  }
});
