import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Region } from '@app/identity';
import {
  AppProcess,
  createDigestOrganisation,
  createDigestWorld,
  DigestWorld,
  eventually,
  insertApprovedDigestSubmissions,
  privateBuild,
  processesWith,
  requestDigest,
  startApp,
  TestPlenary,
  workerReady,
} from '@app/testing';

const ENTRIES = 900;

function processGroupOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

const inGroup = (pgid: number): number[] => {
  try {
    return execFileSync('pgrep', ['-g', String(pgid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
};

/**
 * A worker SIGKILLed while Chromium prints a digest's PDF — the worker alone, as the kernel's OOM
 * killer or `kill -9` does, not its process group: Chromium and every process it started die with
 * it, and the next worker removes the compile's scratch directory and Chromium's profile at start,
 * then compiles the digest once.
 */
describe('digest worker SIGKILLed mid-PDF (built worker, real processes)', () => {
  let plenary: TestPlenary;
  let buildDir: string;
  let storageDir: string;
  let workDir: string;
  let world: DigestWorld;
  const workers: AppProcess[] = [];

  const startWorker = (): AppProcess => {
    const worker = startApp(buildDir, 'worker', {
      DATABASE_URL: plenary.config.DATABASE_URL,
      DATABASE_POOL_SIZE: '4',
      REDIS_URL: plenary.config.REDIS_URL,
      REDIS_PREFIX: plenary.config.REDIS_PREFIX,
      QUEUE_BACKEND: plenary.config.QUEUE_BACKEND,
      FILE_STORAGE_DIR: storageDir,
      MAIL_DIR: join(storageDir, 'mail'),
      JOB_LOCK_MS: '2000',
      LOG_LEVEL: 'info',
      // The compile's scratch and Chromium's profiles go here, where this test can see all of them.
      TMPDIR: workDir,
    });
    workers.push(worker);
    return worker;
  };

  beforeAll(async () => {
    const build = privateBuild();
    storageDir = mkdtempSync(join(tmpdir(), 'plenary-worker-kill-files-'));
    workDir = mkdtempSync(join(tmpdir(), 'plenary-worker-kill-tmp-'));
    plenary = await TestPlenary.start({ api: { FILE_STORAGE_DIR: storageDir } });
    world = await createDigestWorld(plenary);
    const org = await createDigestOrganisation(world, { region: Region.GRULAC, name: 'Printing Press Watch' });
    await insertApprovedDigestSubmissions(world, org, ENTRIES, { bodyWords: 12 });
    buildDir = await build;
  }, 180_000);

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await plenary?.close();
    for (const dir of [buildDir, storageDir, workDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('takes Chromium down with the worker, and the next worker sweeps what it left, then compiles once', async () => {
    const requested = await requestDigest(plenary, world.staff.token, world.sessionId, 'PUBLIC');
    const id = requested.data?.compileDigest.id as string;

    const first = startWorker();
    await workerReady(first, 120_000);
    // Chromium is printing for this worker (the only one using this work directory), past its
    // start-up: its singleton socket is made (in the work directory, beside the profile: this
    // directory's path is too long for the socket to go inside the profile).
    const profilePrefix = join(workDir, 'plenary-chromium-');
    const printing = await eventually(async () => {
      const found = processesWith(profilePrefix);
      const started = readdirSync(workDir).some(
        (n) => n.startsWith('plenary-chromium-') && existsSync(join(workDir, n, 'SingletonSocket')),
      );
      return found.length > 0 && started ? found : undefined;
    }, 180_000);
    const groups = [...new Set(printing.map((p) => p.pgid))];
    // Chromium is in a process group of its own, not the worker's.
    expect(groups).not.toContain(processGroupOf(first.child.pid as number));

    first.child.kill('SIGKILL');
    await first.exited;
    const killedAt = Date.now();
    // Nothing of that Chromium is left: not the browser, nor any process in its group.
    await eventually(
      async () => processesWith(profilePrefix).length === 0 && groups.every((g) => inGroup(g).length === 0),
      5_000,
    );
    console.log(`Chromium gone ${Date.now() - killedAt} ms after the worker's SIGKILL (${printing.length} processes)`);

    // What the killed worker left: its compile's scratch directory, Chromium's profile, and the
    // directory of Chromium's singleton socket.
    const left = readdirSync(workDir);
    expect(left.filter((n) => n.startsWith(`plenary-digest-${id}-${first.child.pid}-`))).toHaveLength(1);
    expect(left.filter((n) => n.startsWith(`plenary-chromium-${first.child.pid}-`))).toHaveLength(1);
    expect(left.filter((n) => n.startsWith('org.chromium.Chromium.'))).toHaveLength(1);

    const second = startWorker();
    await workerReady(second, 120_000);
    // Swept at start, before the worker took a job.
    expect(readdirSync(workDir).filter((n) => n.includes(`-${first.child.pid}-`) || left.includes(n))).toEqual([]);
    expect(second.output.stdout).toMatch(/stale digest work directories removed/);

    const done = await eventually(async () => {
      const [row] = await plenary.dataSource.query<{ status: string; error: string | null }[]>(
        'SELECT status, error FROM digests WHERE id = $1',
        [id],
      );
      if (row.status === 'FAILED') throw new Error(`the digest FAILED: ${row.error}`);
      return row.status === 'READY' ? row : undefined;
    }, 300_000);
    expect(done.status).toBe('READY');
    const digests = await plenary.dataSource.query(
      `SELECT id FROM digests WHERE session_id = $1 AND edition = 'PUBLIC'`,
      [world.sessionId],
    );
    expect(digests).toEqual([{ id }]);
    // Nothing of the compile is left on the work disk, and no Chromium of the second worker runs.
    await eventually(async () => readdirSync(workDir).length === 0, 20_000).catch(() => {
      throw new Error(`the work directory still holds: ${readdirSync(workDir).join(', ')}`);
    });
    expect(processesWith(join(workDir, 'plenary-chromium-'))).toEqual([]);

    second.child.kill('SIGTERM');
    await second.exited;
  }, 600_000);
});
