import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processStartedAt, sweepStaleWorkDirs } from './work-dirs';

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('sweepStaleWorkDirs', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'plenary-sweep-test-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('removes the scratch and Chromium profiles of processes that are gone, and keeps those of live ones', async () => {
    const gone = spawn('true');
    await once(gone, 'exit');
    const alive = spawn('sleep', ['30']);
    await new Promise((r) => setTimeout(r, 50));
    try {
      const dirs = {
        goneScratch: `plenary-digest-${ID(1)}-${gone.pid}-AbC123`,
        goneProfile: `plenary-chromium-${gone.pid}-x1Y2z3`,
        goneStaging: `plenary-digest-${ID(1)}-compiled.${gone.pid}.part`,
        aliveScratch: `plenary-digest-${ID(2)}-${alive.pid}-AbC123`,
        aliveProfile: `plenary-chromium-${alive.pid}-x1Y2z3`,
        ownScratch: `plenary-digest-${ID(3)}-${process.pid}-AbC123`,
        unrelated: 'plenary-digest-not-ours',
      };
      for (const name of Object.values(dirs)) mkdirSync(join(root, name));
      const result = await sweepStaleWorkDirs(async () => new Set(), root);
      expect(result.removed.sort()).toEqual([dirs.goneProfile, dirs.goneScratch, dirs.goneStaging].sort());
      expect(readdirSync(root).sort()).toEqual(
        [dirs.aliveProfile, dirs.aliveScratch, dirs.ownScratch, dirs.unrelated].sort(),
      );
    } finally {
      alive.kill('SIGKILL');
    }
  });

  it('removes the singleton socket directory a gone Chromium left beside its profile, and nothing outside the root', async () => {
    const gone = spawn('true');
    await once(gone, 'exit');
    const elsewhere = mkdtempSync(join(tmpdir(), 'plenary-sweep-elsewhere-'));
    try {
      const profiles = [`plenary-chromium-${gone.pid}-AbC123`, `plenary-chromium-${gone.pid}-DeF456`];
      const beside = 'org.chromium.Chromium.Xy12Zw';
      const outside = join(elsewhere, 'org.chromium.Chromium.Qr34St');
      for (const dir of [...profiles.map((p) => join(root, p)), join(root, beside), outside]) mkdirSync(dir);
      symlinkSync(join(root, beside, 'SingletonSocket'), join(root, profiles[0], 'SingletonSocket'));
      symlinkSync(join(outside, 'SingletonSocket'), join(root, profiles[1], 'SingletonSocket'));
      const result = await sweepStaleWorkDirs(async () => new Set(), root);
      expect(result.removed.sort()).toEqual([...profiles].sort());
      expect(readdirSync(root)).toEqual([]);
      // A link that leads out of the work root is not followed.
      expect(existsSync(outside)).toBe(true);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('takes a pid that a newer process reuses for gone (the directory is older than the process)', async () => {
    const name = `plenary-chromium-424242-AbC123`;
    mkdirSync(join(root, name));
    // Process 424242 started before the directory was made: it is the owner, alive.
    expect(
      (
        await sweepStaleWorkDirs(
          async () => new Set(),
          root,
          () => 0,
        )
      ).removed,
    ).toEqual([]);
    // It started after: the owner is gone and the pid was reused.
    expect(
      (
        await sweepStaleWorkDirs(
          async () => new Set(),
          root,
          () => Date.now() + 5_000,
        )
      ).removed,
    ).toEqual([name]);
  });

  it('removes kept compiled files of finished digests only (an unknown digest is another installation’s)', async () => {
    for (const n of [1, 2, 3]) mkdirSync(join(root, `plenary-digest-${ID(n)}-compiled`));
    const asked: string[][] = [];
    const result = await sweepStaleWorkDirs(async (ids) => {
      asked.push(ids);
      return new Set([ID(1)]); // 1 finished, 2 still compiling, 3 unknown here
    }, root);
    expect(asked.map((ids) => ids.sort())).toEqual([[ID(1), ID(2), ID(3)]]);
    expect(result.removed).toEqual([`plenary-digest-${ID(1)}-compiled`]);
    expect(readdirSync(root).sort()).toEqual([`plenary-digest-${ID(2)}-compiled`, `plenary-digest-${ID(3)}-compiled`]);
  });
});

describe('processStartedAt', () => {
  it('says when a live process started, and null for one that is gone', async () => {
    const before = Date.now();
    const child = spawn('sleep', ['5']);
    await new Promise((r) => setTimeout(r, 50));
    try {
      const started = processStartedAt(child.pid as number) as number;
      expect(started).toBeGreaterThan(before - 1_500);
      expect(started).toBeLessThan(Date.now() + 1_000);
    } finally {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    expect(processStartedAt(child.pid as number)).toBeNull();
  });
});
