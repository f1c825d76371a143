import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProvisionService, RoundService, SessionService } from '@app/consultations';
import { Region } from '@app/identity';
import { ClaimService, DecisionService, ModerationDecision, ReasonCode, TaggingService } from '@app/moderation';
import { Clock, PlatformRole } from '@app/platform';
import { CosignatureService, Disclosure, SubmissionCommandService, SubmissionEntity } from '@app/submissions';
import { TagCategory, TagService } from '@app/taxonomy';
import { createOrganisation, createUser, TestUser } from './factories';
import { eventually, GraphqlResult, TestPlenary } from './test-plenary';

/**
 * Digest test helpers: a session with an open round in every region, approved submissions made
 * through the real services (create, co-sign, submit, claim, tag, approve), compiling over GraphQL,
 * downloading over HTTP, and reading the files back (pdftotext, unzip, a CSV parser).
 */

const DAY = 24 * 3600 * 1000;

/** A country in each UN regional group (organisations get their region from their country). */
export const REGION_COUNTRIES: Record<Region, string> = {
  [Region.AG]: 'KE',
  [Region.APG]: 'PH',
  [Region.EEG]: 'GE',
  [Region.GRULAC]: 'PE',
  [Region.WEOG]: 'FR',
};

export const DIGEST_FORMATS = ['json', 'md', 'html', 'pdf', 'docx', 'csv'] as const;
export type DigestFileFormat = (typeof DIGEST_FORMATS)[number];

export interface DigestWorld {
  plenary: TestPlenary;
  staff: TestUser;
  moderator: TestUser;
  sessionId: string;
  sessionTitle: string;
  roundIds: Record<Region, string>;
  genderTagId: string;
  humanRightsTagId: string;
}

/** The reference data (treaty provisions, tag vocabulary): not in the test template. Idempotent. */
export async function seedDigestReference(plenary: TestPlenary): Promise<void> {
  await plenary.get(ProvisionService).seedReference();
  await plenary.get(TagService).seed();
}

/**
 * A staff user, a moderator, a negotiation session and a round open today in every region.
 * Names and emails can be given so a test can look for them in the digest files.
 */
export async function createDigestWorld(
  plenary: TestPlenary,
  options: {
    staff?: { name: string; email: string };
    moderator?: { name: string; email: string };
    sessionTitle?: string;
  } = {},
): Promise<DigestWorld> {
  await seedDigestReference(plenary);
  const staff = await createUser(plenary, {
    roles: [PlatformRole.STAFF],
    name: options.staff?.name ?? 'Staff',
    email: options.staff?.email,
  });
  const moderator = await createUser(plenary, {
    roles: [PlatformRole.MODERATOR],
    name: options.moderator?.name ?? 'Moderator',
    email: options.moderator?.email,
  });
  const now = plenary.get(Clock).now().getTime();
  const sessionTitle = options.sessionTitle ?? `AHC test session ${randomUUID().slice(0, 6)}`;
  const session = await plenary.get(SessionService).create(staff.actor, {
    title: sessionTitle,
    processName: 'United Nations Convention against Cybercrime',
    location: 'Vienna',
    startsAt: new Date(now + 60 * DAY),
    endsAt: new Date(now + 70 * DAY),
  });
  const rounds = plenary.get(RoundService);
  const roundIds = {} as Record<Region, string>;
  for (const region of Object.values(Region)) {
    const round = await rounds.create(staff.actor, {
      sessionId: session.id,
      region,
      title: `${region} consultation`,
      opensAt: new Date(now - DAY),
      closesAt: new Date(now + 30 * DAY),
    });
    await rounds.schedule(staff.actor, round.id);
    roundIds[region] = round.id;
  }
  const tags = await plenary.get(TagService).list(null, false);
  const gender = tags.find((t) => t.category === TagCategory.GENDER);
  const humanRights = tags.find((t) => t.category === TagCategory.HUMAN_RIGHTS);
  if (!gender || !humanRights) throw new Error('the tag vocabulary has no GENDER or HUMAN_RIGHTS tag: seed it first');
  return {
    plenary,
    staff,
    moderator,
    sessionId: session.id,
    sessionTitle,
    roundIds,
    genderTagId: gender.id,
    humanRightsTagId: humanRights.id,
  };
}

export interface DigestOrganisation {
  id: string;
  name: string;
  region: Region;
  /** Its first ADMIN (the person who created it). */
  admin: TestUser;
}

/** A VERIFIED organisation in `region`, created by a new person (name and email may carry markers). */
export async function createDigestOrganisation(
  world: DigestWorld,
  options: { region: Region; name?: string; adminName?: string; adminEmail?: string },
): Promise<DigestOrganisation> {
  const admin = await createUser(world.plenary, { name: options.adminName ?? 'Org Admin', email: options.adminEmail });
  const org = await createOrganisation(world.plenary, admin, {
    name: options.name,
    country: REGION_COUNTRIES[options.region],
  });
  return { id: org.id, name: org.name, region: options.region, admin };
}

export interface ApprovedSubmissionInput {
  title: string;
  summary?: string;
  body?: string;
  language?: string;
  disclosure?: Disclosure;
  provisionIds?: string[];
  /** Organisations that accept to co-sign (before submitting), each with its own disclosure. */
  cosigners?: { organisation: DigestOrganisation; disclosure: Disclosure }[];
}

/** A submission taken all the way to APPROVED through the services the API uses. */
export async function createApprovedSubmission(
  world: DigestWorld,
  organisation: DigestOrganisation,
  input: ApprovedSubmissionInput,
): Promise<SubmissionEntity> {
  const { plenary, moderator } = world;
  const submissions = plenary.get(SubmissionCommandService);
  const author = organisation.admin.actor;
  const draft = await submissions.create(author, {
    roundId: world.roundIds[organisation.region],
    organisationId: organisation.id,
    title: input.title,
    summary: input.summary ?? 'A short summary of the position.',
    body: input.body ?? 'The body of the position, with **some** Markdown.',
    language: input.language ?? 'en',
    disclosure: input.disclosure ?? Disclosure.NAMED,
    provisionIds: input.provisionIds ?? ['article-6'],
  });
  const cosignatures = plenary.get(CosignatureService);
  for (const c of input.cosigners ?? []) {
    const invitation = await cosignatures.invite(author, draft.id, c.organisation.id);
    await cosignatures.respond(c.organisation.admin.actor, invitation.id, true, c.disclosure);
  }
  const submitted = await submissions.submit(author, draft.id, draft.version);
  const claimed = (await plenary.get(ClaimService).claim(moderator.actor, submitted.id)).submission;
  const tagged = await plenary.get(TaggingService).setTags(moderator.actor, {
    submissionId: claimed.id,
    expectedVersion: claimed.version,
    tagIds: [world.genderTagId, world.humanRightsTagId],
    noGenderConsiderations: false,
    noHumanRightsConsiderations: false,
  });
  return plenary.get(DecisionService).decide(moderator.actor, {
    submissionId: tagged.id,
    expectedVersion: tagged.version,
    decision: ModerationDecision.APPROVE,
    reasonCode: ReasonCode.IN_SCOPE,
  });
}

/**
 * `count` approved submissions written straight to the database (one statement per table), for
 * suites that need a big digest quickly. Each has one version and the two review tags.
 */
export async function insertApprovedDigestSubmissions(
  world: DigestWorld,
  organisation: DigestOrganisation,
  count: number,
  options: { titlePrefix?: string; bodyWords?: number } = {},
): Promise<void> {
  const body = Array.from({ length: options.bodyWords ?? 40 }, (_, i) => `word${i}`).join(' ');
  const prefix = options.titlePrefix ?? 'Bulk position';
  await world.plenary.dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO submissions (round_id, session_id, region, organisation_id, author_id, title, summary, body, language, disclosure, provision_ids,
                                status, current_version, content_hash, submitted_at, version)
       SELECT $1, $2, $3, $4, $5, $6 || ' ' || lpad(g::text, 6, '0'), 'Summary of position ' || g, $7, 'en', 'NAMED', ARRAY['article-6'],
              'APPROVED', 1, md5($6 || g), now(), 1
         FROM generate_series(1, $8::int) g`,
      [
        world.roundIds[organisation.region],
        world.sessionId,
        organisation.region,
        organisation.id,
        organisation.admin.user.id,
        prefix,
        body,
        count,
      ],
    );
    await manager.query(
      `INSERT INTO submission_versions (submission_id, number, title, summary, body, language, provision_ids, content_hash)
       SELECT id, 1, title, summary, body, language, provision_ids, content_hash FROM submissions
        WHERE organisation_id = $1 AND current_version = 1 AND NOT EXISTS (SELECT 1 FROM submission_versions v WHERE v.submission_id = submissions.id)`,
      [organisation.id],
    );
    await manager.query(
      `INSERT INTO submission_tags (submission_id, tag_id)
       SELECT s.id, t.id FROM submissions s CROSS JOIN unnest($2::uuid[]) AS t(id) WHERE s.organisation_id = $1 ON CONFLICT DO NOTHING`,
      [organisation.id, [world.genderTagId, world.humanRightsTagId]],
    );
  });
}

export interface DigestFileView {
  /** The GraphQL enum name (JSON, MD, HTML, PDF, DOCX, CSV); the download path uses the lower-case form. */
  format: Uppercase<DigestFileFormat>;
  bytes: number;
  sha256: string;
  url: string;
}

/** A changed submission, or (with its section's title and key) an entry of an added section. */
export interface DigestChangeView {
  id: string;
  title: string;
  section?: string;
  sectionKey?: string;
}

export interface DigestChangesView {
  previousVersion: number | null;
  added: DigestChangeView[];
  removed: DigestChangeView[];
  changed: DigestChangeView[];
}

export interface DigestView {
  id: string;
  sessionId: string;
  edition: 'PUBLIC' | 'INTERNAL';
  version: number | null;
  status: 'QUEUED' | 'COMPILING' | 'READY' | 'UNCHANGED' | 'FAILED' | 'PUBLISHED';
  progress: number;
  submissionCount: number | null;
  contentHash: string | null;
  changes: DigestChangesView | null;
  error: string | null;
  sameAsId: string | null;
  files: DigestFileView[];
}

export const DIGEST_FIELDS =
  'id sessionId edition version status progress submissionCount contentHash changes error sameAsId files { format bytes sha256 url }';

/** compileDigest over GraphQL (staff). */
export function requestDigest(
  plenary: TestPlenary,
  token: string,
  sessionId: string,
  edition: 'PUBLIC' | 'INTERNAL',
): Promise<GraphqlResult<{ compileDigest: DigestView }>> {
  return plenary.gql<{ compileDigest: DigestView }>(
    `mutation($i: CompileDigestInput!) { compileDigest(input: $i) { ${DIGEST_FIELDS} } }`,
    {
      i: { sessionId, edition },
    },
    token,
  );
}

/** digest(id) over GraphQL, as the holder of `token` (or anonymously). */
export function queryDigest(
  plenary: TestPlenary,
  id: string,
  token?: string,
): Promise<GraphqlResult<{ digest: DigestView }>> {
  return plenary.gql<{ digest: DigestView }>(`query($id: ID!) { digest(id: $id) { ${DIGEST_FIELDS} } }`, { id }, token);
}

/** Polls digest(id) until it is compiled (READY, UNCHANGED or PUBLISHED); fails at once if it FAILED. */
export async function waitForDigest(
  plenary: TestPlenary,
  token: string,
  id: string,
  timeoutMs = 60_000,
): Promise<DigestView> {
  return eventually(async () => {
    const res = await queryDigest(plenary, id, token);
    const digest = res.data?.digest;
    if (!digest) throw new Error(`digest(${id}) answered ${JSON.stringify(res.errors)}`);
    if (digest.status === 'FAILED') throw new Error(`digest ${id} FAILED: ${digest.error}`);
    return ['READY', 'UNCHANGED', 'PUBLISHED'].includes(digest.status) ? digest : undefined;
  }, timeoutMs);
}

/** Asks for a digest (staff) and waits until a running worker has compiled it. */
export async function compileDigestAndWait(
  world: DigestWorld,
  edition: 'PUBLIC' | 'INTERNAL',
  timeoutMs = 60_000,
): Promise<DigestView> {
  const res = await requestDigest(world.plenary, world.staff.token, world.sessionId, edition);
  if (!res.data) throw new Error(`compileDigest failed: ${JSON.stringify(res.errors)}`);
  return waitForDigest(world.plenary, world.staff.token, res.data.compileDigest.id, timeoutMs);
}

export interface DownloadedFile {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** GET /digests/:id/files/:format, as the holder of `token` (or anonymously). */
export async function downloadDigestFile(
  plenary: TestPlenary,
  id: string,
  format: string,
  token?: string,
): Promise<DownloadedFile> {
  const res = await fetch(`${plenary.url}/digests/${id}/files/${format}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** Every file of a compiled digest, downloaded as staff, keyed by format. */
export async function downloadAllDigestFiles(
  plenary: TestPlenary,
  id: string,
  token: string,
): Promise<Record<DigestFileFormat, Buffer>> {
  const files = {} as Record<DigestFileFormat, Buffer>;
  for (const format of DIGEST_FORMATS) {
    const file = await downloadDigestFile(plenary, id, format, token);
    if (file.status !== 200)
      throw new Error(`downloading ${format} answered ${file.status}: ${file.body.toString('utf8')}`);
    files[format] = file.body;
  }
  return files;
}

export const sha256Hex = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

/** Runs a tool, feeding it `input` on stdin; resolves with its stdout, rejects on a non-zero exit. */
export function runTool(command: string, args: string[], input?: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out))
        : reject(new Error(`${command} exited with ${code}: ${Buffer.concat(err).toString('utf8')}`)),
    );
    // A tool may exit before reading all of its input; its exit code tells what happened.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

/**
 * The text of a PDF, as `pdftotext` (poppler-utils) extracts it: its reading-order output, then
 * its content-stream-order output (-raw). Reading order can interleave neighbouring blocks when
 * lines wrap differently; the raw pass keeps each line's words together. Searching both finds a
 * phrase whichever way it wrapped, and anything absent from both is absent from the PDF's text.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const reading = (await runTool('pdftotext', ['-enc', 'UTF-8', '-', '-'], pdf)).toString('utf8');
  const raw = (await runTool('pdftotext', ['-enc', 'UTF-8', '-raw', '-', '-'], pdf)).toString('utf8');
  return `${reading}\n${raw}`;
}

/** A part of a DOCX (a zip), as `unzip -p` prints it: `word/document.xml` by default, every part for null. */
export async function docxPart(docx: Buffer, part: string | null = 'word/document.xml'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'plenary-docx-'));
  try {
    const path = join(dir, 'file.docx');
    await writeFile(path, docx);
    return (await runTool('unzip', ['-p', path, ...(part === null ? [] : [part])])).toString('utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The words of WordprocessingML: each paragraph on its own line, tags dropped, entities decoded. */
export function docxText(documentXml: string): string {
  return documentXml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(
      /&(lt|gt|quot|#39|apos|amp);/g,
      (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", amp: '&' })[e] as string,
    );
}

/** Removes bidirectional control marks (LRM, RLM, LRE…RLO) that text extraction may add around RTL runs. */
export const stripBidiMarks = (text: string): string => text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');

/** RFC 4180 CSV: quoted cells, "" escapes, CRLF or LF row ends; a leading BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') continue;
    else if (c === '\n' || c === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (quoted) throw new Error('CSV ends inside a quoted cell');
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** CSV rows as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => {
    if (r.length !== header.length) throw new Error(`CSV row has ${r.length} cells, the header ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]]));
  });
}

/** A marker that survives every format unescaped and unbroken: letters and digits only. */
export const marker = (label: string): string =>
  `${label.replace(/[^A-Za-z0-9]/g, '').toUpperCase()}${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
