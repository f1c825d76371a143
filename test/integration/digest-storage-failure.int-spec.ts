import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Region } from '@app/identity';
import { LocalDiskStorage } from '@app/digests';
import {
  createApprovedSubmission,
  createDigestOrganisation,
  createDigestWorld,
  eventually,
  queryDigest,
  requestDigest,
  TestPlenary,
} from '@app/testing';

/** Every file under `dir`, recursively, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

/**
 * Storage that is full or read-only, on real file systems (small tmpfs mounts): a failed write
 * leaves no partial file, the error says ENOSPC or EROFS (not the ENOENT a recursive mkdir
 * reports), and a digest that ends FAILED keeps neither files nor items.
 */
describe('digest storage failures (full and read-only file systems)', () => {
  const mounts: string[] = [];

  const mountTmpfs = (options: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'plenary-storage-fault-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
    mounts.push(dir);
    return dir;
  };

  afterAll(() => {
    for (const dir of mounts) {
      try {
        execFileSync('umount', [dir]);
      } catch {
        // already unmounted
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a write that fills the disk fails with ENOSPC and leaves no partial file', async () => {
    const dir = mountTmpfs('size=64k');
    const storage = new LocalDiskStorage(dir);
    const big = Readable.from([Buffer.alloc(256 * 1024, 'x')]);
    await expect(storage.put('digests/d1/digest.pdf', big)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(filesUnder(dir)).toEqual([]);
    // The disk is usable again at once.
    await storage.put('digests/d2/digest.json', Readable.from([Buffer.from('{}')]));
    expect(filesUnder(dir)).toEqual([join('digests', 'd2', 'digest.json')]);
  });

  it('a read-only storage reports EROFS, not ENOENT', async () => {
    const dir = mountTmpfs('size=64k,ro');
    const storage = new LocalDiskStorage(dir);
    await expect(storage.put('digests/d1/digest.json', Readable.from([Buffer.from('{}')]))).rejects.toMatchObject({
      code: 'EROFS',
    });
  });

  describe('a digest whose files do not fit', () => {
    let plenary: TestPlenary;
    let storageDir: string;

    beforeAll(async () => {
      storageDir = mountTmpfs('size=128k');
      // Nearly full before the digest starts: its files cannot all be stored.
      writeFileSync(join(storageDir, 'filler'), Buffer.alloc(120 * 1024, 'f'));
      mkdirSync(join(storageDir, 'digests'));
      plenary = await TestPlenary.start({ api: { FILE_STORAGE_DIR: storageDir } });
    });

    afterAll(async () => {
      await plenary?.close();
    });

    it('ends FAILED and keeps neither files nor items', async () => {
      const world = await createDigestWorld(plenary);
      const org = await createDigestOrganisation(world, { region: Region.GRULAC, name: 'Disk Full Watch' });
      for (let i = 0; i < 3; i++)
        await createApprovedSubmission(world, org, { title: `Position ${i} that will not be stored` });
      await plenary.startWorker();
      try {
        const requested = await requestDigest(plenary, world.staff.token, world.sessionId, 'PUBLIC');
        const id = requested.data?.compileDigest.id as string;
        const failed = await eventually(async () => {
          const res = await queryDigest(plenary, id, world.staff.token);
          return res.data?.digest.status === 'FAILED' ? res.data.digest : undefined;
        }, 240_000);
        expect(failed.files).toEqual([]);
        // The files go right after the FAILED status commits (the worker checks it is FAILED first).
        const left = await eventually(async () => {
          const files = filesUnder(storageDir);
          return files.length === 1 ? files : undefined;
        }, 15_000).catch(() => filesUnder(storageDir));
        expect(left).toEqual(['filler']);
        const [{ n }] = await plenary.dataSource.query<{ n: string }[]>(
          'SELECT count(*) AS n FROM digest_items WHERE digest_id = $1',
          [id],
        );
        expect(Number(n)).toBe(0);
      } finally {
        await plenary.stopWorker();
      }
    }, 280_000);
  });
});
