/**
 * The fault suite (`npm run test:faults`): its own PostgreSQL cluster and Redis on spare ports
 * (never the shared ones), the built api and workers as real processes, bounded loads on
 * 127.0.0.1, and injected faults. Prints one PASS/FAIL/SKIP line per fault with its figures and
 * exits non-zero if a promise broke.
 */
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  apiReady,
  AppProcess,
  exitWithin,
  freePort,
  insertApprovedSubmissions,
  logLines,
  processesWith,
  startApp,
  workerReady,
} from '@app/testing';
import { SmtpSink } from './smtp-sink';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const SUITE_STARTED = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'plenary-faults-'));
/**
 * TMPDIR of the workers: digest scratch directories and Chromium profiles land here, where
 * leftovers show. Short, as /tmp is: Chromium's socket path under it must fit 107 bytes.
 */
const workTmp = mkdtempSync('/tmp/pf-');
const results: { fault: string; ok: boolean | 'skip'; detail: string; ms: number }[] = [];
const children: ChildProcess[] = [];
const apps: AppProcess[] = [];
const mounts: string[] = [];
const STAFF_PASSWORD = 'Correct horse battery staple 9';
const isRoot = process.getuid?.() === 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** PostgreSQL refuses to run as root: as root, its binaries run as the `postgres` user. */
const asPostgres = (bin: string, args: string[]): void => {
  const command = isRoot
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
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${what}`);
    await sleep(100);
  }
}

/** Runs one fault; a throw is its FAIL line, and the suite goes on with the next. */
async function fault(name: string, run: () => Promise<{ ok: boolean | 'skip'; detail: string }>): Promise<void> {
  const started = Date.now();
  console.log(`… ${name}`);
  try {
    const r = await run();
    results.push({ fault: name, ...r, ms: Date.now() - started });
  } catch (error) {
    results.push({ fault: name, ok: false, detail: (error as Error).message, ms: Date.now() - started });
  }
}

interface Gql<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function main(): Promise<void> {
  const pgPort = 55432 + Math.floor(Math.random() * 500);
  const redisPort = await freePort();
  const pgDir = join(scratch, 'pg');
  mkdirSync(pgDir);
  if (isRoot) execFileSync('chown', ['-R', 'postgres', scratch]);
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
  const smtp = new SmtpSink(20);
  const smtpPort = await smtp.start();
  const databaseUrl = `postgres://postgres@127.0.0.1:${pgPort}/plenary`;
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    REDIS_PREFIX: 'faults',
    QUEUE_BACKEND: 'redis',
    FILE_STORAGE_DIR: join(scratch, 'files'),
    MAIL_DIR: join(scratch, 'mail'),
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    DATABASE_POOL_SIZE: '4',
    INVITATIONS_PER_ORG_PER_DAY: '10000',
    LOGIN_MAX_PER_IP: '100000',
    TMPDIR: workTmp,
  };
  // `npm run test:faults` built apps, libs and this file into dist/.
  const build = join(__dirname, '..', '..');
  const cli = (args: string[], input?: string): string =>
    execFileSync(process.execPath, [join(build, 'apps/cli/src/main.js'), ...args], {
      env: { ...process.env, ...env, NODE_PATH: join(__dirname, '../../node_modules') },
      input,
      encoding: 'utf8',
    });
  console.log(`PostgreSQL on ${pgPort}, Redis on ${redisPort}, SMTP sink on ${smtpPort}; migrating…`);
  cli(['migrate']);
  cli(['seed']);
  cli(['create-staff', '--email', 'faults-staff@example.org', '--name', 'Faults Staff'], `${STAFF_PASSWORD}\n`);

  let apiPort = await freePort();
  const startApi = async (port: number, extra: Record<string, string> = {}): Promise<AppProcess> => {
    const api = startApp(build, 'api', {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SHUTDOWN_GRACE_MS: '1000',
      ...extra,
    });
    apps.push(api);
    await apiReady(api, port, 120_000).catch((e: Error) => {
      throw new Error(`${e.message}: ${api.output.stderr.slice(-1500)}`);
    });
    return api;
  };
  const startWorker = async (extra: Record<string, string> = {}, ready = true): Promise<AppProcess> => {
    const worker = startApp(build, 'worker', {
      ...env,
      LOG_LEVEL: 'info',
      RECONCILE_INTERVAL_MS: '2000',
      JOB_LOCK_MS: '3000',
      ...extra,
    });
    apps.push(worker);
    if (ready) await workerReady(worker, 120_000);
    return worker;
  };
  const stop = async (app: AppProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> => {
    if (app.child.exitCode !== null || app.child.signalCode !== null) return;
    app.child.kill(signal);
    await app.exited;
  };
  let api = await startApi(apiPort);
  let worker = await startWorker();

  let pg = new Client({ connectionString: databaseUrl });
  pg.on('error', () => undefined); // PostgreSQL is restarted on purpose below
  await pg.connect();
  const count = async (sql: string, params: unknown[] = []) => Number((await pg.query(sql, params)).rows[0].n);
  const gql = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    port = apiPort,
  ): Promise<Gql<T>> => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as Gql<T>;
  };
  const login = async (): Promise<string> => {
    const res = await gql<{ login: { accessToken: string } }>(
      'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }',
      { e: 'faults-staff@example.org', p: STAFF_PASSWORD },
    );
    if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.accessToken;
  };
  const staffToken = await login();
  const [{ id: staffId }] = (await pg.query(`SELECT id FROM users WHERE email = 'faults-staff@example.org'`)).rows;
  // An organisation the staff user administers (invitations send emails), verified.
  const org = await gql<{ createOrganisation: { id: string } }>(
    'mutation { createOrganisation(input: { name: "Faults Watch", country: "KE", type: NGO }) { id } }',
    {},
    staffToken,
  );
  const orgId = org.data?.createOrganisation.id as string;
  await pg.query(`UPDATE organisations SET status = 'VERIFIED' WHERE id = $1`, [orgId]);

  /** A session with an open round in the African Group and `n` approved submissions of the organisation. */
  const sessionWith = async (title: string, n: number): Promise<string> => {
    const [{ id: sessionId }] = (
      await pg.query(
        `INSERT INTO negotiation_sessions (title, process_name, location, starts_at, ends_at, version)
         VALUES ($1, 'AHC', 'Vienna', now() + interval '30 days', now() + interval '31 days', 1) RETURNING id`,
        [title],
      )
    ).rows;
    const [{ id: roundId }] = (
      await pg.query(
        `INSERT INTO consultation_rounds (session_id, region, title, opens_at, closes_at, revisions_close_at, languages, status, version)
         VALUES ($1, 'AG', $2, now() - interval '1 day', now() + interval '10 days', now() + interval '11 days', '{en}', 'OPEN', 1)
         RETURNING id`,
        [sessionId, `${title} round`],
      )
    ).rows;
    const shim = { query: async (sql: string, params?: unknown[]) => (await pg.query(sql, params)).rows };
    await insertApprovedSubmissions(shim as never, { roundId, organisationId: orgId, count: n });
    return sessionId;
  };
  const compileDigest = async (sessionId: string, port = apiPort): Promise<string> => {
    const res = await gql<{ compileDigest: { id: string } }>(
      'mutation($s: ID!) { compileDigest(input: { sessionId: $s, edition: PUBLIC }) { id } }',
      { s: sessionId },
      staffToken,
      port,
    );
    if (!res.data) throw new Error(`compileDigest: ${JSON.stringify(res.errors)}`);
    return res.data.compileDigest.id;
  };
  /** The digest once finished; a FAILED one's error names the cause its workers logged. */
  const digestFinished = async (id: string, ms: number): Promise<{ status: string; error: string | null }> => {
    const row = await until(
      `digest ${id} finished`,
      async () => {
        const [r] = (await pg.query(`SELECT status, error FROM digests WHERE id = $1`, [id])).rows;
        return ['READY', 'FAILED', 'UNCHANGED'].includes(r?.status)
          ? (r as { status: string; error: string })
          : undefined;
      },
      ms,
    );
    if (row.status !== 'FAILED') return row;
    const causes = apps
      .flatMap((a) => logLines(a.output.stdout))
      .filter((l) => l.level >= 40 && JSON.stringify(l).includes(id))
      .map((l) => `${l.msg}: ${JSON.stringify(l.err ?? {})}`);
    return { status: row.status, error: causes.at(-1)?.slice(0, 400) ?? row.error };
  };
  const filesUnder = (dir: string): string[] => {
    try {
      return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
    } catch {
      return [];
    }
  };
  /** Invitations (each one an email) sent through `ports` in turn, `parallel` at a time. */
  const invite = async (addresses: string[], ports: number[], parallel = 6): Promise<number> => {
    let next = 0;
    let ok = 0;
    const client = async (): Promise<void> => {
      while (next < addresses.length) {
        const i = next++;
        const res = await gql<{ inviteMember: { id: string } }>(
          'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }',
          { i: { organisationId: orgId, email: addresses[i] } },
          staffToken,
          ports[i % ports.length],
        );
        if (res.data?.inviteMember.id) ok += 1;
        else throw new Error(`inviteMember: ${JSON.stringify(res.errors)}`);
      }
    };
    await Promise.all(Array.from({ length: parallel }, client));
    return ok;
  };
  const deliveredOnce = (addresses: string[]) => addresses.every((a) => smtp.delivered.get(a) === 1);

  // 1. Redis killed (SIGKILL, no persistence) with a round's jobs delayed in it, then restarted.
  await fault('Redis SIGKILL + restart (no persistence)', async () => {
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
    const stderrBefore = api.output.stderr.length + worker.output.stderr.length;
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
    );
    const openedMs = Date.now() - restarted;
    const rawLines = api.output.stderr.length + worker.output.stderr.length - stderrBefore;
    return {
      ok: rawLines === 0,
      detail: `round opened and notified ${openedMs} ms after Redis came back (due ${opensIn} ms after scheduling); ${rawLines} characters of raw output on stderr`,
    };
  });

  // 2. PostgreSQL restarted with -m immediate; the api answers SERVICE_UNAVAILABLE, then recovers.
  await fault('PostgreSQL restart (-m immediate)', async () => {
    pgCtl(pgDir, '-m', 'immediate', 'stop');
    const body = await gql(
      'mutation { login(input: { email: "x@example.org", password: "wrong-password-1" }) { accessToken } }',
    );
    const code = body.errors?.[0]?.extensions?.code;
    const down = Date.now();
    pgCtl(pgDir, '-o', pgOptions, '-l', join(scratch, 'pg.log'), 'start');
    await pg.end().catch(() => undefined);
    pg = new Client({ connectionString: databaseUrl });
    pg.on('error', () => undefined);
    await pg.connect();
    const relisten = await until(
      'outbox re-listening',
      async () =>
        (await pg.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE query = 'LISTEN plenary_outbox'`)).rows[0]
          .n === '1',
      20_000,
    )
      .then(() => Date.now() - down)
      .catch(() => -1);
    return {
      ok: code === 'SERVICE_UNAVAILABLE' && relisten > 0,
      detail: `login during the outage: ${code}; outbox LISTEN back ${relisten} ms after the restart`,
    };
  });

  // 3. SIGTERM on the api during a write load: every committed write is answered, exit 0.
  await fault('api SIGTERM under a write load', async () => {
    const prefix = `Drain ${randomUUID().slice(0, 8)}`;
    let acknowledged = 0;
    let afterSignal = 0;
    let stopping = false;
    const unexpected: string[] = [];
    const client = async (n: number): Promise<void> => {
      for (let i = 0; i < 300; i++) {
        try {
          const body = await gql<{ createOrganisation: { id: string } }>(
            'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
            { i: { name: `${prefix} ${n}-${i}`, country: 'KE', type: 'NGO' } },
            staffToken,
          );
          if (body.data?.createOrganisation.id) {
            acknowledged += 1;
            if (stopping) afterSignal += 1;
          } else unexpected.push(JSON.stringify(body.errors));
        } catch (error) {
          const code = (error as { cause?: { code?: string } }).cause?.code;
          // After the listener closed: refused, or reset unserved (nothing ran; the count below shows it).
          if (stopping && (code === 'ECONNREFUSED' || code === 'ECONNRESET')) return;
          unexpected.push(code ?? (error as Error).message);
          if (stopping) return;
        }
      }
    };
    const load = Promise.all([0, 1, 2, 3, 4, 5].map(client));
    await sleep(1_000);
    stopping = true;
    const signalled = Date.now();
    api.child.kill('SIGTERM');
    let ready = 0;
    for (let i = 0; i < 20 && ready !== 503; i++) {
      ready = await fetch(`http://127.0.0.1:${apiPort}/health/ready`)
        .then((r) => r.status)
        .catch(() => 0);
      if (ready !== 503) await sleep(50);
    }
    await load;
    const exit = await exitWithin(api, 30_000);
    const exitMs = Date.now() - signalled;
    const committed = await count(`SELECT count(*) AS n FROM organisations WHERE name LIKE $1`, [`${prefix} %`]);
    apiPort = await freePort();
    api = await startApi(apiPort);
    return {
      ok: ready === 503 && exit?.code === 0 && committed === acknowledged && unexpected.length === 0,
      detail: `${acknowledged} writes acknowledged (${afterSignal} after SIGTERM), ${committed} committed, ${committed - acknowledged} committed without an answer, ${unexpected.length} unexpected errors; /health/ready ${ready} at once; exit code ${exit?.code} after ${exitMs} ms`,
    };
  });

  // 4. SIGTERM on the worker while it sends a burst of emails: none lost, none sent twice, exit 0.
  await fault('worker SIGTERM while sending emails', async () => {
    const addresses = Array.from({ length: 150 }, (_, i) => `burst-${i}@faults.example.org`);
    smtp.delayMs = 200; // a slow relay: the burst takes seconds to send
    await invite(addresses, [apiPort]);
    await until('some emails sent', async () => addresses.filter((a) => smtp.delivered.has(a)).length >= 20, 60_000);
    const signalled = Date.now();
    const sentAtSignal = addresses.filter((a) => smtp.delivered.has(a)).length;
    worker.child.kill('SIGTERM');
    const exit = await exitWithin(worker, 60_000);
    const exitMs = Date.now() - signalled;
    const sentByFirst = addresses.filter((a) => smtp.delivered.has(a)).length;
    worker = await startWorker();
    await until('every email sent', async () => addresses.every((a) => smtp.delivered.has(a)), 120_000);
    await sleep(1_500); // a duplicate would arrive now
    smtp.delayMs = 20;
    const twice = addresses.filter((a) => (smtp.delivered.get(a) ?? 0) > 1).length;
    const notSent = await count(
      `SELECT count(*) AS n FROM email_messages WHERE to_address = ANY($1) AND status <> 'SENT'`,
      [addresses],
    );
    return {
      ok: exit?.code === 0 && deliveredOnce(addresses) && notSent === 0,
      detail: `${addresses.length} emails: ${sentAtSignal} sent at SIGTERM, ${sentByFirst} by the stopping worker, the rest by the next; ${twice} sent twice, ${notSent} unsent; exit code ${exit?.code} after ${exitMs} ms`,
    };
  });

  // 5. A worker SIGKILLed mid-digest (while Chromium prints), three times in a row for one job.
  await fault('worker SIGKILLed mid-digest, three times in a row', async () => {
    const sessionId = await sessionWith('Kill thrice', 1200);
    await stop(worker); // the victims below are the only workers
    const id = await compileDigest(sessionId);
    const started = Date.now();
    const kills: string[] = [];
    const anyChromium = join(workTmp, 'plenary-chromium-');
    let stillRunning = 0;
    for (let k = 1; k <= 3; k++) {
      // This victim's Chromium: processes with a profile in the work directory that were not there before.
      const before = new Set(processesWith(anyChromium).map((p) => p.pid));
      const victim = await startWorker();
      const fresh = () => processesWith(anyChromium).filter((p) => !before.has(p.pid));
      await until(`worker ${k} printing`, async () => fresh().length > 0, 240_000);
      const printing = fresh().map((p) => p.pid);
      victim.child.kill('SIGKILL');
      await victim.exited;
      const killed = Date.now();
      const alive = () => processesWith(anyChromium).filter((p) => printing.includes(p.pid)).length;
      const gone = await until('Chromium gone', async () => alive() === 0, 10_000)
        .then(() => Date.now() - killed)
        .catch(() => -1);
      if (gone < 0) stillRunning += alive();
      kills.push(
        `${printing.length} Chromium processes, ${gone < 0 ? `${alive()} still running after 10 s` : `gone after ${gone} ms`}`,
      );
    }
    // What the killed workers left, and what of it is still there once the next worker has started.
    const left = readdirSync(workTmp);
    const leftBytes = Number(execFileSync('du', ['-sb', workTmp], { encoding: 'utf8' }).split('\t')[0]);
    worker = await startWorker();
    const remaining = readdirSync(workTmp).filter((n) => left.includes(n));
    const done = await digestFinished(id, 300_000);
    const totalMs = Date.now() - started;
    const digests = await count(`SELECT count(*) AS n FROM digests WHERE session_id = $1`, [sessionId]);
    const files = filesUnder(join(env.FILE_STORAGE_DIR, 'digests', id));
    await sleep(500);
    const leftovers = readdirSync(workTmp);
    const chromium = processesWith(join(workTmp, 'plenary-chromium-')).length;
    return {
      ok:
        done.status === 'READY' &&
        digests === 1 &&
        files.length === 6 &&
        leftovers.length === 0 &&
        chromium === 0 &&
        stillRunning === 0 &&
        remaining.length === 0,
      detail: `kills: ${kills.join('; ')}; ${left.length} work directories (${Math.round(leftBytes / 1024)} KB) left by the killed workers (each victim sweeps its predecessors' at start), ${remaining.length} of them still there after the next worker started; digest ${done.status}${done.error ? ` (${done.error})` : ''} ${totalMs} ms after it was requested; ${digests} digest(s) for the request, ${files.length} files stored (${files.filter((f) => f.endsWith('.part')).length} partial); ${leftovers.length} work directories (${leftovers.join(', ')}) and ${chromium} Chromium processes left at the end`,
    };
  });

  // 6. Storage full, then read-only, then back: digests fail with the real cause and keep nothing.
  await fault('storage full, then read-only, then back', async () => {
    if (!isRoot) {
      return {
        ok: 'skip',
        detail:
          'mounting a small or read-only file system needs root; test/integration/digest-storage-failure.int-spec.ts covers it (also as root)',
      };
    }
    const small = join(scratch, 'small-storage');
    mkdirSync(small);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', small]);
    mounts.push(small);
    await stop(worker);
    const storageWorker = await startWorker({ FILE_STORAGE_DIR: small });
    try {
      const full = await compileDigest(await sessionWith('Disk full', 700));
      const fullDone = await digestFinished(full, 180_000);
      const fullLeft = filesUnder(small);
      const fullCause = logLines(storageWorker.output.stdout).some((l) => JSON.stringify(l).includes('ENOSPC'));

      execFileSync('mount', ['-o', 'remount,ro', small]);
      const readOnly = await compileDigest(await sessionWith('Read-only', 20));
      const roDone = await digestFinished(readOnly, 180_000);
      const roCause = logLines(storageWorker.output.stdout).some((l) => JSON.stringify(l).includes('EROFS'));

      execFileSync('mount', ['-o', 'remount,rw,size=64m', small]);
      const back = await compileDigest(await sessionWith('Disk back', 700));
      const backDone = await digestFinished(back, 180_000);
      const backFiles = filesUnder(join(small, 'digests', back)).length;
      const leftovers = readdirSync(workTmp);
      return {
        ok:
          fullDone.status === 'FAILED' &&
          fullLeft.length === 0 &&
          fullCause &&
          roDone.status === 'FAILED' &&
          roCause &&
          backDone.status === 'READY' &&
          backFiles === 6 &&
          leftovers.length === 0,
        detail: `disk full (256 KB): digest ${fullDone.status}, ${fullLeft.length} files left in storage, ENOSPC ${fullCause ? '' : 'not '}named in the log; read-only: ${roDone.status}, EROFS ${roCause ? '' : 'not '}named; space back: the next digest ${backDone.status} with ${backFiles} files; ${leftovers.length} work directories left ${leftovers.join(', ')}`,
      };
    } finally {
      await stop(storageWorker);
      execFileSync('umount', [small]);
      mounts.splice(mounts.indexOf(small), 1);
      worker = await startWorker();
    }
  });

  // 7. Two apis and two workers at once: every email exactly once, one digest per request.
  await fault('two apis and two workers', async () => {
    const port2 = await freePort();
    const workerFrom = worker.output.stdout.length;
    const api2 = await startApi(port2);
    const worker2 = await startWorker();
    try {
      const addresses = Array.from({ length: 80 }, (_, i) => `pair-${i}@faults.example.org`);
      const sessionId = await sessionWith('Two of each', 40);
      // Six concurrent digest requests for one session and edition, through both apis.
      const [, ids] = await Promise.all([
        invite(addresses, [apiPort, port2]),
        Promise.all([0, 1, 2, 3, 4, 5].map((i) => compileDigest(sessionId, i % 2 ? port2 : apiPort))),
      ]);
      await until('every email sent', async () => addresses.every((a) => smtp.delivered.has(a)), 120_000);
      const digest = await digestFinished(ids[0], 180_000);
      await sleep(1_500);
      const twice = addresses.filter((a) => (smtp.delivered.get(a) ?? 0) > 1).length;
      const digests = await count(`SELECT count(*) AS n FROM digests WHERE session_id = $1`, [sessionId]);
      const notices = await count(
        `SELECT count(*) AS n FROM notifications WHERE kind = 'DIGEST_READY' AND entity_id = $1 AND user_id = $2`,
        [ids[0], staffId],
      );
      const sentBy = [logLines(worker.output.stdout, workerFrom), logLines(worker2.output.stdout)].map(
        (lines) => lines.filter((l) => l.msg === 'email sent').length,
      );
      return {
        ok:
          deliveredOnce(addresses) &&
          new Set(ids).size === 1 &&
          digests === 1 &&
          digest.status === 'READY' &&
          notices === 1,
        detail: `${addresses.length} invitation emails through both apis: ${twice} sent twice, ${addresses.filter((a) => !smtp.delivered.has(a)).length} lost (the workers logged ${sentBy.join(' and ')} sends in all); 6 concurrent digest requests: ${new Set(ids).size} digest id(s), ${digests} digest(s), ${digest.status}, ${notices} "digest ready" notice for the staff user`,
      };
    } finally {
      await stop(api2);
      await stop(worker2);
    }
  });

  await pg.end().catch(() => undefined);
  await stop(api);
  await stop(worker);
  smtp.close();
}

main()
  .catch((error: unknown) => results.push({ fault: 'suite', ok: false, detail: String(error), ms: 0 }))
  .finally(() => {
    for (const a of apps) if (a.child.exitCode === null && a.child.signalCode === null) a.child.kill('SIGKILL');
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    for (const m of mounts) {
      try {
        execFileSync('umount', [m]);
      } catch {
        // not mounted
      }
    }
    try {
      pgCtl(join(scratch, 'pg'), '-m', 'immediate', 'stop');
    } catch {
      // not running
    }
    rmSync(scratch, { recursive: true, force: true });
    rmSync(workTmp, { recursive: true, force: true });
    for (const r of results) {
      const verdict = r.ok === 'skip' ? 'SKIP' : r.ok ? 'PASS' : 'FAIL';
      console.log(`${verdict}  ${r.fault} (${(r.ms / 1000).toFixed(1)} s): ${r.detail}`);
    }
    const failed = results.filter((r) => r.ok === false).length;
    console.log(
      `${results.filter((r) => r.ok === true).length} passed, ${failed} failed, ${results.filter((r) => r.ok === 'skip').length} skipped in ${((Date.now() - SUITE_STARTED) / 1000).toFixed(0)} s`,
    );
    process.exit(failed > 0 || results.length === 0 ? 1 : 0);
  });
