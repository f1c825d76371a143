/**
 * The fault suite (`npm run test:faults`): its own PostgreSQL cluster and Redis on spare ports
 * (never the shared ones), the built api and worker as real processes, a bounded write load on
 * 127.0.0.1, and injected faults. Prints what happened and exits non-zero if a promise broke.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { apiReady, AppProcess, freePort, startApp, workerReady } from '@app/testing';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const scratch = mkdtempSync(join(tmpdir(), 'plenary-faults-'));
const results: { fault: string; ok: boolean; detail: string }[] = [];
const children: ChildProcess[] = [];
const apps: AppProcess[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** PostgreSQL refuses to run as root: as root, its binaries run as the `postgres` user. */
const asPostgres = (bin: string, args: string[]): void => {
  const command =
    process.getuid?.() === 0
      ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, bin), ...args]]
      : [join(PG_BIN, bin), args];
  execFileSync(command[0] as string, command[1] as string[], { stdio: 'ignore' });
};
const pgCtl = (dir: string, ...args: string[]): void => asPostgres('pg_ctl', ['-D', dir, '-w', ...args]);

async function until<T>(what: string, check: () => Promise<T | undefined | false>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check().catch(() => undefined);
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await sleep(100);
  }
}

async function main(): Promise<void> {
  const pgPort = 55432 + Math.floor(Math.random() * 500);
  const redisPort = await freePort();
  const pgDir = join(scratch, 'pg');
  mkdirSync(pgDir);
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres', scratch]);
  asPostgres('initdb', ['-D', pgDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
  const pgOptions = `-p ${pgPort} -k ${scratch} -c listen_addresses=127.0.0.1 -c fsync=off`;
  pgCtl(pgDir, '-o', pgOptions, '-l', join(scratch, 'pg.log'), 'start');
  const startRedis = (): ChildProcess => {
    const r = spawn(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    children.push(r);
    return r;
  };
  let redis = startRedis();
  const databaseUrl = `postgres://postgres@127.0.0.1:${pgPort}/plenary`;
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    REDIS_PREFIX: 'faults',
    FILE_STORAGE_DIR: join(scratch, 'files'),
    MAIL_DIR: join(scratch, 'mail'),
    LOG_LEVEL: 'warn',
    DATABASE_POOL_SIZE: '4',
  };
  console.log(`PostgreSQL on ${pgPort}, Redis on ${redisPort}; building…`);
  // `npm run test:faults` built apps, libs and this file into dist/.
  const build = join(__dirname, '..', '..');
  execFileSync(process.execPath, [join(build, 'apps/cli/src/main.js'), 'migrate'], {
    env: { ...process.env, ...env, NODE_PATH: join(__dirname, '../../node_modules') },
    stdio: 'ignore',
  });
  const apiPort = await freePort();
  const api = startApp(build, 'api', { ...env, PORT: String(apiPort), HOST: '127.0.0.1', SHUTDOWN_GRACE_MS: '1000' });
  const worker = startApp(build, 'worker', {
    ...env,
    LOG_LEVEL: 'info',
    RECONCILE_INTERVAL_MS: '2000',
    JOB_LOCK_MS: '3000',
  });
  apps.push(api, worker);
  await apiReady(api, apiPort, 120_000).catch((e: Error) => {
    throw new Error(`${e.message}: ${api.output.stdout.slice(-1500)} ${api.output.stderr.slice(-1500)}`);
  });
  await workerReady(worker, 120_000);
  const pg = new Client({ connectionString: databaseUrl });
  pg.on('error', () => undefined); // PostgreSQL is restarted on purpose below
  await pg.connect();
  const count = async (sql: string, params: unknown[] = []) => Number((await pg.query(sql, params)).rows[0].n);

  // Fault 1: Redis killed (SIGKILL, no persistence) with a round's jobs delayed in it, then restarted.
  {
    const [{ id: sessionId }] = (
      await pg.query(
        `INSERT INTO negotiation_sessions (title, process_name, location, starts_at, ends_at, version) VALUES ('Faults', 'AHC', 'Vienna', now() + interval '30 days', now() + interval '31 days', 1) RETURNING id`,
      )
    ).rows;
    const opensIn = 6_000;
    const [{ id: roundId, opens_ms: opensMs, closes_ms: closesMs }] = (
      await pg.query(
        `INSERT INTO consultation_rounds (session_id, region, title, opens_at, closes_at, revisions_close_at, languages, status, version)
         VALUES ($1, 'AG', 'Faults round', now() + make_interval(secs => $2), now() + interval '10 days', now() + interval '11 days', '{en}', 'SCHEDULED', 1)
         RETURNING id, (extract(epoch FROM opens_at) * 1000)::bigint AS opens_ms, (extract(epoch FROM closes_at) * 1000)::bigint AS closes_ms`,
        [sessionId, opensIn / 1000],
      )
    ).rows;
    await pg.query(
      `INSERT INTO outbox_jobs (name, payload, job_id, run_at) VALUES ('round.open', $1, $2, to_timestamp($3 / 1000.0)), ('round.close', $4, $5, to_timestamp($6 / 1000.0))`,
      [
        JSON.stringify({ roundId, at: Number(opensMs) }),
        `round.open-${roundId}-${opensMs}`,
        opensMs,
        JSON.stringify({ roundId, at: Number(closesMs) }),
        `round.close-${roundId}-${closesMs}`,
        closesMs,
      ],
    );
    await pg.query(`SELECT pg_notify('plenary_outbox', '')`);
    await until(
      'relayed',
      async () => (await count(`SELECT count(*) AS n FROM outbox_jobs WHERE relayed_at IS NULL`)) === 0,
      10_000,
    );
    redis.kill('SIGKILL');
    await sleep(1_000);
    const restarted = Date.now();
    redis = startRedis();
    await until(
      'round opened',
      async () =>
        (await count(
          `SELECT count(*) AS n FROM consultation_rounds WHERE id = $1 AND status = 'OPEN' AND opened_notified_at IS NOT NULL`,
          [roundId],
        )) === 1,
      30_000,
    )
      .then(() =>
        results.push({
          fault: 'Redis SIGKILL + restart (no persistence)',
          ok: true,
          detail: `round opened ${Date.now() - restarted} ms after Redis came back (due ${opensIn} ms after scheduling)`,
        }),
      )
      .catch((e: Error) =>
        results.push({ fault: 'Redis SIGKILL + restart (no persistence)', ok: false, detail: e.message }),
      );
  }

  // Fault 2: PostgreSQL restarted with -m immediate; the api answers SERVICE_UNAVAILABLE, then recovers.
  {
    pgCtl(pgDir, '-m', 'immediate', 'stop');
    const res = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(input: { email: "x@example.org", password: "wrong-password-1" }) { accessToken } }',
      }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    const code = body.errors?.[0]?.extensions?.code;
    const down = Date.now();
    pgCtl(pgDir, '-o', pgOptions, '-l', join(scratch, 'pg.log'), 'start');
    await pg.end().catch(() => undefined);
    const pg2 = new Client({ connectionString: databaseUrl });
    await pg2.connect();
    const relisten = await until(
      'outbox re-listening',
      async () =>
        (await pg2.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE query = 'LISTEN plenary_outbox'`)).rows[0]
          .n === '1',
      20_000,
    )
      .then(() => Date.now() - down)
      .catch(() => -1);
    await pg2.end();
    results.push({
      fault: 'PostgreSQL restart (-m immediate)',
      ok: code === 'SERVICE_UNAVAILABLE' && relisten > 0,
      detail: `login during outage: ${code}; outbox LISTEN back after ${relisten} ms`,
    });
  }

  // Fault 3: SIGTERM on the api: not ready at once, then exit 0.
  {
    api.child.kill('SIGTERM');
    let ready = 0;
    for (let i = 0; i < 20 && ready !== 503; i++) {
      ready = await fetch(`http://127.0.0.1:${apiPort}/health/ready`)
        .then((r) => r.status)
        .catch(() => 0);
      if (ready !== 503) await sleep(50);
    }
    const exit = await api.exited;
    results.push({
      fault: 'api SIGTERM',
      ok: ready === 503 && exit.code === 0,
      detail: `/health/ready ${ready} during the grace period, exit code ${exit.code}`,
    });
  }
}

main()
  .catch((error: unknown) => results.push({ fault: 'suite', ok: false, detail: String(error) }))
  .finally(() => {
    for (const a of apps) if (a.child.exitCode === null) a.child.kill('SIGKILL');
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    try {
      pgCtl(join(scratch, 'pg'), '-m', 'immediate', 'stop');
    } catch {
      // not running
    }
    rmSync(scratch, { recursive: true, force: true });
    for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.fault}: ${r.detail}`);
    const failed = results.filter((r) => !r.ok).length;
    console.log(`${results.length - failed} passed, ${failed} failed`);
    process.exit(failed > 0 || results.length === 0 ? 1 : 0);
  });
