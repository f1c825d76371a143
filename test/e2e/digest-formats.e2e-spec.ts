import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Region } from '@app/identity';
import {
  compileDigestAndWait,
  createApprovedSubmission,
  createDigestOrganisation,
  createDigestWorld,
  csvRecords,
  DigestFileFormat,
  DigestView,
  DigestWorld,
  docxPart,
  downloadAllDigestFiles,
  pdfText,
  sha256Hex,
  stripBidiMarks,
  TestPlenary,
} from '@app/testing';

const ARABIC_TITLE = 'حماية المبلغين عن المخالفات في الاتفاقية';
const CHINESE_TITLE = '网络犯罪公约中的隐私保护';
const FORMULA_TITLE = '=HYPERLINK("http://evil.example","click")';

/**
 * What a reader of the files notices: Arabic and Chinese come out as text (in logical order) in the
 * PDF and DOCX, Arabic is laid out right to left, a spreadsheet opening the CSV runs no formula, and
 * the JSON's content hashes to the digest's content hash.
 */
describe('digest files: scripts, formula injection, canonical JSON (api + worker)', () => {
  let plenary: TestPlenary;
  let storageDir: string;
  let world: DigestWorld;
  let digest: DigestView;
  let files: Record<DigestFileFormat, Buffer>;

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'plenary-digest-formats-'));
    plenary = await TestPlenary.start({ api: { FILE_STORAGE_DIR: storageDir } });
    world = await createDigestWorld(plenary);
    const ag = await createDigestOrganisation(world, { region: Region.AG, name: 'Nairobi Digital Rights Forum' });
    const apg = await createDigestOrganisation(world, { region: Region.APG, name: 'Asia-Pacific Privacy Network' });
    await createApprovedSubmission(world, ag, {
      title: ARABIC_TITLE,
      summary: 'نقترح ضمانات صريحة لحماية المبلغين عن المخالفات والصحفيين من الملاحقة بموجب الاتفاقية.',
      body: 'يجب أن تتضمن الاتفاقية **ضمانات واضحة** لحماية المبلغين عن المخالفات.',
      language: 'ar',
    });
    await createApprovedSubmission(world, apg, {
      title: CHINESE_TITLE,
      summary: '我们建议在跨境数据调取中加入比例原则和独立监督，以保护个人隐私。',
      body: '跨境电子证据调取必须遵守**必要性和比例原则**。',
      language: 'zh',
    });
    await createApprovedSubmission(world, ag, {
      title: FORMULA_TITLE,
      summary: '+1 cells that start with plus',
      body: 'Plain body.',
    });
    await createApprovedSubmission(world, ag, {
      title: 'Minus summary',
      summary: '-1 cells that start with minus',
      body: '@SUM(1) as the body',
    });
    await createApprovedSubmission(world, ag, {
      title: 'At summary',
      summary: '@SUM(1) cells that start with at',
      body: '=1+1',
    });
    await plenary.startWorker();
    digest = await compileDigestAndWait(world, 'PUBLIC');
    files = await downloadAllDigestFiles(plenary, digest.id, world.staff.token);
  }, 120_000);

  afterAll(async () => {
    await plenary?.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('PDF text holds the Arabic title in logical order and the Chinese title', async () => {
    expect(files.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const lines = stripBidiMarks(await pdfText(files.pdf))
      .split('\n')
      .map((l) => l.trim());
    expect(lines).toContain(ARABIC_TITLE);
    expect(lines).toContain(CHINESE_TITLE);
  });

  it('DOCX holds both titles, and the Arabic paragraph is marked bidi and right-to-left', async () => {
    const xml = await docxPart(files.docx);
    const paragraphs = xml.match(/<w:p>.*?<\/w:p>/g) ?? [];
    const arabic = paragraphs.find((p) => p.includes(`>${ARABIC_TITLE}</w:t>`));
    const chinese = paragraphs.find((p) => p.includes(`>${CHINESE_TITLE}</w:t>`));
    expect(arabic).toBeDefined();
    expect(arabic).toContain('<w:bidi/>');
    expect(arabic).toContain('<w:rtl/>');
    expect(chinese).toBeDefined();
    expect(chinese).not.toContain('<w:rtl/>');
  });

  it('HTML puts dir="rtl" on the Arabic article and not on the Chinese one', () => {
    const html = files.html.toString('utf8');
    const articles = html.match(/<article[^>]*>.*?<\/article>/gs) ?? [];
    const arabic = articles.find((a) => a.includes(`<h3>${ARABIC_TITLE}</h3>`));
    const chinese = articles.find((a) => a.includes(`<h3>${CHINESE_TITLE}</h3>`));
    expect(arabic).toMatch(/^<article[^>]* lang="ar"[^>]* dir="rtl"/);
    expect(chinese).toMatch(/^<article[^>]* lang="zh"/);
    expect(chinese).not.toMatch(/^<article[^>]*dir="rtl"/);
  });

  it('CSV neutralises cells that a spreadsheet would run as a formula', () => {
    const rows = csvRecords(files.csv.toString('utf8'));
    expect(rows).toHaveLength(5);
    const byTitle = (t: string) => rows.find((r) => r.title === t || r.title === `'${t}`);
    expect(byTitle(FORMULA_TITLE)?.title).toBe(`'${FORMULA_TITLE}`);
    expect(byTitle(FORMULA_TITLE)?.summary).toBe("'+1 cells that start with plus");
    expect(byTitle('Minus summary')?.summary).toBe("'-1 cells that start with minus");
    expect(byTitle('Minus summary')?.text).toBe("'@SUM(1) as the body");
    expect(byTitle('At summary')?.summary).toBe("'@SUM(1) cells that start with at");
    expect(byTitle('At summary')?.text).toBe("'=1+1");
    // Nothing is left that a spreadsheet would evaluate.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // Ordinary text is left alone.
    expect(byTitle(ARABIC_TITLE)?.title).toBe(ARABIC_TITLE);
  });

  it('JSON parses, and its content re-serialised hashes to the reported contentHash', () => {
    const parsed = JSON.parse(files.json.toString('utf8')) as {
      cover: { contentHash: string; version: number };
      content: unknown;
    };
    expect(digest.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256Hex(JSON.stringify(parsed.content))).toBe(digest.contentHash);
    expect(parsed.cover).toMatchObject({ contentHash: digest.contentHash, version: 1 });
  });
});
