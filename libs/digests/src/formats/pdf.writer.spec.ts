import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Region } from '@app/identity';
import { DigestEdition } from '../entities';
import { DigestContext, DigestEntry } from './digest-model';
import { PdfWriter } from './pdf.writer';

const CONTEXT: DigestContext = {
  session: {
    id: '00000000-0000-4000-8000-000000000001',
    title: 'Seventh session',
    processName: 'Ad Hoc Committee',
    location: 'Vienna',
    startsAt: '2030-01-10T00:00:00.000Z',
    endsAt: '2030-01-20T00:00:00.000Z',
  },
  edition: DigestEdition.PUBLIC,
  statistics: { submissions: 9, byRegion: [], byTag: [] },
};

const entry = (n: number, region: Region): DigestEntry => ({
  id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
  version: 1,
  contentHash: 'a'.repeat(64),
  region,
  title: `Entry number ${n}`,
  attribution: 'An organisation',
  cosigners: [],
  language: 'en',
  tags: [],
  provisions: [],
  summary: `Summary ${n}`,
  text: `Body of entry ${n}.`,
});

/** Writes nine entries in two regions (chunks of two: six chunks, the front matter and an index). */
async function write(writer: PdfWriter): Promise<string> {
  await writer.start(CONTEXT);
  for (const [region, numbers] of [
    [Region.AG, [1, 2, 3, 4, 5]],
    [Region.WEOG, [6, 7, 8, 9]],
  ] as const) {
    await writer.section(region);
    for (const n of numbers) await writer.entry(entry(n, region));
  }
  await writer.indexTag({ category: 'GENDER', slug: 'gbv', label: 'Gender-based violence' });
  await writer.indexEntry({ id: entry(3, Region.AG).id, title: 'Entry number 3' });
  const cover = { version: 1, contentHash: 'c'.repeat(64), submissionCount: 9, compiledAt: '2030-01-21T00:00:00.000Z' };
  return writer.finish(cover, { previousVersion: null, added: [], removed: [], changed: [] });
}

describe('the PDF writer, printing its chunks several at a time', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'plenary-pdf-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('joins the chunks in the digest order, whatever order their prints finish in', async () => {
    const writer = new PdfWriter(dir, {
      chromiumPath: '/usr/bin/chromium',
      timeoutMs: 60_000,
      entriesPerChunk: 2,
      printConcurrency: 3,
    });
    const path = await write(writer);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    // The front matter first (its contents name the index too), the entries in order, the index last.
    const positions = [
      text.indexOf('Seventh session'),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => text.indexOf(`Entry number ${n}`)),
      text.lastIndexOf('Index by tag'),
    ];
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Only the PDF is left: every chunk's HTML and PDF is removed.
    expect(readdirSync(dir)).toEqual(['digest.pdf']);
  }, 120_000);

  it('fails when a print fails, after every started print has ended', async () => {
    const writer = new PdfWriter(dir, {
      chromiumPath: '/bin/false',
      timeoutMs: 10_000,
      entriesPerChunk: 2,
      printConcurrency: 2,
    });
    await expect(write(writer)).rejects.toThrow();
    // Nothing is still writing into the folder once finish has answered.
    const left = readdirSync(dir);
    await new Promise((r) => setTimeout(r, 300));
    expect(readdirSync(dir)).toEqual(left);
  });
});
