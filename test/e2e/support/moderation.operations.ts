import { randomBytes, randomUUID } from 'node:crypto';
import { Region } from '@app/identity';
import { Disclosure } from '@app/submissions';
import { TagCategory, TagService } from '@app/taxonomy';
import {
  createOrganisation,
  createSubmission,
  createUser,
  GraphqlResult,
  rowCounts,
  submit,
  SubmissionRef,
  TestPlenary,
  TestUser,
} from '@app/testing';

/** The moderation operations as a client sends them (PRODUCT.md section 5, issue 4). */
export const SUBMISSION_REF = 'id status version currentVersion';

export const CLAIM = `mutation Claim($id: ID!) { claimSubmission(id: $id) { ${SUBMISSION_REF} claim { mine expiresAt moderator { id } } } }`;
export const RELEASE = `mutation Release($id: ID!) { releaseSubmission(id: $id) { ${SUBMISSION_REF} } }`;
export const SET_TAGS = `mutation SetTags($i: SetSubmissionTagsInput!) {
  setSubmissionTags(input: $i) { ${SUBMISSION_REF} tags { id category } tagReview { done noGenderConsiderations noHumanRightsConsiderations } }
}`;
export const DECIDE = `mutation Decide($i: DecideSubmissionInput!) {
  decideSubmission(input: $i) { ${SUBMISSION_REF} decisions { decision reasonCode message versionNumber } }
}`;
export const ADD_NOTE =
  'mutation Note($i: AddModerationNoteInput!) { addModerationNote(input: $i) { id body authorId createdAt } }';
export const APPEAL = `mutation Appeal($i: AppealDecisionInput!) { appealDecision(input: $i) { ${SUBMISSION_REF} appeal { reason resolution } } }`;
export const RESOLVE_APPEAL = `mutation Resolve($i: ResolveAppealInput!) { resolveAppeal(input: $i) { ${SUBMISSION_REF} appeal { resolution resolutionMessage } } }`;
export const REVEAL =
  'mutation Reveal($i: RevealSubmitterInput!) { revealSubmitter(input: $i) { organisation { id name } revealedAt } }';
export const SIMILAR = 'query Similar($id: ID!) { similarSubmissions(id: $id) { score submission { id } } }';
export const QUEUE = `query Queue($f: ModerationQueueFilter, $first: Int, $after: String) {
  moderationQueue(filter: $f, first: $first, after: $after) {
    edges { cursor node { waitingSince submission { id status region language submittedAt hasSimilar claim { mine } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
export const COUNTS = 'query Counts($r: ID, $s: ID) { moderationCounts(roundId: $r, sessionId: $s) { status count } }';
export const COVERAGE = `query Coverage($f: CoverageFilter) {
  coverage(filter: $f) {
    sessionId roundId region counts { status count }
    approved approvedWithGenderTag approvedWithHumanRightsTag approvedTagReviewed genderShare humanRightsShare tagReviewedShare
  }
}`;
export const TAGS =
  'query Tags($c: TagCategory, $all: Boolean) { tags(category: $c, includeInactive: $all) { id category slug active version } }';
export const CREATE_TAG =
  'mutation CreateTag($i: CreateTagInput!) { createTag(input: $i) { id category slug label active version } }';
export const UPDATE_TAG =
  'mutation UpdateTag($i: UpdateTagInput!) { updateTag(input: $i) { id label active version } }';
export const AUDIT = `query Audit($f: AuditEventFilter, $first: Int) {
  auditEvents(filter: $f, first: $first) { edges { node { id action actorId entityId before after } } }
}`;
export const MY_NOTIFICATIONS = `query Mine($first: Int) {
  myNotifications(first: $first) { edges { node { id kind title body entityType entityId } } }
}`;

export interface AuditNode {
  id: string;
  action: string;
  actorId: string | null;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface NotificationNode {
  id: string;
  kind: string;
  title: string;
  body: string;
  entityType: string | null;
  entityId: string | null;
}

export interface QueueNode {
  waitingSince: string;
  submission: {
    id: string;
    status: string;
    region: Region;
    language: string;
    submittedAt: string;
    hasSimilar: boolean | null;
    claim: { mine: boolean } | null;
  };
}

export interface QueuePage {
  moderationQueue: {
    edges: { cursor: string; node: QueueNode }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** The data of a result that must have succeeded (fails with the errors otherwise). */
export function dataOf<T>(res: GraphqlResult<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`expected success, got ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The one error of a refused request: its code, the fields at fault and the message. */
export function errorOf(res: GraphqlResult<unknown>): { code: string | undefined; fields: string[]; message: string } {
  if (!res.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(res.data)}`);
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors;
  return {
    code: error.extensions?.code,
    fields: (error.extensions?.fields ?? []).map((f) => f.field),
    message: error.message,
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Random lower-case words: their trigrams match no other test text, so only planted near-duplicates are similar. */
export function randomWords(count: number): string {
  return Array.from({ length: count }, () =>
    [...randomBytes(5 + (randomBytes(1)[0] % 4))].map((b) => LETTERS[b % LETTERS.length]).join(''),
  ).join(' ');
}

export interface SubmissionText {
  title: string;
  summary: string;
  body: string;
}

export function uniqueText(): SubmissionText {
  return { title: `Position ${randomWords(3)}`, summary: randomWords(12), body: randomWords(60) };
}

export interface SubmittingOrg {
  admin: TestUser;
  id: string;
  name: string;
}

/** A VERIFIED organisation and its first ADMIN (country decides the region: KE → AG, DE → WEOG, BR → GRULAC). */
export async function submittingOrg(
  plenary: TestPlenary,
  options: { country?: string; name?: string } = {},
): Promise<SubmittingOrg> {
  const admin = await createUser(plenary, { name: 'Submitter' });
  const org = await createOrganisation(plenary, admin, {
    country: options.country ?? 'KE',
    name: options.name ?? `Org ${randomUUID().slice(0, 8)}`,
  });
  return { admin, ...org };
}

/** A submission its organisation's ADMIN drafted and submitted over GraphQL, with text unlike any other. */
export async function submitted(
  plenary: TestPlenary,
  org: SubmittingOrg,
  roundId: string,
  options: { disclosure?: Disclosure; language?: string; text?: SubmissionText } = {},
): Promise<SubmissionRef> {
  const draft = await drafted(plenary, org, roundId, options);
  return submit(plenary, org.admin.token, draft);
}

export function drafted(
  plenary: TestPlenary,
  org: SubmittingOrg,
  roundId: string,
  options: { disclosure?: Disclosure; language?: string; text?: SubmissionText } = {},
): Promise<SubmissionRef> {
  return createSubmission(plenary, org.admin.token, {
    roundId,
    organisationId: org.id,
    disclosure: options.disclosure ?? Disclosure.NAMED,
    language: options.language ?? 'en',
    ...(options.text ?? uniqueText()),
  });
}

export async function claim(plenary: TestPlenary, token: string, id: string): Promise<SubmissionRef> {
  return dataOf(await plenary.gql<{ claimSubmission: SubmissionRef }>(CLAIM, { id }, token)).claimSubmission;
}

export interface TagsInput {
  tagIds: string[];
  noGenderConsiderations?: boolean;
  noHumanRightsConsiderations?: boolean;
}

export async function setTags(
  plenary: TestPlenary,
  token: string,
  ref: Pick<SubmissionRef, 'id' | 'version'>,
  input: TagsInput,
): Promise<SubmissionRef> {
  const res = await plenary.gql<{ setSubmissionTags: SubmissionRef }>(
    SET_TAGS,
    { i: { submissionId: ref.id, expectedVersion: ref.version, ...input } },
    token,
  );
  return dataOf(res).setSubmissionTags;
}

export interface DecisionInput {
  decision: 'APPROVE' | 'REJECT' | 'REQUEST_CHANGES';
  reasonCode: string;
  message?: string;
  tags?: { tagIds: string[]; noGenderConsiderations?: boolean; noHumanRightsConsiderations?: boolean };
}

export async function decide(
  plenary: TestPlenary,
  token: string,
  ref: Pick<SubmissionRef, 'id' | 'version'>,
  input: DecisionInput,
): Promise<SubmissionRef> {
  const res = await plenary.gql<{ decideSubmission: SubmissionRef }>(
    DECIDE,
    { i: { submissionId: ref.id, expectedVersion: ref.version, ...input } },
    token,
  );
  return dataOf(res).decideSubmission;
}

/** Claim, then REJECT (OUT_OF_SCOPE, with a message). */
/** Claim, record the review (no gender / human-rights considerations), then REJECT (OUT_OF_SCOPE). */
export async function rejected(plenary: TestPlenary, moderatorToken: string, id: string): Promise<SubmissionRef> {
  const claimed = await claim(plenary, moderatorToken, id);
  const reviewed = await setTags(plenary, moderatorToken, claimed, {
    tagIds: [],
    noGenderConsiderations: true,
    noHumanRightsConsiderations: true,
  });
  return decide(plenary, moderatorToken, reviewed, {
    decision: 'REJECT',
    reasonCode: 'OUT_OF_SCOPE',
    message: 'Not about the Convention.',
  });
}

/** Claim, record the tags and the review, then APPROVE (IN_SCOPE). */
export async function approved(
  plenary: TestPlenary,
  moderatorToken: string,
  id: string,
  tags: TagsInput,
): Promise<SubmissionRef> {
  const claimed = await claim(plenary, moderatorToken, id);
  const tagged = await setTags(plenary, moderatorToken, claimed, tags);
  return decide(plenary, moderatorToken, tagged, { decision: 'APPROVE', reasonCode: 'IN_SCOPE' });
}

export interface Vocabulary {
  gender: string[];
  humanRights: string[];
  theme: string[];
}

/** Ids of the seeded tags by category (the reference vocabulary must be seeded). */
export async function vocabulary(plenary: TestPlenary): Promise<Vocabulary> {
  const tags = await plenary.get(TagService).list();
  const of = (category: TagCategory) => tags.filter((t) => t.category === category).map((t) => t.id);
  return { gender: of(TagCategory.GENDER), humanRights: of(TagCategory.HUMAN_RIGHTS), theme: of(TagCategory.THEME) };
}

/** The audit trail of one entity, oldest first (read as staff). */
export async function auditTrail(plenary: TestPlenary, staffToken: string, entityId: string): Promise<AuditNode[]> {
  const res = await plenary.gql<{ auditEvents: { edges: { node: AuditNode }[] } }>(
    AUDIT,
    { f: { entityId }, first: 100 },
    staffToken,
  );
  return dataOf(res)
    .auditEvents.edges.map((e) => e.node)
    .reverse();
}

export async function notificationsOf(plenary: TestPlenary, token: string): Promise<NotificationNode[]> {
  const res = await plenary.gql<{ myNotifications: { edges: { node: NotificationNode }[] } }>(
    MY_NOTIFICATIONS,
    { first: 100 },
    token,
  );
  return dataOf(res).myNotifications.edges.map((e) => e.node);
}

/** Tables a refused moderation request must leave as they were. */
export const WRITTEN_TABLES = [
  'moderation_decisions',
  'moderation_claims',
  'moderation_notes',
  'submission_tags',
  'tag_reviews',
  'appeals',
  'audit_events',
  'notifications',
  'email_messages',
  'outbox_jobs',
] as const;

export function writtenRows(plenary: TestPlenary): Promise<Record<string, number>> {
  return rowCounts(plenary, WRITTEN_TABLES);
}

/** The submission's row as stored (status and version), to check a refusal changed nothing. */
export async function storedSubmission(plenary: TestPlenary, id: string): Promise<{ status: string; version: number }> {
  const [row]: { status: string; version: number }[] = await plenary.dataSource.query(
    'SELECT status::text AS status, version FROM submissions WHERE id = $1',
    [id],
  );
  return row;
}
