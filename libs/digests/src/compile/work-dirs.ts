import { readFileSync } from 'node:fs';
import { readdir, readlink, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Where a compile works on local disk, named so that a worker starting after a crash can tell
 * what is left over:
 *
 * - `plenary-digest-<digest id>-<pid>-XXXXXX`: one compile's scratch (HTML chunks, partial files),
 *   owned by the worker process `<pid>`;
 * - `plenary-chromium-<pid>-XXXXXX`: the profile of one Chromium run that process started; where
 *   Chromium's singleton socket could not go inside it, that socket's `org.chromium.Chromium.XXXXXX`
 *   directory sits beside it, named by the profile's `SingletonSocket` link (see
 *   removeChromiumProfile);
 * - `plenary-digest-<digest id>-compiled`: the files a compile produced, kept until they are stored
 *   so that a retry stores them rather than printing the PDF again; owned by the digest's job
 *   (`…-compiled.<pid>.part` while process `<pid>` fills it).
 */
export const workRoot = (): string => tmpdir();
export const scratchPrefix = (digestId: string): string => `plenary-digest-${digestId}-${process.pid}-`;
export const chromiumProfilePrefix = (): string => `plenary-chromium-${process.pid}-`;
export const compiledDir = (digestId: string): string => join(workRoot(), `plenary-digest-${digestId}-compiled`);

const SCRATCH = /^plenary-digest-([0-9a-f-]{36})-(\d+)-[A-Za-z0-9]{6}$/;
const PROFILE = /^plenary-chromium-(\d+)-[A-Za-z0-9]{6}$/;
const COMPILED = /^plenary-digest-([0-9a-f-]{36})-compiled$/;
/** compiledDir while it is being filled, by process `<pid>`. */
const COMPILED_STAGING = /^plenary-digest-[0-9a-f-]{36}-compiled\.(\d+)\.part$/;

/** The directory Chromium makes in TMPDIR for its singleton socket. */
const SOCKET_DIR = /^org\.chromium\.Chromium\.[A-Za-z0-9]{6}$/;

/**
 * Removes a Chromium profile and, when Chromium could not remove it itself (it was killed), the
 * directory of its singleton socket: Chromium makes that directory in TMPDIR and links to the
 * socket from the profile (`SingletonSocket`). Only a directory of Chromium's name directly in
 * `root` (the work root) is removed; one inside the profile goes with it.
 */
export async function removeChromiumProfile(profile: string, root = workRoot()): Promise<void> {
  const socket = await readlink(join(profile, 'SingletonSocket')).catch(() => null);
  if (socket !== null) {
    const socketDir = resolve(profile, dirname(socket));
    if (SOCKET_DIR.test(basename(socketDir)) && dirname(socketDir) === resolve(root)) {
      await rm(socketDir, { recursive: true, force: true });
    }
  }
  await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** Linux reports a process's start in clock ticks since boot; USER_HZ is 100 on every architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * When process `pid` started (ms since the epoch), or null when no such process runs. Where /proc
 * cannot say when it started, a live process counts as having started at the dawn of time (its
 * directories are kept).
 */
export function processStartedAt(pid: number): number | null {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses); starttime is field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const bootTime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(bootTime)) return 0;
    return bootTime * 1000 + (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export interface SweepResult {
  removed: string[];
  kept: string[];
}

/**
 * Removes what crashed compiles left in the work root: scratch directories and Chromium profiles
 * whose process is gone (or is a newer process that reuses its pid: it started after the directory
 * was made), and compiled files whose digest is finished (READY, FAILED …; a digest this database
 * does not know belongs to another installation sharing the disk, and is left alone). Run at
 * start, before the worker takes a job.
 */
export async function sweepStaleWorkDirs(
  finishedDigests: (ids: string[]) => Promise<Set<string>>,
  root = workRoot(),
  startedAt: (pid: number) => number | null = processStartedAt,
): Promise<SweepResult> {
  const names = await readdir(root).catch(() => [] as string[]);
  const removed: string[] = [];
  const kept: string[] = [];
  const compiled = names.filter((n) => COMPILED.test(n));
  const finished = compiled.length
    ? await finishedDigests(compiled.map((n) => (COMPILED.exec(n) as RegExpExecArray)[1]))
    : new Set<string>();
  for (const name of names) {
    const path = join(root, name);
    let stale: boolean;
    const owner = SCRATCH.exec(name)?.[2] ?? PROFILE.exec(name)?.[1] ?? COMPILED_STAGING.exec(name)?.[1];
    if (owner !== undefined) {
      const made = await stat(path).then(
        (s) => s.birthtimeMs || s.ctimeMs,
        () => null,
      );
      if (made === null) continue;
      const started = startedAt(Number(owner));
      // A directory is younger than the process that made it; the 1 s allows for clock granularity.
      stale = started === null || started > made + 1_000;
    } else if (COMPILED.test(name)) {
      stale = finished.has((COMPILED.exec(name) as RegExpExecArray)[1]);
    } else {
      continue;
    }
    if (stale) {
      if (PROFILE.test(name)) await removeChromiumProfile(path, root);
      else await rm(path, { recursive: true, force: true });
      removed.push(name);
    } else {
      kept.push(name);
    }
  }
  return { removed, kept };
}
