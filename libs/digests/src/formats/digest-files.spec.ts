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
  kind: 'outcomes',
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

const CITATIONS: DigestSection = {
  kind: 'citations',
  key: 'publications',
  title: 'Publications',
  entries: [
    {
      id: '00000000-0000-4000-8000-000000000031',
      version: 4,
      title: 'Gender-responsive safeguards',
      kind: 'REPORT',
      kindLabel: 'Report',
      authors: ['Amina Diallo', 'Lucía Pérez'],
      publishedAt: '2030-01-14T16:30:00.000Z',
      language: 'en',
      doi: '10.5555/plenary.<2030>#1',
      url: 'https://journal.example.org/special-issue/safeguards',
      file: {
        url: 'https://plenary.example.org/files/publications/00000000-0000-4000-8000-000000000031',
        name: 'safeguards.pdf',
        bytes: 860_160,
        sha256: 'd'.repeat(64),
      },
      tags: [{ category: 'GENDER', slug: 'gbv', label: 'Gender-based violence' }],
      provisions: [{ id: 'article-6', title: 'Article 6' }],
      abstract: 'What the rounds *showed*: <script>alert(1)</script> safeguards.\n\n=A second paragraph.',
    },
    {
      id: '00000000-0000-4000-8000-000000000032',
      version: 1,
      title: 'الأدلة العابرة للحدود',
      kind: 'BRIEF',
      kindLabel: 'Policy brief',
      authors: [],
      publishedAt: '2030-01-15T09:00:00.000Z',
      language: 'ar',
      doi: null,
      url: null,
      file: {
        url: 'https://plenary.example.org/files/publications/00000000-0000-4000-8000-000000000032',
        name: 'brief.pdf',
        bytes: 12_500_000,
        sha256: 'e'.repeat(64),
      },
      tags: [],
      provisions: [],
      abstract: '',
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

  it('writes the outcomes section exactly as before sections of other kinds existed', async () => {
    const files = await writeAll([SECTION]);
    expect(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.sha256]))).toEqual(GOLDEN_OUTCOMES);
  });

  it('cites publications in every format: kind, authors, date, language, DOI, link and file, abstract as plain text', async () => {
    const files = await writeAll([CITATIONS, SECTION]);
    const json = JSON.parse(files.json.text) as { content: { extraSections: Record<string, unknown>[] } };
    expect(json.content.extraSections.map((s) => s.key)).toEqual(['publications', 'side-meetings']);
    expect(json.content.extraSections[0]).toEqual({
      key: 'publications',
      title: 'Publications',
      entries: CITATIONS.entries.map((e) => ({ ...e })),
    });
    expect(createHash('sha256').update(JSON.stringify(json.content)).digest('hex')).toBe(files.content.sha256);
    const doi = 'https://doi.org/10.5555/plenary.%3C2030%3E%231';
    const file = 'https://plenary.example.org/files/publications/00000000-0000-4000-8000-000000000031';
    for (const format of ['md', 'html', 'docx', 'csv']) {
      const text = files[format].text;
      if (format !== 'csv') {
        const at = text.indexOf('Publications', text.indexOf('Western European'));
        expect(at).toBeGreaterThan(-1);
        expect(text.indexOf('Gender-responsive safeguards', at)).toBeGreaterThan(at);
        expect(text.indexOf('Side meetings and trainings', at)).toBeGreaterThan(at);
        expect(text).toContain(
          'Report · Authors: Amina Diallo; Lucía Pérez · published 14 January 2030 · language: en',
        );
      }
      expect(text).toContain(doi);
      expect(text).toContain('https://journal.example.org/special-issue/safeguards');
      expect(text).toContain(file);
      expect(text).toContain('Open-access file (safeguards.pdf, 840 KB)');
      expect(text).toContain('Open-access file (brief.pdf, 11.9 MB)');
      if (format !== 'csv') expect(text).not.toContain('<script>alert(1)</script> safeguards');
    }
    expect(files.md.text).toContain(`DOI 10.5555/plenary.\\<2030\\>\\#1: <${doi}>`);
    expect(files.md.text).toContain('What the rounds \\*showed\\*');
    const html = files.html.text;
    expect(html).toContain(`<a href="${doi}">${doi}</a>`);
    expect(html).toContain(`<a href="${file}">${file}</a>`);
    expect(html).toMatch(/<article id="p-[^"]+31" lang="en"><h3>Gender-responsive safeguards<\/h3>/);
    expect(html).toMatch(/<article id="p-[^"]+32" lang="ar" dir="rtl"><h3>الأدلة العابرة للحدود<\/h3>/);
    expect(html).toContain(
      '<p>What the rounds *showed*: &lt;script&gt;alert(1)&lt;/script&gt; safeguards.</p><p>=A second paragraph.</p>',
    );
    expect(html).toContain('<li><a href="#section-publications">Publications</a></li>');
    const brief = (files.docx.text.match(/<w:p>.*?<\/w:p>/g) ?? []).find((p) => p.includes('الأدلة العابرة'));
    expect(brief).toContain('<w:rtl/>');
    const rows = files.csv.text.trim().split('\r\n');
    expect(rows).toHaveLength(1 + ENTRIES.length + CITATIONS.entries.length + SECTION.entries.length);
    expect(rows[3]).toContain('"Gender-responsive safeguards","Authors: Amina Diallo; Lucía Pérez"');
    expect(rows[3]).toContain(
      `"Publications: Report, published 14 January 2030, DOI 10.5555/plenary.<2030>#1: ${doi}, `,
    );
    // The CSV holds the abstract as it is (a cell is data, not markup).
    expect(rows[3]).toContain(
      '"What the rounds *showed*: <script>alert(1)</script> safeguards.\n\n=A second paragraph."',
    );
  });
});

/** The SHA-256 of each file with the outcomes section, as written before publications were cited. */
const GOLDEN_OUTCOMES: Record<string, string> = {
  content: '13d30c77a834a37fa78851f1aaaeec9aa618ef9225130281aac32c71a79273fc',
  csv: '31c7272c6ad94f4a6078cab7f3e42fff938b9be44fa3e7f133613e26ccef7a7b',
  docx: '0f3ac48295ecdb3630b12aac2a7660bdc4d8a93685f935c9c133aadf237e532d',
  html: '6493b54b08ef0bc9a9c94d18e9eb91aacc0bc568c40ea15f570761a110e379e3',
  json: 'e0b0c7afcc52ba5021f5ead7674e7eeae401b951c7a7946c48a5d88f3ba10522',
  md: 'a3960e8c6cb00fe8eb2f82b3ecc71dae10ab5b1a2da4e70512e2ad5a262b469d',
};

/** The SHA-256 of each file as written before extra sections were added to the writers. */
const GOLDEN: Record<string, string> = {
  content: '707b01e4e6e8eff537545533a60b92fc31cac6ca68f4cd73504b4a9b75cf2be6',
  csv: 'c2504659ec81a538d0372a6a3f36cb43e6d4ea51ed4d517121a3a4b478957257',
  docx: '78daff36339f744186ef048a2404c3dcaed7c62f46cc64cb6f7c5b2b6f8a0bb7',
  html: 'f3e98ac0ec0f2756f600f71848ff10d25505f2ebc572f5de53ec27f704d04200',
  json: 'bb8eb574e27db4e90efeed36c57d155e816904352cf1f92a3ef1e5d0e5c07093',
  md: '7fb337104976288f59949bac15886a14117a8b43dbabc91a9967f8e9b7fc6c76',
};
