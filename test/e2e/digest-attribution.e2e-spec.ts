import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Region } from '@app/identity';
import { Disclosure } from '@app/submissions';
import {
  createApprovedSubmission,
  createDigestOrganisation,
  createDigestWorld,
  csvRecords,
  DIGEST_FORMATS,
  DigestFileFormat,
  DigestOrganisation,
  DigestView,
  DigestWorld,
  docxPart,
  docxText,
  downloadAllDigestFiles,
  marker,
  pdfText,
  requestDigest,
  TestPlenary,
  waitForDigest,
} from '@app/testing';

type Edition = 'PUBLIC' | 'INTERNAL';

/** The public wording of a masked organisation (PRODUCT.md, "Disclosure"), written out here on purpose. */
const MASKED: Record<Region, string> = {
  [Region.AG]: 'a civil-society organisation from the African Group',
  [Region.APG]: 'a civil-society organisation from the Asia-Pacific Group',
  [Region.EEG]: 'a civil-society organisation from the Eastern European Group',
  [Region.GRULAC]: 'a civil-society organisation from the Latin American and Caribbean Group',
  [Region.WEOG]: 'a civil-society organisation from the Western European and Others Group',
};

/** Each disclosure's submission comes from its own region, so a masked attribution says whose it is. */
const REGION_OF: Record<Disclosure, Region> = {
  [Disclosure.NAMED]: Region.AG,
  [Disclosure.REGION_ONLY]: Region.APG,
  [Disclosure.ANONYMOUS]: Region.EEG,
  [Disclosure.INTERNAL_ONLY]: Region.GRULAC,
};
const COSIGNER_REGION = Region.WEOG;
const DISCLOSURES = Object.values(Disclosure);

interface Planted {
  title: string;
  org: DigestOrganisation;
  cosigner: DigestOrganisation;
}

/** Whitespace removed: PDF text breaks lines anywhere, so phrases are compared without it. */
const squash = (text: string): string => text.replace(/\s+/g, '');

/** The planted marker inside a name or title (its …MARK… word). */
const markerOf = (text: string): string => text.split(' ').find((w) => /MARK/.test(w)) ?? text;

/** Every way a file's bytes may spell ASCII text: UTF-8/Latin-1, and UTF-16 in either byte order and alignment. */
function rawReadings(raw: Buffer): string[] {
  const swapped = Buffer.from(raw.subarray(0, raw.length - (raw.length % 2))).swap16();
  return [
    raw.toString('latin1'),
    raw.toString('utf16le'),
    raw.subarray(1).toString('utf16le'),
    swapped.toString('utf16le'),
    Buffer.from(swapped.subarray(1)).toString('utf16le'),
  ];
}

/**
 * Attribution in every file of both editions, read the way a reader gets them: the JSON, Markdown,
 * HTML and CSV as written, the PDF through pdftotext and the DOCX through its document.xml. Unique
 * markers are planted in organisation names, people's names and emails, and titles; every byte of
 * every file is searched for the ones that must never appear.
 */
describe('digest attribution per disclosure and edition, in every format (api + worker)', () => {
  let plenary: TestPlenary;
  let storageDir: string;
  let world: DigestWorld;
  const planted = {} as Record<Disclosure, Planted>;
  const personMarkers: string[] = [];
  const digests = {} as Record<Edition, DigestView>;
  /** Per edition and format: the raw bytes, the text a reader sees and, for DOCX, every part unzipped. */
  const files = {} as Record<Edition, Record<DigestFileFormat, { raw: Buffer; text: string; parts?: string }>>;

  const person = (label: string) => {
    const m = marker(`PERSONMARK${label}`);
    personMarkers.push(m);
    return { name: `Person ${m}`, email: `${m.toLowerCase()}@example.org` };
  };

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'plenary-digest-attribution-'));
    plenary = await TestPlenary.start({ api: { FILE_STORAGE_DIR: storageDir } });
    const staff = person('STAFF');
    const moderator = person('MODERATOR');
    world = await createDigestWorld(plenary, { staff, moderator });
    for (const disclosure of DISCLOSURES) {
      const admin = person(disclosure);
      const org = await createDigestOrganisation(world, {
        region: REGION_OF[disclosure],
        name: `${marker(`ORGMARK${disclosure}`)} Forum`,
        adminName: admin.name,
        adminEmail: admin.email,
      });
      const cosignerAdmin = person(`COSIGNER${disclosure}`);
      const cosigner = await createDigestOrganisation(world, {
        region: COSIGNER_REGION,
        name: `${marker(`COSIGNMARK${disclosure}`)} Coalition`,
        adminName: cosignerAdmin.name,
        adminEmail: cosignerAdmin.email,
      });
      planted[disclosure] = { title: `Position ${marker(`TITLEMARK${disclosure}`)} on safeguards`, org, cosigner };
    }
    for (const disclosure of DISCLOSURES) {
      const p = planted[disclosure];
      await createApprovedSubmission(world, p.org, {
        title: p.title,
        disclosure,
        // Every co-signer (one per disclosure) signs the NAMED submission, which both editions carry.
        cosigners:
          disclosure === Disclosure.NAMED
            ? DISCLOSURES.map((d) => ({ organisation: planted[d].cosigner, disclosure: d }))
            : [],
      });
    }
    await plenary.startWorker();
    const queued = await Promise.all(
      (['PUBLIC', 'INTERNAL'] as const).map((e) => requestDigest(plenary, world.staff.token, world.sessionId, e)),
    );
    for (const [i, edition] of (['PUBLIC', 'INTERNAL'] as const).entries()) {
      const id = queued[i].data?.compileDigest.id;
      if (!id) throw new Error(`compileDigest ${edition}: ${JSON.stringify(queued[i].errors)}`);
      digests[edition] = await waitForDigest(plenary, world.staff.token, id);
      const raw = await downloadAllDigestFiles(plenary, id, world.staff.token);
      const docxXml = await docxPart(raw.docx);
      files[edition] = {
        json: { raw: raw.json, text: raw.json.toString('utf8') },
        md: { raw: raw.md, text: raw.md.toString('utf8') },
        html: { raw: raw.html, text: raw.html.toString('utf8') },
        csv: { raw: raw.csv, text: raw.csv.toString('utf8') },
        pdf: { raw: raw.pdf, text: await pdfText(raw.pdf) },
        docx: { raw: raw.docx, text: docxText(docxXml), parts: await docxPart(raw.docx, null) },
      };
    }
  }, 150_000);

  afterAll(async () => {
    await plenary?.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  const orgName = (d: Disclosure) => planted[d].org.name;
  const cosignerName = (d: Disclosure) => planted[d].cosigner.name;

  describe.each(['PUBLIC', 'INTERNAL'] as const)('%s edition', (edition) => {
    const expectAttribution = (text: string, format: string) => {
      const t = squash(text);
      const has = (needle: string) => t.includes(squash(needle));
      const where = `${edition} ${format}`;
      const check = (what: string, actual: boolean, expected: boolean) =>
        expect({ where, what, present: actual }).toEqual({ where, what, present: expected });

      // NAMED: the organisation's name, in both editions.
      check('NAMED title', has(planted.NAMED.title), true);
      check('NAMED organisation', has(orgName(Disclosure.NAMED)), true);
      // REGION_ONLY: masked in PUBLIC, named in INTERNAL.
      check('REGION_ONLY title', has(planted.REGION_ONLY.title), true);
      check('REGION_ONLY organisation', has(orgName(Disclosure.REGION_ONLY)), edition === 'INTERNAL');
      check('REGION_ONLY masked wording', has(MASKED[REGION_OF.REGION_ONLY]), edition === 'PUBLIC');
      // ANONYMOUS: masked in both.
      check('ANONYMOUS title', has(planted.ANONYMOUS.title), true);
      check('ANONYMOUS masked wording', has(MASKED[REGION_OF.ANONYMOUS]), true);
      // INTERNAL_ONLY: left out of PUBLIC entirely, named in INTERNAL.
      check('INTERNAL_ONLY title', has(planted.INTERNAL_ONLY.title), edition === 'INTERNAL');
      check('INTERNAL_ONLY organisation', has(orgName(Disclosure.INTERNAL_ONLY)), edition === 'INTERNAL');
      check('INTERNAL_ONLY masked wording', has(MASKED[REGION_OF.INTERNAL_ONLY]), false);
      // Co-signers, by their own disclosure.
      check('NAMED co-signer', has(cosignerName(Disclosure.NAMED)), true);
      check('REGION_ONLY co-signer', has(cosignerName(Disclosure.REGION_ONLY)), edition === 'INTERNAL');
      check('INTERNAL_ONLY co-signer', has(cosignerName(Disclosure.INTERNAL_ONLY)), edition === 'INTERNAL');
      check('masked co-signer wording', has(MASKED[COSIGNER_REGION]), true);
    };

    it.each(DIGEST_FORMATS)('%s shows each organisation as its disclosure allows', (format) => {
      expectAttribution(files[edition][format].text, format);
    });

    it('JSON and CSV entries carry exactly the expected attribution and co-signers', () => {
      const expected: Partial<Record<Disclosure, { attribution: string }>> = {
        [Disclosure.NAMED]: { attribution: orgName(Disclosure.NAMED) },
        [Disclosure.REGION_ONLY]: {
          attribution: edition === 'PUBLIC' ? MASKED[Region.APG] : orgName(Disclosure.REGION_ONLY),
        },
        [Disclosure.ANONYMOUS]: { attribution: MASKED[Region.EEG] },
        ...(edition === 'INTERNAL'
          ? { [Disclosure.INTERNAL_ONLY]: { attribution: orgName(Disclosure.INTERNAL_ONLY) } }
          : {}),
      };
      const cosigners = (
        edition === 'PUBLIC'
          ? [cosignerName(Disclosure.NAMED), MASKED[COSIGNER_REGION], MASKED[COSIGNER_REGION]]
          : [
              cosignerName(Disclosure.NAMED),
              cosignerName(Disclosure.REGION_ONLY),
              cosignerName(Disclosure.INTERNAL_ONLY),
              MASKED[COSIGNER_REGION],
            ]
      ).sort();

      const json = JSON.parse(files[edition].json.text) as {
        content: {
          edition: string;
          statistics: { submissions: number };
          sections: { entries: { title: string; attribution: string; cosigners: string[] }[] }[];
        };
      };
      expect(json.content.edition).toBe(edition);
      const entries = json.content.sections.flatMap((s) => s.entries);
      expect(entries.map((e) => e.title).sort()).toEqual(
        Object.keys(expected)
          .map((d) => planted[d as Disclosure].title)
          .sort(),
      );
      expect(json.content.statistics.submissions).toBe(edition === 'PUBLIC' ? 3 : 4);
      for (const [d, want] of Object.entries(expected)) {
        const entry = entries.find((e) => e.title === planted[d as Disclosure].title);
        expect({ d, attribution: entry?.attribution }).toEqual({ d, attribution: want.attribution });
        expect([...(entry?.cosigners ?? [])].sort()).toEqual(d === Disclosure.NAMED ? cosigners : []);
      }

      const rows = csvRecords(files[edition].csv.text);
      expect(rows).toHaveLength(Object.keys(expected).length);
      for (const [d, want] of Object.entries(expected)) {
        const row = rows.find((r) => r.title === planted[d as Disclosure].title);
        expect({ d, attribution: row?.attribution }).toEqual({ d, attribution: want.attribution });
        expect((row?.co_signers ?? '').split('; ').filter(Boolean).sort()).toEqual(
          d === Disclosure.NAMED ? cosigners : [],
        );
      }
    });

    it.each(DIGEST_FORMATS)('%s holds no person and no ANONYMOUS organisation anywhere, in any byte', (format) => {
      const { raw, text, parts = '' } = files[edition][format];
      const haystacks = [text, squash(text), parts, ...rawReadings(raw)].map((h) => h.toLowerCase());
      const never = [
        ...personMarkers,
        markerOf(orgName(Disclosure.ANONYMOUS)),
        markerOf(cosignerName(Disclosure.ANONYMOUS)),
      ];
      if (edition === 'PUBLIC') {
        // Names the public may not learn, and the INTERNAL_ONLY entry as a whole.
        never.push(markerOf(orgName(Disclosure.REGION_ONLY)), markerOf(cosignerName(Disclosure.REGION_ONLY)));
        never.push(
          markerOf(orgName(Disclosure.INTERNAL_ONLY)),
          markerOf(cosignerName(Disclosure.INTERNAL_ONLY)),
          markerOf(planted.INTERNAL_ONLY.title),
        );
      }
      const found = never.filter((m) => haystacks.some((h) => h.includes(m.toLowerCase())));
      expect({ edition, format, found }).toEqual({ edition, format, found: [] });
      // The search itself works: the NAMED organisation's marker is found the same way.
      expect(haystacks.some((h) => h.includes(markerOf(orgName(Disclosure.NAMED)).toLowerCase()))).toBe(true);
    });
  });

  it('both editions compiled once each, from the same approved submissions', () => {
    expect(digests.PUBLIC).toMatchObject({ edition: 'PUBLIC', status: 'READY', version: 1, submissionCount: 3 });
    expect(digests.INTERNAL).toMatchObject({ edition: 'INTERNAL', status: 'READY', version: 1, submissionCount: 4 });
  });
});
