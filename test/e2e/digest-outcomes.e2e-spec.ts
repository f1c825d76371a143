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
  createProgrammeEvent,
  csvRecords,
  DIGEST_FORMATS,
  DigestFileFormat,
  DigestView,
  DigestWorld,
  docxPart,
  docxText,
  downloadAllDigestFiles,
  gqlData,
  pdfText,
  sha256Hex,
  stripBidiMarks,
  TestPlenary,
} from '@app/testing';

const DAY = 24 * 3600 * 1000;
const SECTION = 'Side meetings and trainings';

/** The text a reader finds in each file (the PDF's and DOCX's extracted). */
async function readable(files: Record<DigestFileFormat, Buffer>): Promise<Record<DigestFileFormat, string>> {
  const text = {} as Record<DigestFileFormat, string>;
  for (const format of DIGEST_FORMATS) text[format] = files[format].toString('utf8');
  // Lines wrap in the PDF: its words are searched with the spacing collapsed.
  text.pdf = stripBidiMarks(await pdfText(files.pdf)).replace(/\s+/g, ' ');
  text.docx = docxText(await docxPart(files.docx));
  return text;
}

/**
 * A session's digest with the outcomes of the side meetings and trainings held beside it (issue 15
 * item 4), compiled by the worker: the "Side meetings and trainings" section in all six files, the
 * content hash reproducible, an edited outcome named in the next version's changes, a Chatham House
 * outcome attributed to nobody, and nothing else of the events (links, other sessions' outcomes).
 */
describe('digests: the side meetings and trainings section (api + worker)', () => {
  const start = new Date();
  const clock = new FixedClock(start);
  let plenary: TestPlenary;
  let storageDir: string;
  let world: DigestWorld;
  let bare: DigestWorld;
  let v1: DigestView;
  const marker = `KEYMSG${Date.now().toString(36).toUpperCase()}`;
  const links = {
    open: `https://meet.example.org/LINKCANARY-open-${marker}`,
    chatham: `https://meet.example.org/LINKCANARY-chatham-${marker}`,
  };
  const events = { open: '', chatham: '', elsewhere: '', noOutcome: '' };
  let outcomeVersion = 0;

  const record = (input: Record<string, unknown>) =>
    plenary.gql<{ recordEventOutcome: { version: number } }>(
      'mutation($i: RecordEventOutcomeInput!) { recordEventOutcome(input: $i) { version } }',
      {
        i: {
          tagIds: [world.genderTagId, world.humanRightsTagId],
          provisionIds: [],
          noGenderConsiderations: false,
          noHumanRightsConsiderations: false,
          ...input,
        },
      },
      world.staff.token,
    );

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'plenary-digest-outcomes-'));
    plenary = await TestPlenary.start({ clock, api: { FILE_STORAGE_DIR: storageDir } });
    world = await createDigestWorld(plenary, { sessionTitle: 'Seventh session (outcomes test)' });
    bare = await createDigestWorld(plenary, { sessionTitle: 'A session with no side meetings' });
    const org = await createDigestOrganisation(world, { region: Region.AG, name: 'Nairobi Digital Rights Forum' });
    await createApprovedSubmission(world, org, { title: 'Judicial authorisation', provisionIds: ['article-6'] });
    const bareOrg = await createDigestOrganisation(bare, { region: Region.WEOG, name: 'Observatoire' });
    await createApprovedSubmission(bare, bareOrg, { title: 'Dual criminality', provisionIds: ['chapter-4'] });

    const token = world.staff.token;
    events.open = (
      await createProgrammeEvent(plenary, token, {
        sessionId: world.sessionId,
        title: 'Side meeting on safeguards for survivors',
        onlineUrl: links.open,
        regions: ['AG', 'WEOG'],
        languages: ['en'],
      })
    ).id;
    events.chatham = (
      await createProgrammeEvent(plenary, token, {
        sessionId: world.sessionId,
        type: 'TRAINING',
        title: 'تدريب على الضمانات',
        onlineUrl: links.chatham,
        chathamHouse: true,
        languages: ['ar'],
        startsAt: new Date(start.getTime() + 9 * DAY),
      })
    ).id;
    events.noOutcome = (
      await createProgrammeEvent(plenary, token, { sessionId: world.sessionId, title: 'A meeting with no outcome yet' })
    ).id;
    // Not tied to a negotiation session: its outcome is in no session's digest.
    events.elsewhere = (await createProgrammeEvent(plenary, token, { title: 'Elsewhere' })).id;
    clock.set(new Date(start.getTime() + 11 * DAY));
    outcomeVersion = gqlData(
      await record({
        eventId: events.open,
        provisionIds: ['article-6'],
        speakers: ['Ms A. Delegate (Kenya)'],
        keyMessages: `- States heard **survivors** (${marker}).\n- Safeguards must be *explicit*.`,
      }),
      'open outcome',
    ).recordEventOutcome.version;
    gqlData(
      await record({ eventId: events.chatham, keyMessages: `- استمعت الدول إلى **الناجين** ${marker}-AR.` }),
      'chatham outcome',
    );
    // An outcome of an event tied to no session stays out of the digest.
    gqlData(await record({ eventId: events.elsewhere, keyMessages: `ELSEWHERE${marker}` }), 'elsewhere outcome');
    await plenary.startWorker();
    v1 = await compileDigestAndWait(world, 'PUBLIC', 120_000);
  }, 240_000);

  afterAll(async () => {
    await plenary?.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  it('puts the outcomes in all six files, after the regions, Chatham House attributed to nobody, no link', async () => {
    expect(v1).toMatchObject({ status: 'READY', version: 1, submissionCount: 1 });
    const text = await readable(await downloadAllDigestFiles(plenary, v1.id, world.staff.token));
    for (const format of DIGEST_FORMATS) {
      const t = text[format];
      if (format !== 'csv') expect(t).toContain(SECTION);
      expect(t).toContain('Side meeting on safeguards for survivors');
      expect(t).toContain(marker);
      expect(t).toContain('تدريب على الضمانات');
      expect(t).toContain('Ms A. Delegate (Kenya)');
      if (format !== 'json') expect(t).toContain('Held under the Chatham House Rule: not attributed');
      for (const leak of [links.open, links.chatham, 'LINKCANARY', `ELSEWHERE${marker}`, 'A meeting with no outcome'])
        expect(t).not.toContain(leak);
      // The section follows the submissions.
      if (format !== 'csv' && format !== 'json')
        expect(t.lastIndexOf(SECTION)).toBeGreaterThan(t.indexOf('Judicial authorisation'));
    }
    const json = JSON.parse(text.json) as {
      content: { extraSections: { key: string; title: string; entries: Record<string, unknown>[] }[] };
    };
    expect(sha256Hex(JSON.stringify(json.content))).toBe(v1.contentHash);
    expect(json.content.extraSections).toHaveLength(1);
    const [section] = json.content.extraSections;
    expect(section).toMatchObject({ key: 'side-meetings', title: SECTION });
    // By start: the training (day 9) before the side meeting (day 10).
    expect(section.entries.map((e) => e.id)).toEqual([events.chatham, events.open]);
    expect(section.entries[0]).toMatchObject({
      type: 'TRAINING',
      chathamHouse: true,
      speakers: [],
      language: 'ar',
    });
    expect(section.entries[1]).toMatchObject({
      type: 'SIDE_MEETING',
      typeLabel: 'Side meeting (Track 1.5/2)',
      regions: ['AG', 'WEOG'],
      speakers: ['Ms A. Delegate (Kenya)'],
      provisions: [{ id: 'article-6', title: expect.any(String) }],
      version: outcomeVersion,
    });
    expect((section.entries[1].tags as { category: string }[]).map((t) => t.category).sort()).toEqual([
      'GENDER',
      'HUMAN_RIGHTS',
    ]);
    // The HTML lays the Arabic outcome out right to left; the CSV has a row per outcome.
    expect(text.html).toMatch(new RegExp(`<article id="o-${events.chatham}" lang="ar" dir="rtl">`));
    const rows = csvRecords(text.csv);
    expect(rows.map((r) => r.submission_id)).toEqual(expect.arrayContaining([events.chatham, events.open]));
    expect(rows.find((r) => r.submission_id === events.open)?.summary).toMatch(/^Side meetings and trainings: /);
  }, 60_000);

  it('is reproducible: compiled again from the same data, the same content hash (UNCHANGED)', async () => {
    // Forget that v1 stands for the current inputs, so the request compiles afresh.
    await plenary.dataSource.query('UPDATE digests SET input_fingerprint = NULL WHERE id = $1', [v1.id]);
    const again = await compileDigestAndWait(world, 'PUBLIC', 120_000);
    expect(again.id).not.toBe(v1.id);
    expect(again).toMatchObject({ status: 'UNCHANGED', sameAsId: v1.id, version: 1, contentHash: v1.contentHash });
    // Nothing changed since: asking again answers the existing version without compiling.
    const third = await compileDigestAndWait(world, 'PUBLIC');
    expect(third.contentHash).toBe(v1.contentHash);
  }, 150_000);

  it('editing an outcome makes a new version whose changes name that outcome', async () => {
    gqlData(
      await record({
        eventId: events.open,
        expectedVersion: outcomeVersion,
        provisionIds: ['article-6'],
        speakers: ['Ms A. Delegate (Kenya)'],
        keyMessages: `- States heard survivors and agreed on EDITED${marker}.`,
      }),
      'edit',
    );
    const v2 = await compileDigestAndWait(world, 'PUBLIC', 120_000);
    expect(v2).toMatchObject({ status: 'READY', version: 2 });
    expect(v2.contentHash).not.toBe(v1.contentHash);
    expect(v2.changes).toEqual({
      previousVersion: 1,
      added: [],
      removed: [],
      changed: [
        {
          id: events.open,
          title: 'Side meeting on safeguards for survivors',
          section: SECTION,
          sectionKey: 'side-meetings',
        },
      ],
    });
    const text = await readable(await downloadAllDigestFiles(plenary, v2.id, world.staff.token));
    expect(text.md).toContain(`**Changed** (1): Side meeting on safeguards for survivors (${SECTION})`);
    expect(text.html).toContain(`Changed (1): Side meeting on safeguards for survivors (${SECTION})`);
    for (const format of DIGEST_FORMATS) {
      expect(text[format]).toContain(`EDITED${marker}`);
      expect(text[format]).not.toContain(`(${marker})`);
    }
  }, 150_000);

  it('a session without outcomes gets no section, not even an empty one', async () => {
    const digest = await compileDigestAndWait(bare, 'PUBLIC', 120_000);
    const files = await downloadAllDigestFiles(plenary, digest.id, bare.staff.token);
    const json = JSON.parse(files.json.toString('utf8')) as { content: Record<string, unknown> };
    expect(Object.keys(json.content)).toEqual(['session', 'edition', 'statistics', 'sections', 'indexByTag']);
    const text = await readable(files);
    for (const format of DIGEST_FORMATS) {
      expect(text[format]).not.toContain(SECTION);
      expect(text[format]).not.toContain('Side meeting');
      expect(text[format]).not.toContain(`ELSEWHERE${marker}`);
    }
    expect(csvRecords(text.csv)).toHaveLength(1);
  }, 150_000);
});
