import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Region } from '@app/identity';
import { QueueRegistry } from '@app/platform';
import {
  createDigestOrganisation,
  createDigestWorld,
  DigestWorld,
  eventually,
  insertApprovedDigestSubmissions,
  requestDigest,
  sha256Hex,
  TestPlenary,
} from '@app/testing';

/**
 * A compile whose files were all produced but could not be stored (every store of the attempt
 * failed) is retried by the job: the retry stores the files the first attempt produced — it does
 * not compile again, and above all does not print the PDF again (minutes for a big digest).
 */
describe('digest compile retried after storing failed: compiled once, stored on the retry', () => {
  let plenary: TestPlenary;
  let base: string;
  let storageDir: string;
  let chromiumRuns: string;
  let world: DigestWorld;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'plenary-compile-once-'));
    // Storage under a path whose parent is a file: every write fails (ENOTDIR) until it is a directory.
    writeFileSync(join(base, 'storage'), 'not a directory');
    storageDir = join(base, 'storage', 'files');
    // Chromium, counting its runs.
    chromiumRuns = join(base, 'chromium-runs');
    const wrapper = join(base, 'chromium');
    writeFileSync(wrapper, `#!/bin/sh\necho run >> '${chromiumRuns}'\nexec /usr/bin/chromium "$@"\n`);
    chmodSync(wrapper, 0o755);
    plenary = await TestPlenary.start({ api: { FILE_STORAGE_DIR: storageDir } });
    world = await createDigestWorld(plenary);
    const org = await createDigestOrganisation(world, { region: Region.EEG, name: 'Retry Watch' });
    await insertApprovedDigestSubmissions(world, org, 450, { bodyWords: 12 });
    await plenary.startWorker({ CHROMIUM_PATH: wrapper, FILE_STORAGE_DIR: storageDir });
  }, 120_000);

  afterAll(async () => {
    await plenary?.close();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  const runs = (): number => (existsSync(chromiumRuns) ? readFileSync(chromiumRuns, 'utf8').split('\n').length - 1 : 0);

  it('prints the PDF once, and the retry stores the kept files', async () => {
    const requested = await requestDigest(plenary, world.staff.token, world.sessionId, 'PUBLIC');
    const id = requested.data?.compileDigest.id as string;
    const job = async () => plenary.get(QueueRegistry).get('digests').getJob(`digest.compile-${id}`);

    // The first attempt compiles everything, then fails to store (three tries) and the job fails.
    await eventually(async () => ((await job())?.attemptsMade ?? 0) >= 1, 180_000);
    const printedFirst = runs();
    expect(printedFirst).toBeGreaterThanOrEqual(2); // the front matter and the entries, at least
    const [row] = await plenary.dataSource.query('SELECT status FROM digests WHERE id = $1', [id]);
    expect(row.status).toBe('COMPILING');
    expect(existsSync(join(tmpdir(), `plenary-digest-${id}-compiled`, 'manifest.json'))).toBe(true);

    // The storage comes back before the retry (5 s of backoff).
    rmSync(join(base, 'storage'));
    mkdirSync(storageDir, { recursive: true });

    await eventually(async () => {
      const [r] = await plenary.dataSource.query<{ status: string; error: string | null }[]>(
        'SELECT status, error FROM digests WHERE id = $1',
        [id],
      );
      if (r.status === 'FAILED') throw new Error(`FAILED: ${r.error}`);
      return r.status === 'READY';
    }, 120_000);
    console.log(`Chromium runs: ${printedFirst} in the first attempt, ${runs() - printedFirst} in the retry`);
    expect(runs()).toBe(printedFirst);
    // The digest is READY inside the second attempt; BullMQ counts the attempt once the processor
    // has returned, moments later.
    await eventually(async () => ((await job())?.attemptsMade ?? 0) >= 2, 30_000);
    expect((await job())?.attemptsMade).toBe(2);

    // Every format stored whole; the kept files are gone once stored.
    const files: { format: string; bytes: string; sha256: string; storage_key: string }[] =
      await plenary.dataSource.query(
        'SELECT format, bytes, sha256, storage_key FROM digest_files WHERE digest_id = $1 ORDER BY format',
        [id],
      );
    expect(files.map((f) => f.format).sort()).toEqual(['csv', 'docx', 'html', 'json', 'md', 'pdf']);
    for (const f of files) {
      const content = readFileSync(join(storageDir, f.storage_key));
      expect([f.format, content.length, sha256Hex(content)]).toEqual([f.format, Number(f.bytes), f.sha256]);
    }
    expect(existsSync(join(tmpdir(), `plenary-digest-${id}-compiled`))).toBe(false);
    const [{ n }] = await plenary.dataSource.query(
      `SELECT count(*) AS n FROM notifications WHERE kind = 'DIGEST_READY' AND entity_id = $1`,
      [id],
    );
    expect(Number(n)).toBeGreaterThan(0);
  }, 360_000);
});
