import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumProfilePrefix, removeChromiumProfile, workRoot } from '../compile/work-dirs';

/**
 * Runs its arguments as a command in the background and waits for it, while watching standard
 * input: the worker holds the other end of that pipe and never writes to it, so it reaches end of
 * file only when the worker is gone — even SIGKILLed, which no handler in the worker can catch.
 * Then `kill -KILL 0` takes down this whole process group: the shell, Chromium and every process
 * Chromium started. (The background command's own standard input is /dev/null; the watch reads a
 * copy of the pipe kept as descriptor 3.)
 */
const WATCHDOG = `exec 3<&0
"$@" </dev/null 3<&- &
command=$!
( read -r _ <&3; kill -KILL 0 ) &
watch=$!
exec 3<&-
wait "$command"
status=$?
kill "$watch" 2>/dev/null
exit "$status"`;

/** `/org.chromium.Chromium.XXXXXX/SingletonSocket`, which Chromium puts under TMPDIR. */
const SOCKET_SUFFIX_BYTES = 46;
const MAX_SOCKET_PATH_BYTES = 107;

/**
 * Prints the digest's HTML to PDF with headless Chromium. Chromium shapes text with HarfBuzz, so
 * Arabic is joined and laid out right to left and Chinese and Cyrillic use the Noto fonts — a
 * JavaScript PDF library would need per-script shaping of its own. It runs as a separate
 * process, so the worker's memory does not grow with the document.
 *
 * Chromium runs in a process group of its own under a small shell watchdog: it dies with the
 * worker however the worker ends, and on a timeout the whole group is killed, not only the browser
 * process. Its profile is named after the worker's pid, so the next worker can remove what a
 * killed one left.
 */
export async function printPdf(
  chromiumPath: string,
  htmlPath: string,
  pdfPath: string,
  timeoutMs: number,
): Promise<void> {
  const profile = await mkdtemp(join(workRoot(), chromiumProfilePrefix()));
  // Chromium's own temporary files (its singleton socket, shared memory with
  // --disable-dev-shm-usage) go inside the profile too, so whatever a killed run leaves is in the
  // one directory the next worker removes — where the socket's path fits the 107 bytes a Unix
  // socket path may have (a short TMPDIR such as /tmp); elsewhere they stay in TMPDIR, and the
  // socket's directory is found from the profile's link to it (removeChromiumProfile).
  const temp = join(profile, 't');
  const tempFits = Buffer.byteLength(temp) + SOCKET_SUFFIX_BYTES <= MAX_SOCKET_PATH_BYTES;
  if (tempFits) await mkdir(temp);
  try {
    await runInOwnGroup(
      chromiumPath,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        `--user-data-dir=${profile}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdfPath}`,
        pathToFileURL(htmlPath).href,
      ],
      timeoutMs,
      tempFits ? { ...process.env, TMPDIR: temp } : process.env,
    );
    const info = await stat(pdfPath);
    if (info.size === 0) throw new Error('Chromium wrote an empty PDF');
  } finally {
    await removeChromiumProfile(profile);
  }
}

/**
 * Runs `command` under the watchdog, in a new process group (and session); rejects like execFile
 * (`Command failed … exit code`) when it fails, and kills the whole group when it takes too long.
 */
export async function runInOwnGroup(
  command: string,
  args: string[],
  timeoutMs: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const child = spawn('/bin/sh', ['-c', WATCHDOG, 'plenary-watchdog', command, ...args], {
    detached: true,
    env,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, timeoutMs);
  try {
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    if (code === 0) return;
    const how = timedOut ? `timed out after ${timeoutMs} ms` : signal ? `killed by ${signal}` : `exit code ${code}`;
    throw Object.assign(new Error(`Command failed (${how}): ${command}\n${stderr.slice(-1000)}`), {
      code: timedOut ? 'ETIMEDOUT' : code,
      signal,
    });
  } finally {
    clearTimeout(timer);
    child.stdin?.destroy();
    // Whatever the browser left running in its group goes too, after a failure and after a success
    // alike (a helper outliving the browser could still write into the profile being removed).
    killGroup(child.pid);
  }
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // the group is gone already
  }
}
