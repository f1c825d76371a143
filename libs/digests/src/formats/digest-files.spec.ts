import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Region } from '@app/identity';
import { DigestEdition, DigestFormat } from '../entities';
import { DigestChanges, DigestContext, DigestCover, DigestEntry, DigestSection } from './digest-model';
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

const SECTION: DigestSection = {
  key: 'side-meetings',
  title: 'Side meetings and trainings',
  entries: [
    {
      id: '00000000-0000-4000-8000-000000000021',
      version: 3,
      title: 'لقاء جانبي حول الضمانات',
      type: 'SIDE_MEETING',
      typeLabel: 'Side meeting (Track 1.5/2)',
      startsAt: '2030-01-12T09:00:00.000Z',
      endsAt: '2030-01-12T11:00:00.000Z',
      timeZone: 'Europe/Vienna',
      regions: [Region.AG, Region.WEOG],
      language: 'ar',
      chathamHouse: true,
      speakers: [],
      tags: [{ category: 'GENDER', slug: 'gbv', label: 'Gender-based violence' }],
      provisions: [{ id: 'article-6', title: 'Article 6' }],
      keyMessages: '- الدول **استمعت** إلى الناجين.',
    },
    {
      id: '00000000-0000-4000-8000-000000000022',
      version: 1,
      title: 'Training on safeguards',
      type: 'TRAINING',
      typeLabel: 'Training',
      startsAt: '2030-01-13T09:00:00.000Z',
      endsAt: '2030-01-13T11:00:00.000Z',
      timeZone: 'UTC',
      regions: [],
      language: null,
      chathamHouse: false,
      speakers: ['Ms A. Delegate (Kenya)'],
      tags: [],
      provisions: [],
      keyMessages: '=Participants asked for <script>alert(1)</script> **clear** safeguards.',
    },
  ],
};

/** Every format but the PDF (Chromium stamps its own dates), written from the model above. */
async function writeAll(sections: DigestSection[] = []): Promise<Record<string, { sha256: string; text: string }>> {
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
    for (const section of sections) for (const { writer } of writers) await writer.extraSection(section);
    for (const { writer } of writers) await writer.indexTag(ENTRIES[0].tags[0]);
    for (const { writer } of writers) await writer.indexEntry(ENTRIES[0]);
    const contentHash = await set.json.contentHash();
    const out: Record<string, { sha256: string; text: string }> = { content: { sha256: contentHash, text: '' } };
    for (const { format, writer } of writers) {
      const path = await writer.finish(COVER, CHANGES);
      const bytes = readFileSync(path);
      const text =
        format === DigestFormat.DOCX
          ? execFileSync('unzip', ['-p', path, 'word/document.xml']).toString('utf8')
          : bytes.toString('utf8');
      out[format] = { sha256: createHash('sha256').update(bytes).digest('hex'), text };
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

  it('writes an added section into every format, after the regions and before the index', async () => {
    const files = await writeAll([SECTION]);
    const json = JSON.parse(files.json.text) as { content: Record<string, unknown> };
    expect(Object.keys(json.content)).toEqual([
      'session',
      'edition',
      'statistics',
      'sections',
      'extraSections',
      'indexByTag',
    ]);
    expect(json.content.extraSections).toEqual([
      { key: SECTION.key, title: SECTION.title, entries: SECTION.entries.map((e) => ({ ...e })) },
    ]);
    expect(createHash('sha256').update(JSON.stringify(json.content)).digest('hex')).toBe(files.content.sha256);
    for (const format of ['md', 'html', 'docx']) {
      const text = files[format].text;
      const at = text.indexOf('Side meetings and trainings', text.indexOf('Western European'));
      expect(at).toBeGreaterThan(-1);
      expect(text.indexOf('Training on safeguards')).toBeGreaterThan(at);
      expect(text.indexOf('Index by tag', at)).toBeGreaterThan(at);
      expect(text).toContain('Held under the Chatham House Rule: not attributed');
      expect(text).toContain('Speakers: Ms A. Delegate (Kenya)');
      expect(text).toContain('Side meeting (Track 1.5/2) · 12 January 2030');
    }
    // HTML: the Arabic outcome right to left, the one held in several languages by its own text, raw HTML escaped.
    const html = files.html.text;
    expect(html).toMatch(/<article id="o-[^"]+21" lang="ar" dir="rtl"><h3>لقاء جانبي حول الضمانات<\/h3>/);
    expect(html).toMatch(/<article id="o-[^"]+22" dir="auto">/);
    expect(html).toContain('<li><a href="#section-side-meetings">Side meetings and trainings</a></li>');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<strong>clear</strong>');
    // DOCX: the Arabic title's paragraph is bidi.
    const arabic = (files.docx.text.match(/<w:p>.*?<\/w:p>/g) ?? []).find((p) => p.includes('لقاء جانبي'));
    expect(arabic).toContain('<w:rtl/>');
    // CSV: one row per outcome in the same table, formula-safe.
    const rows = files.csv.text.trim().split('\r\n');
    expect(rows).toHaveLength(1 + ENTRIES.length + SECTION.entries.length);
    expect(rows[4]).toContain('"\'=Participants asked');
    expect(rows[3]).toContain('"Side meetings and trainings: Side meeting (Track 1.5/2), 12 January 2030');
    expect(rows[3]).toContain('"African Group; Western European and Others Group"');
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
