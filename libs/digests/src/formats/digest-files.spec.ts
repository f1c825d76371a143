import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Region } from '@app/identity';
import { DigestEdition, DigestFormat } from '../entities';
import { DigestChanges, DigestContext, DigestCover, DigestEntry } from './digest-model';
import { DIGEST_WRITERS, DigestWriterRegistry } from './digest-writers';

const SETTINGS = { chromiumPath: '/usr/bin/chromium', pdfTimeoutMs: 1000 };

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
  statistics: {
    submissions: 2,
    byRegion: [
      { region: Region.AG, submissions: 1, withGenderTag: 1, withHumanRightsTag: 0 },
      { region: Region.WEOG, submissions: 1, withGenderTag: 0, withHumanRightsTag: 1 },
    ],
    byTag: [{ category: 'GENDER', slug: 'gbv', label: 'Gender-based violence', submissions: 1 }],
  },
};

const ENTRIES: DigestEntry[] = [
  {
    id: '00000000-0000-4000-8000-000000000011',
    version: 2,
    contentHash: 'a'.repeat(64),
    region: Region.AG,
    title: 'حماية المبلغين',
    attribution: 'Nairobi Digital Rights Forum',
    cosigners: [],
    language: 'ar',
    tags: [{ category: 'GENDER', slug: 'gbv', label: 'Gender-based violence' }],
    provisions: [{ id: 'article-6', title: 'Article 6' }],
    summary: 'ملخص',
    text: 'نص **مهم**.',
  },
  {
    id: '00000000-0000-4000-8000-000000000012',
    version: 1,
    contentHash: 'b'.repeat(64),
    region: Region.WEOG,
    title: 'Judicial authorisation',
    attribution: 'An organisation from WEOG',
    cosigners: ['Observatoire'],
    language: 'en',
    tags: [],
    provisions: [],
    summary: '=1+1 summary',
    text: '# Heading\n\n- one\n- two',
  },
];

const COVER: DigestCover = {
  version: 3,
  contentHash: 'c'.repeat(64),
  submissionCount: 2,
  compiledAt: '2030-01-21T00:00:00.000Z',
};
const CHANGES: DigestChanges = {
  previousVersion: 2,
  added: [{ id: ENTRIES[1].id, title: ENTRIES[1].title }],
  removed: [],
  changed: [],
};

/** Every format but the PDF (Chromium stamps its own dates), written from the model above. */
async function writeAll(): Promise<Record<string, { sha256: string; text: string }>> {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-writers-bytes-'));
  try {
    const registry = new DigestWriterRegistry(DIGEST_WRITERS);
    const set = registry.create(dir, SETTINGS);
    const writers = set.all.filter((w) => w.format !== DigestFormat.PDF);
    for (const { writer } of writers) await writer.start(CONTEXT);
    for (const e of ENTRIES) {
      for (const { writer } of writers) await writer.section(e.region);
      for (const { writer } of writers) await writer.entry(e);
    }
    for (const { writer } of writers) await writer.indexTag(ENTRIES[0].tags[0]);
    for (const { writer } of writers) await writer.indexEntry(ENTRIES[0]);
    const contentHash = await set.json.contentHash();
    const out: Record<string, { sha256: string; text: string }> = { content: { sha256: contentHash, text: '' } };
    for (const { format, writer } of writers) {
      const bytes = readFileSync(await writer.finish(COVER, CHANGES));
      out[format] = { sha256: createHash('sha256').update(bytes).digest('hex'), text: bytes.toString('utf8') };
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('digest files, byte for byte', () => {
  it('writes exactly the bytes it wrote before extra sections existed, when there are none', async () => {
    const files = await writeAll();
    expect(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.sha256]))).toEqual(GOLDEN);
  });
});

/** The SHA-256 of each file as written before extra sections were added to the writers. */
const GOLDEN: Record<string, string> = {
  content: '707b01e4e6e8eff537545533a60b92fc31cac6ca68f4cd73504b4a9b75cf2be6',
  csv: 'c2504659ec81a538d0372a6a3f36cb43e6d4ea51ed4d517121a3a4b478957257',
  docx: '78daff36339f744186ef048a2404c3dcaed7c62f46cc64cb6f7c5b2b6f8a0bb7',
  html: 'f3e98ac0ec0f2756f600f71848ff10d25505f2ebc572f5de53ec27f704d04200',
  json: 'bb8eb574e27db4e90efeed36c57d155e816904352cf1f92a3ef1e5d0e5c07093',
  md: '7fb337104976288f59949bac15886a14117a8b43dbabc91a9967f8e9b7fc6c76',
};
