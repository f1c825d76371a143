import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Region } from '@app/identity';
import { FixedClock } from '@app/platform';
import {
  compileDigestAndWait,
  createApprovedSubmission,
  createDigestOrganisation,
  createDigestWorld,
  createPublication,
  csvRecords,
  DIGEST_FORMATS,
  DigestFileFormat,
  DigestView,
  DigestWorld,
  docxPart,
  docxText,
  downloadAllDigestFiles,
  pdfText,
  PublicationRef,
  publishPublication,
  requestDigest,
  sha256Hex,
  stripBidiMarks,
  TestPlenary,
  updatePublication,
} from '@app/testing';

const DAY = 24 * 3600 * 1000;
const SECTION = 'Publications';
const PUBLIC_URL = 'https://plenary.example.org';

/** The text a reader finds in each file (the PDF's and DOCX's extracted). */
async function readable(files: Record<DigestFileFormat, Buffer>): Promise<Record<DigestFileFormat, string>> {
  const text = {} as Record<DigestFileFormat, string>;
  for (const format of DIGEST_FORMATS) text[format] = files[format].toString('utf8');
  // Lines wrap in the PDF: its words are searched with the spacing collapsed.
  text.pdf = stripBidiMarks(await pdfText(files.pdf)).replace(/\s+/g, ' ');
  text.docx = docxText(await docxPart(files.docx));
  return text;
}

interface CitationJson {
  id: string;
  version: number;
  kind: string;
  authors: string[];
  publishedAt: string;
  doi: string | null;
  url: string | null;
  file: { url: string; name: string; bytes: number; sha256: string } | null;
  tags: { category: string }[];
  provisions: { id: string }[];
  abstract: string;
}

/**
 * A session's digest cites the programme's publications that inform it (issue 15 item 6), compiled
 * by the worker: the "Publications" section in all six files with kind, authors, date, language,
 * DOI link, link elsewhere, the open-access file's public link and the abstract; a draft never, nor
 * a publication of no session. Publishing, editing or moving one away makes the next compile a new
 * version whose changes name it; editing a draft changes nothing.
 */
describe('digests: the publications section (api + worker)', () => {
  const start = new Date();
  const clock = new FixedClock(start);
  let plenary: TestPlenary;
  let storageDir: string;
  let world: DigestWorld;
  let v1: DigestView;
  const marker = `PUBCITE${Date.now().toString(36).toUpperCase()}`;
  const DRAFT_CANARY = `DRAFTCANARY${marker}`;
  const pdf = Buffer.from('%PDF-1.4\n% the open-access report\n%%EOF\n');
  let report: PublicationRef;
  let brief: PublicationRef;
  let draft: PublicationRef;
  let later: PublicationRef;

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'plenary-digest-publications-'));
    plenary = await TestPlenary.start({ clock, api: { FILE_STORAGE_DIR: storageDir, PUBLIC_URL } });
    world = await createDigestWorld(plenary, { sessionTitle: 'Seventh session (publications test)' });
    const org = await createDigestOrganisation(world, { region: Region.AG, name: 'Nairobi Digital Rights Forum' });
    await createApprovedSubmission(world, org, { title: 'Judicial authorisation', provisionIds: ['article-6'] });
    const token = world.staff.token;
    const sessionId = world.sessionId;

    // Created first, published second: the digest orders by publication date.
    report = await createPublication(
      plenary,
      token,
      {
        title: 'Gender-responsive safeguards',
        authors: ['Amina Diallo', 'Lucía Pérez'],
        abstract: `What the rounds showed about safeguards (${marker}).`,
        doi: '10.5555/plenary.report.2030',
        sessionId,
        tagIds: [world.genderTagId, world.humanRightsTagId],
        provisionIds: ['article-6'],
      },
      { file: { name: 'Gender-responsive safeguards.pdf', content: pdf } },
    );
    brief = await createPublication(plenary, token, {
      kind: 'BRIEF',
      title: 'موجز عن الأدلة العابرة للحدود',
      authors: [],
      abstract: `موجز ${marker}-AR.`,
      language: 'ar',
      doi: null,
      url: 'https://journal.example.org/special-issue/cross-border-evidence',
      sessionId,
    });
    // A draft of the session, full of a canary: never cited, whatever it holds.
    draft = await createPublication(plenary, token, {
      title: `${DRAFT_CANARY} title`,
      authors: [`${DRAFT_CANARY} Author`],
      abstract: `${DRAFT_CANARY} abstract`,
      doi: '10.5555/draftcanary',
      url: `https://journal.example.org/${DRAFT_CANARY}`,
      sessionId,
    });
    // Published, but informing no session: in no session's digest.
    await createPublication(plenary, token, { title: `ELSEWHERE${marker}`, sessionId: null }, { publish: true });
    clock.set(new Date(start.getTime() + DAY));
    brief = await publishPublication(plenary, token, brief.id);
    clock.set(new Date(start.getTime() + 2 * DAY));
    report = await publishPublication(plenary, token, report.id);
    await plenary.startWorker();
    v1 = await compileDigestAndWait(world, 'PUBLIC', 120_000);
  }, 240_000);

  afterAll(async () => {
    await plenary?.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('cites the published publications in all six files, after the submissions, and no draft', async () => {
    expect(v1).toMatchObject({ status: 'READY', version: 1, submissionCount: 1 });
    const text = await readable(await downloadAllDigestFiles(plenary, v1.id, world.staff.token));
    const fileUrl = `${PUBLIC_URL}/files/publications/${report.id}`;
    const published = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(start.getTime() + 2 * DAY));
    // The PDF breaks long words and links at hyphens (and drops some): compared without them.
    const squash = (s: string) => s.replace(/[\s-]/g, '');
    for (const format of DIGEST_FORMATS) {
      const t = format === 'pdf' ? squash(text[format]) : text[format];
      const has = (s: string) => expect(t).toContain(format === 'pdf' ? squash(s) : s);
      if (format !== 'csv') has(SECTION);
      has('Gender-responsive safeguards');
      if (format !== 'pdf') has('موجز عن الأدلة العابرة للحدود');
      has(marker);
      if (format !== 'json') {
        has('Authors: Amina Diallo; Lucía Pérez');
        has('https://doi.org/10.5555/plenary.report.2030');
        has('Open-access file (Gender-responsive safeguards.pdf, 1 KB)');
        has(`published ${published}`);
      }
      has(fileUrl);
      has('https://journal.example.org/special-issue/cross-border-evidence');
      for (const leak of [DRAFT_CANARY, 'draftcanary', `ELSEWHERE${marker}`, draft.id, storageDir])
        expect(text[format]).not.toContain(leak);
      if (format !== 'csv' && format !== 'json')
        expect(t.lastIndexOf(SECTION)).toBeGreaterThan(t.indexOf('Judicial authorisation'));
    }
    // The PDF's text of the Arabic title comes out in visual order; its words are there.
    for (const word of ['موجز', 'العابرة', 'للحدود']) expect(text.pdf).toContain(word);
    const json = JSON.parse(text.json) as {
      content: { extraSections: { key: string; title: string; entries: CitationJson[] }[] };
    };
    expect(sha256Hex(JSON.stringify(json.content))).toBe(v1.contentHash);
    expect(json.content.extraSections.map((s) => s.key)).toEqual(['publications']);
    const [section] = json.content.extraSections;
    expect(section.title).toBe(SECTION);
    // By publication date: the brief (day 1) before the report (day 2), though created after it.
    expect(section.entries.map((e) => e.id)).toEqual([brief.id, report.id]);
    expect(section.entries[0]).toMatchObject({ kind: 'BRIEF', language: 'ar', doi: null, file: null, authors: [] });
    expect(section.entries[1]).toMatchObject({
      kind: 'REPORT',
      version: report.version,
      authors: ['Amina Diallo', 'Lucía Pérez'],
      publishedAt: new Date(start.getTime() + 2 * DAY).toISOString(),
      doi: '10.5555/plenary.report.2030',
      file: { url: fileUrl, name: 'Gender-responsive safeguards.pdf', bytes: pdf.length, sha256: sha256Hex(pdf) },
      provisions: [{ id: 'article-6', title: expect.any(String) }],
    });
    expect(section.entries[1].tags.map((t) => t.category).sort()).toEqual(['GENDER', 'HUMAN_RIGHTS']);
    // Nothing a reader cannot see: no storage key or who prepared it.
    expect(Object.keys(section.entries[1]).sort()).toEqual(
      [
        'abstract',
        'authors',
        'doi',
        'file',
        'id',
        'kind',
        'kindLabel',
        'language',
        'provisions',
        'publishedAt',
        'tags',
        'title',
        'url',
        'version',
      ].sort(),
    );
    // The cited file is the one anyone downloads there.
    const download = await fetch(fileUrl.replace(PUBLIC_URL, plenary.url));
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
    // The HTML links the DOI and lays the Arabic brief out right to left; the CSV has a row each.
    expect(text.html).toContain(
      '<a href="https://doi.org/10.5555/plenary.report.2030">https://doi.org/10.5555/plenary.report.2030</a>',
    );
    expect(text.html).toMatch(new RegExp(`<article id="p-${brief.id}" lang="ar" dir="rtl">`));
    const rows = csvRecords(text.csv);
    expect(rows.find((r) => r.submission_id === report.id)?.summary).toMatch(/^Publications: Report, published /);
    expect(rows.find((r) => r.submission_id === brief.id)?.attribution).toBe('');
  }, 60_000);

  it('is reproducible, and editing a draft makes no new version', async () => {
    await plenary.dataSource.query('UPDATE digests SET input_fingerprint = NULL WHERE id = $1', [v1.id]);
    const again = await compileDigestAndWait(world, 'PUBLIC', 120_000);
    expect(again).toMatchObject({ status: 'UNCHANGED', sameAsId: v1.id, version: 1, contentHash: v1.contentHash });
    draft = await updatePublication(plenary, world.staff.token, draft, { abstract: `${DRAFT_CANARY} edited` });
    // The draft is no input of the digest: asking again answers the current version, nothing compiled.
    const asked = await requestDigest(plenary, world.staff.token, world.sessionId, 'PUBLIC');
    expect([v1.id, again.id]).toContain(asked.data?.compileDigest.id);
    expect(asked.data?.compileDigest.contentHash).toBe(v1.contentHash);
  }, 150_000);

  it('publishing one makes a new version that names it as added', async () => {
    clock.set(new Date(start.getTime() + 3 * DAY));
    later = await createPublication(
      plenary,
      world.staff.token,
      { kind: 'JOURNAL_ARTICLE', title: 'Cross-border evidence and people at risk', sessionId: world.sessionId },
      { publish: true },
    );
    const v2 = await compileDigestAndWait(world, 'PUBLIC', 120_000);
    expect(v2).toMatchObject({ status: 'READY', version: 2 });
    expect(v2.contentHash).not.toBe(v1.contentHash);
    expect(v2.changes).toEqual({
      previousVersion: 1,
      added: [
        {
          id: later.id,
          title: 'Cross-border evidence and people at risk',
          section: SECTION,
          sectionKey: 'publications',
        },
      ],
      removed: [],
      changed: [],
    });
    const text = await readable(await downloadAllDigestFiles(plenary, v2.id, world.staff.token));
    expect(text.md).toContain(`**Added** (1): Cross-border evidence and people at risk (${SECTION})`);
    for (const format of DIGEST_FORMATS) expect(text[format]).toContain('Cross-border evidence and people at risk');
  }, 150_000);

  it('editing one and moving another to no session: a new version that names them changed and removed', async () => {
    report = await updatePublication(plenary, world.staff.token, report, {
      abstract: `The report, revised: EDITED${marker}.`,
    });
    brief = await updatePublication(plenary, world.staff.token, brief, { sessionId: null });
    const v3 = await compileDigestAndWait(world, 'PUBLIC', 120_000);
    expect(v3).toMatchObject({ status: 'READY', version: 3 });
    expect(v3.changes).toEqual({
      previousVersion: 2,
      added: [],
      removed: [{ id: brief.id, title: 'موجز عن الأدلة العابرة للحدود', section: SECTION, sectionKey: 'publications' }],
      changed: [{ id: report.id, title: 'Gender-responsive safeguards', section: SECTION, sectionKey: 'publications' }],
    });
    const text = await readable(await downloadAllDigestFiles(plenary, v3.id, world.staff.token));
    for (const format of DIGEST_FORMATS) {
      expect(text[format]).toContain(`EDITED${marker}`);
      expect(text[format]).not.toContain(`${marker}-AR`);
      expect(text[format]).not.toContain(DRAFT_CANARY);
    }
  }, 150_000);
});
