import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Region } from '@app/identity';
import { PlatformRole, QueueRegistry } from '@app/platform';
import {
  createApprovedSubmission,
  createDigestOrganisation,
  createDigestWorld,
  createUser,
  DigestWorld,
  eventually,
  insertApprovedDigestSubmissions,
  queryDigest,
  requestDigest,
  sha256Hex,
  TestPlenary,
  TestUser,
} from '@app/testing';

const ROOT = resolve(__dirname, '../..');
const BULK = 1500;

interface DigestRow {
  id: string;
  status: string;
  version: number | null;
  progress: number;
  submission_count: number | null;
  error: string | null;
}

/**
 * A compile as operations meet it: real worker processes built from the sources, one SIGKILLed
 * half-way through a 1,500-submission digest and another finishing it exactly once; and a compile
 * that keeps failing, which ends FAILED with a message that gives nothing away.
 */
describe('digest compile: crash recovery across worker processes, and failure after retries', () => {
  let plenary: TestPlenary;
  let storageDir: string;
  let mailDir: string;
  let buildDir: string;
  let world: DigestWorld;
  let secondStaff: TestUser;
  const workers: ChildProcess[] = [];
  /** Digests whose compile a killed worker left half-done (its temporary directory stays behind). */
  const interrupted: string[] = [];

  const digestRow = async (id: string): Promise<DigestRow> =>
    (
      await plenary.dataSource.query(
        'SELECT id, status, version, progress, submission_count, error FROM digests WHERE id = $1',
        [id],
      )
    )[0];

  /** A worker process, as `npm run start:worker` runs it, in its own process group (it spawns Chromium). */
  const spawnWorker = (): ChildProcess => {
    const child = spawn(process.execPath, [join(buildDir, 'apps/worker/src/main.js')], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'test',
        DATABASE_URL: plenary.config.DATABASE_URL,
        DATABASE_POOL_SIZE: '5',
        REDIS_URL: plenary.config.REDIS_URL,
        REDIS_PREFIX: plenary.config.REDIS_PREFIX,
        FILE_STORAGE_DIR: storageDir,
        MAIL_DIR: mailDir,
        JOB_LOCK_MS: '2000',
        LOG_LEVEL: 'silent',
      },
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
    child.on('exit', (code, signal) => {
      if (code !== null && code !== 0) process.stderr.write(`worker ${child.pid} exited with ${code}: ${stderr}\n`);
      if (signal && signal !== 'SIGKILL' && signal !== 'SIGTERM')
        process.stderr.write(`worker ${child.pid} died of ${signal}\n`);
    });
    workers.push(child);
    return child;
  };

  /** Kills a worker's whole process group (the worker and any Chromium it started) and waits for it. */
  const kill = async (child: ChildProcess, signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    const exited = once(child, 'exit');
    try {
      process.kill(-child.pid, signal);
    } catch {
      return; // already gone
    }
    await exited;
  };

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'plenary-digest-crash-files-'));
    mailDir = mkdtempSync(join(tmpdir(), 'plenary-digest-crash-mail-'));
    // A private build: other runs may rebuild dist/ at any moment. Inside the repository so that
    // node_modules resolve; var/ is git-ignored.
    buildDir = join(ROOT, 'var', `test-build-${randomUUID().slice(0, 8)}`);
    const build = promisify(execFile)('npx', ['swc', 'apps', 'libs', '-d', buildDir, '--copy-files', '--quiet'], {
      cwd: ROOT,
    });
    plenary = await TestPlenary.start({ api: { FILE_STORAGE_DIR: storageDir } });
    world = await createDigestWorld(plenary);
    secondStaff = await createUser(plenary, { roles: [PlatformRole.STAFF], name: 'Second Staff' });
    const org = await createDigestOrganisation(world, { region: Region.AG, name: 'Bulk Submissions Network' });
    await insertApprovedDigestSubmissions(world, org, BULK, { bodyWords: 12 });
    await build;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => kill(w, 'SIGKILL')));
    await plenary?.close();
    for (const dir of [storageDir, mailDir, buildDir]) if (dir) rmSync(dir, { recursive: true, force: true });
    for (const id of interrupted) {
      for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(`plenary-digest-${id}-`)))
        rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  });

  it('a worker SIGKILLed mid-compile leaves the digest to another, which makes it exactly once', async () => {
    const requested = await requestDigest(plenary, world.staff.token, world.sessionId, 'PUBLIC');
    expect(requested.errors).toBeUndefined();
    const id = requested.data?.compileDigest.id as string;
    interrupted.push(id);

    const first = spawnWorker();
    // Half-way: compiling, with entries already streamed, not finished.
    const midway = await eventually(async () => {
      const row = await digestRow(id);
      if (row.status === 'READY') throw new Error('the compile finished before the worker could be killed');
      return row.status === 'COMPILING' && row.progress > 0 ? row : undefined;
    }, 60_000);
    await kill(first, 'SIGKILL');
    expect(midway.progress).toBeLessThan(100);
    expect(await digestRow(id)).toMatchObject({ status: 'COMPILING' });
    expect(await plenary.dataSource.query('SELECT format FROM digest_files WHERE digest_id = $1', [id])).toEqual([]);

    const second = spawnWorker();
    const done = await eventually(async () => {
      const row = await digestRow(id);
      if (row.status === 'FAILED') throw new Error(`the digest FAILED: ${row.error}`);
      return row.status === 'READY' ? row : undefined;
    }, 90_000);
    expect(done).toMatchObject({ status: 'READY', version: 1, progress: 100, submission_count: BULK, error: null });

    // A late duplicate delivery of the job (another id, same digest) changes nothing.
    const queue = plenary.get(QueueRegistry).get('digests');
    const duplicate = await queue.add('digest.compile', { digestId: id }, { jobId: `digest.compile-${id}-duplicate` });
    await eventually(async () => (await duplicate.getState()) === 'completed', 30_000);

    // One version, one set of files, one entry per submission.
    const rows: { id: string; status: string; version: number }[] = await plenary.dataSource.query(
      `SELECT id, status, version FROM digests WHERE session_id = $1 AND edition = 'PUBLIC'`,
      [world.sessionId],
    );
    expect(rows).toEqual([{ id, status: 'READY', version: 1 }]);
    const items: { n: string; distinct: string }[] = await plenary.dataSource.query(
      'SELECT count(*) AS n, count(DISTINCT submission_id) AS distinct FROM digest_items WHERE digest_id = $1',
      [id],
    );
    expect(items[0]).toEqual({ n: String(BULK), distinct: String(BULK) });
    const files: { format: string; bytes: string; sha256: string; storage_key: string }[] =
      await plenary.dataSource.query(
        'SELECT format, bytes, sha256, storage_key FROM digest_files WHERE digest_id = $1 ORDER BY format',
        [id],
      );
    expect(files.map((f) => f.format).sort()).toEqual(['csv', 'docx', 'html', 'json', 'md', 'pdf']);
    for (const f of files) {
      const content = await readFile(join(storageDir, f.storage_key));
      expect({ format: f.format, bytes: content.length, sha256: sha256Hex(content) }).toEqual({
        format: f.format,
        bytes: Number(f.bytes),
        sha256: f.sha256,
      });
    }
    // No half-written leftovers next to the files.
    expect((await readdir(join(storageDir, 'digests', id))).sort()).toEqual(
      files.map((f) => `digest.${f.format}`).sort(),
    );

    // One "digest ready" notice (and email) per staff user, none for anyone else.
    const notices: { user_id: string; n: string }[] = await plenary.dataSource.query(
      `SELECT user_id, count(*) AS n FROM notifications WHERE kind = 'DIGEST_READY' AND entity_id = $1 GROUP BY user_id ORDER BY user_id`,
      [id],
    );
    expect(notices).toEqual(
      [world.staff.user.id, secondStaff.user.id].sort().map((userId) => ({ user_id: userId, n: '1' })),
    );
    const emails: { to_address: string; n: string }[] = await plenary.dataSource.query(
      `SELECT to_address, count(*) AS n FROM email_messages WHERE text_body LIKE 'Digest ready:%' GROUP BY to_address ORDER BY to_address`,
    );
    expect(emails).toEqual(
      [world.staff.email, secondStaff.email].sort().map((address) => ({ to_address: address, n: '1' })),
    );

    await kill(second, 'SIGTERM');
  }, 180_000);

  it('a compile that keeps failing ends FAILED after its retries, with an error id and no internals', async () => {
    for (const w of workers) await kill(w, 'SIGKILL');
    const other = await createDigestWorld(plenary);
    const org = await createDigestOrganisation(other, { region: Region.WEOG, name: 'Failure Watch' });
    await createApprovedSubmission(other, org, { title: 'A position that will not print' });
    // Chromium that exits non-zero at once: every attempt fails when printing the PDF.
    await plenary.startWorker({ CHROMIUM_PATH: '/bin/false' });
    try {
      const requested = await requestDigest(plenary, other.staff.token, other.sessionId, 'PUBLIC');
      const id = requested.data?.compileDigest.id as string;
      const failed = await eventually(async () => {
        const res = await queryDigest(plenary, id, other.staff.token);
        return res.data?.digest.status === 'FAILED' ? res.data.digest : undefined;
      }, 45_000);

      const job = await plenary.get(QueueRegistry).get('digests').getJob(`digest.compile-${id}`);
      expect(job?.attemptsMade).toBe(3);
      expect(await job?.getState()).toBe('failed');

      expect(failed.error).toMatch(/error id [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
      const error = failed.error as string;
      expect(error).not.toMatch(/chromium/i);
      expect(error).not.toMatch(/\/(bin|tmp|usr|work|var|home)\b|[A-Za-z]:\\|\.(ts|js|pdf|html)\b/); // paths
      expect(error).not.toMatch(/\n\s*at |\bat .+:\d+:\d+/); // stack frames
      expect(error).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE)\b|digest_|submissions\b/); // SQL
      expect(error).not.toMatch(/Command failed|exit(ed)? (code|with)|ENOENT|EACCES/i);

      expect(failed.files).toEqual([]);
      const notices: { n: string }[] = await plenary.dataSource.query(
        `SELECT count(*) AS n FROM notifications WHERE kind = 'DIGEST_READY' AND entity_id = $1`,
        [id],
      );
      expect(notices[0].n).toBe('0');
    } finally {
      await plenary.stopWorker();
    }
  }, 90_000);
});
