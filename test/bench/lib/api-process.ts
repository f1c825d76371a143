import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import {
  BENCH_REDIS_PREFIX,
  benchDatabaseUrl,
  benchRedisUrl,
  distPath,
  pinnedCommand,
  processMemory,
  sleep,
} from './bench-env';

export interface ServerProcess {
  url: string;
  pid: number;
  pinned: boolean;
  memory(): { rssMiB: number; peakMiB: number } | null;
  stop(): Promise<void>;
}

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the server at ${url} was not ready within ${timeoutMs / 1000} s`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
}

export interface ApiOptions {
  /** CPU core to pin the api to (taskset), or null. */
  core: number | null;
  logLevel?: string;
  databaseUrl?: string;
  poolSize?: number;
  extraEnv?: Record<string, string>;
}

/**
 * The api as it runs in production (`node dist/apps/api/src/main.js`, NODE_ENV=production), as a
 * child process against the bench database, on a free loopback port. Login limits are raised so
 * the benchmarks can log their users in on every run; everything else is the default config.
 */
/**
 * One signing secret for every api this bench run starts: two processes behind one address accept
 * each other's tokens, as a deployment's would (each with its own secret, the second refused the
 * first one's logins as UNAUTHENTICATED).
 */
const JWT_SECRET = randomBytes(32).toString('hex');

export async function startApi(options: ApiOptions): Promise<ServerProcess> {
  const port = await freePort();
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'production',
    JWT_SECRET,
    DATABASE_URL: options.databaseUrl ?? benchDatabaseUrl(),
    REDIS_URL: benchRedisUrl(),
    REDIS_PREFIX: BENCH_REDIS_PREFIX,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: options.logLevel ?? 'warn',
    LOGIN_MAX_PER_IP: '1000000',
    LOGIN_FAILURES_BEFORE_DELAY: '1000',
    ...(options.poolSize ? { DATABASE_POOL_SIZE: String(options.poolSize) } : {}),
    ...options.extraEnv,
  };
  const cmd = pinnedCommand(options.core, process.execPath, [distPath('apps', 'api', 'src', 'main.js')]);
  const child = spawn(cmd.command, cmd.args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(`${url}/health/ready`, child, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const pid = child.pid as number;
  return { url, pid, pinned: cmd.pinned, memory: () => processMemory(pid), stop: stopper(child) };
}

/** The baseline: a bare Node `http` server with a `pg` pool (test/bench/bare-pg-server.ts). */
export async function startBareServer(options: { core: number | null; poolSize?: number }): Promise<ServerProcess> {
  const port = await freePort();
  const cmd = pinnedCommand(options.core, process.execPath, [distPath('test', 'bench', 'bare-pg-server.js')]);
  const child = spawn(cmd.command, cmd.args, {
    env: {
      ...(process.env as Record<string, string>),
      BENCH_DATABASE_URL: benchDatabaseUrl(),
      BARE_PORT: String(port),
      BARE_POOL_SIZE: String(options.poolSize ?? 10),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(`${url}/health`, child, 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const pid = child.pid as number;
  return { url, pid, pinned: cmd.pinned, memory: () => processMemory(pid), stop: stopper(child) };
}
