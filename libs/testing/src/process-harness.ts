import { ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** The repository root (libs/testing/src → ../../..). */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A built api or worker running as its own process, with the tail of its output. */
export interface AppProcess {
  name: string;
  child: ChildProcess;
  output: { stdout: string; stderr: string };
  exited: Promise<Exit>;
}

/** A port nobody listens on now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Builds apps and libs into a private directory (other suites may rebuild or clean dist/ at any
 * moment) and returns it; packages resolve from the repository's node_modules via NODE_PATH.
 */
export async function privateBuild(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-build-'));
  await promisify(execFile)('npx', ['swc', 'apps', 'libs', '-d', dir, '--copy-files', '--quiet'], { cwd: REPO_ROOT });
  if (!existsSync(join(dir, 'apps', 'api', 'src', 'main.js'))) throw new Error(`build did not produce ${dir}`);
  return dir;
}

/** Starts `node <build>/apps/<app>/src/main.js` with only the given environment (plus PATH/HOME). */
export function startApp(
  buildDir: string,
  app: 'api' | 'worker',
  env: Record<string, string>,
  options: { name?: string; cwd?: string; keep?: number } = {},
): AppProcess {
  const child = spawn(process.execPath, [join(buildDir, 'apps', app, 'src', 'main.js')], {
    cwd: options.cwd ?? buildDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_PATH: join(REPO_ROOT, 'node_modules'),
      NODE_ENV: 'test',
      ...env,
    },
  });
  const keep = options.keep ?? 200_000;
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (output.stdout = (output.stdout + chunk.toString('utf8')).slice(-keep)));
  child.stderr?.on('data', (chunk: Buffer) => (output.stderr = (output.stderr + chunk.toString('utf8')).slice(-keep)));
  const exited = once(child, 'exit').then(([code, signal]) => ({ code, signal }) as Exit);
  return { name: options.name ?? app, child, output, exited };
}

/** Resolves with how the process ended, or null if it still runs after `ms`. */
export async function exitWithin(started: AppProcess, ms: number): Promise<Exit | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([started.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits until the api at `port` answers /health/ready with 200. */
export async function apiReady(api: AppProcess, port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (api.child.exitCode !== null) throw new Error(`${api.name} exited early: ${api.output.stderr.slice(-2000)}`);
    const res = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => undefined);
    if (res?.status === 200) return;
    if (Date.now() > deadline) throw new Error(`${api.name} not ready in time`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until a worker logged that it is ready. */
export async function workerReady(worker: AppProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!worker.output.stdout.includes('worker ready')) {
    if (worker.child.exitCode !== null)
      throw new Error(`${worker.name} exited early: ${worker.output.stderr.slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`${worker.name} not ready in time`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A redis-server of the test's own on 127.0.0.1:`port` (no persistence): a suite that kills Redis
 * kills this one, never the shared one. Resolves once it answers PING.
 */
export async function startRedisServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server on ${port} exited with ${child.exitCode}`);
    if (await answersPing(port)) return child;
    if (Date.now() > deadline) throw new Error(`redis-server on ${port} did not start`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/** One JSON log line of a process (pino's fields). */
export interface LogLine {
  level: number;
  msg?: string;
  context?: string;
  [field: string]: unknown;
}

/**
 * A process's stdout as log lines, from character `from` on; a line that is not JSON is returned
 * as `{ level: 100, msg: <the raw line> }` so a test sees it.
 */
export function logLines(stdout: string, from = 0): LogLine[] {
  return stdout
    .slice(from)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as LogLine;
      } catch {
        return { level: 100, msg: line };
      }
    });
}

/** Running processes whose command line contains `needle`, with their process group (a /proc scan; Linux). */
export function processesWith(needle: string): { pid: number; pgid: number }[] {
  const found: { pid: number; pgid: number }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8');
      if (!cmdline.includes(needle)) continue;
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z') continue; // a zombie runs nothing; it only waits to be reaped
      found.push({ pid: Number(name), pgid: Number(fields[2]) });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}
