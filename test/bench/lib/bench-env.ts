import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where the benchmarks keep their world: a database of their own, never the app's or the tests'. */
export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/plenary_bench';

export function benchDatabaseUrl(): string {
  return process.env.BENCH_DATABASE_URL || DEFAULT_BENCH_DATABASE_URL;
}

export function benchRedisUrl(): string {
  return process.env.BENCH_REDIS_URL || process.env.REDIS_URL || 'redis://127.0.0.1:6379';
}

/** Every Redis key the benchmarks make starts with this, so they never touch an installation's or a test run's keys. */
export const BENCH_REDIS_PREFIX = process.env.BENCH_REDIS_PREFIX || 'plenary-bench';

/** The password of every bench user (staff, moderators, organisation admins). */
export const BENCH_PASSWORD = 'plenary-bench-2026';
export const BENCH_EMAIL_DOMAIN = 'bench.plenary.test';
export const staffEmail = (): string => `staff@${BENCH_EMAIL_DOMAIN}`;
export const moderatorEmail = (n: number): string => `moderator-${String(n).padStart(2, '0')}@${BENCH_EMAIL_DOMAIN}`;
export const adminEmail = (n: number): string => `admin-${String(n).padStart(4, '0')}@${BENCH_EMAIL_DOMAIN}`;

/** "1k", "10k", "100k", "1m" or a plain number. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!m) throw new Error(`not a size: "${text}" (use 1k, 10k, 100k or a number)`);
  const n = Number(m[1]) * (m[2].toLowerCase() === 'k' ? 1_000 : m[2].toLowerCase() === 'm' ? 1_000_000 : 1);
  if (!Number.isInteger(n) || n < 100) throw new Error(`size must be a whole number ≥ 100, got ${text}`);
  return n;
}

export function sizeLabel(n: number): string {
  if (n % 1_000_000 === 0) return `${n / 1_000_000}m`;
  if (n % 1_000 === 0) return `${n / 1_000}k`;
  return String(n);
}

/** `--name value`, `--name=value` and bare `--flag`. */
export class Args {
  private readonly values = new Map<string, string>();

  constructor(argv: string[]) {
    for (let i = 0; i < argv.length; i += 1) {
      const arg = argv[i];
      if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
      const eq = arg.indexOf('=');
      if (eq > 0) this.values.set(arg.slice(2, eq), arg.slice(eq + 1));
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) this.values.set(arg.slice(2), argv[(i += 1)]);
      else this.values.set(arg.slice(2), 'true');
    }
  }

  string(name: string): string | undefined {
    return this.values.get(name);
  }

  flag(name: string): boolean {
    const v = this.values.get(name);
    return v !== undefined && v !== 'false' && v !== '0';
  }

  number(name: string, fallback: number): number {
    const v = this.values.get(name);
    if (v === undefined) return fallback;
    const n = Number(v.replace(/s$/, ''));
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${v}"`);
    return n;
  }

  /** Refuses options nobody asked for, so a typo does not silently run the default. */
  only(known: string[]): void {
    const unknown = [...this.values.keys()].filter((k) => !known.includes(k));
    if (unknown.length)
      throw new Error(
        `unknown option(s): ${unknown.map((u) => `--${u}`).join(', ')}; known: ${known.map((k) => `--${k}`).join(', ')}`,
      );
  }
}

/** The repository root (holds package.json), from wherever this file was compiled to. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'plenary')
      return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the plenary repository root');
    dir = up;
  }
}

export const distPath = (...parts: string[]): string => resolve(repoRoot(), 'dist', ...parts);

let tasksetAvailable: boolean | undefined;

/** `taskset -c <core> <command>` when taskset exists and the machine has that core; the command alone otherwise. */
export function pinnedCommand(
  core: number | null,
  command: string,
  args: string[],
): { command: string; args: string[]; pinned: boolean } {
  if (core === null) return { command, args, pinned: false };
  if (tasksetAvailable === undefined) {
    try {
      execFileSync('taskset', ['-c', String(core), 'true'], { stdio: 'ignore' });
      tasksetAvailable = true;
    } catch {
      tasksetAvailable = false;
    }
  }
  return tasksetAvailable
    ? { command: 'taskset', args: ['-c', String(core), command, ...args], pinned: true }
    : { command, args, pinned: false };
}

/** VmRSS and VmHWM (peak) of a process, in MiB, from /proc (Linux). */
export function processMemory(pid: number): { rssMiB: number; peakMiB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMiB: kb('VmRSS') / 1024, peakMiB: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
