import { Test } from '@nestjs/testing';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DigestFormat } from '../entities';
import { DIGEST_WRITERS, DigestWriterRegistry } from './digest-writers';
import { JsonWriter } from './json.writer';

const SETTINGS = { chromiumPath: '/usr/bin/chromium', pdfTimeoutMs: 1000 };

/** The module providers as DigestsModule declares them, for a list of registrations. */
const startWith = (registrations = DIGEST_WRITERS) =>
  Test.createTestingModule({
    providers: [{ provide: DigestWriterRegistry, useFactory: () => new DigestWriterRegistry(registrations) }],
  }).compile();

describe('digest writers, registered by format', () => {
  it('has one writer for every DigestFormat, each downloaded with its Content-Type, JSON first', async () => {
    const registry = (await startWith()).get(DigestWriterRegistry);
    for (const format of Object.values(DigestFormat)) expect(registry.contentTypeOf(format)).toMatch(/^[a-z]+\/\S+/);
    const dir = mkdtempSync(join(tmpdir(), 'plenary-writers-'));
    try {
      const set = registry.create(dir, SETTINGS);
      expect(set.all.map((w) => w.format).sort()).toEqual(Object.values(DigestFormat).sort());
      expect(set.all[0].format).toBe(DigestFormat.JSON);
      expect(set.json).toBeInstanceOf(JsonWriter);
      // Each writer writes the format it is registered for (its file is digest.<format>).
      for (const { format, writer } of set.all) expect(writer.extension).toBe(format);
    } finally {
      // The writers open their files as they are made: removing the folder before the opens land
      // would fail them later, in whichever test runs next. Wait (bounded) for the files to appear.
      for (let polls = 0, seen = -1; polls < 40; polls += 1) {
        const count = readdirSync(dir).length;
        if (count >= 5 && count === seen) break;
        seen = count;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops the app at start when a format has no writer', async () => {
    await expect(startWith(DIGEST_WRITERS.filter((w) => w.format !== DigestFormat.PDF))).rejects.toThrow(
      /no writer for pdf/,
    );
  });

  it('stops the app at start when a DigestFormat value is added without a writer', async () => {
    const formats = DigestFormat as unknown as Record<string, string>;
    formats.EPUB = 'epub';
    try {
      await expect(startWith()).rejects.toThrow(/no writer for epub/);
    } finally {
      delete formats.EPUB;
    }
  });

  it('refuses two writers for one format', () => {
    expect(() => new DigestWriterRegistry([...DIGEST_WRITERS, DIGEST_WRITERS[1]])).toThrow(/two writers for md/);
  });
});
