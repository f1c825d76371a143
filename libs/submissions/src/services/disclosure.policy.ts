import { Region } from '@app/identity';
import { isModerator, isStaff, MaybeActor } from '@app/platform';
import { CosignatureEntity, CosignatureStatus, Disclosure, SubmissionEntity, SubmissionStatus } from '../entities';
import { DISCLOSURE_RULES } from './disclosure.rules';
import { SubmissionSql } from './submission.sql';

/**
 * Who may see a submission, and whose name goes with it (PRODUCT.md section 2, "Disclosure"),
 * applying the typed table in disclosure.rules.ts. Every query, nested field and list goes through
 * here, and the list SQL below (built from the same table) says the same thing as `canSee`.
 */
export interface SubmissionViewer {
  actor: MaybeActor;
  /** Organisations the viewer is a member of. */
  orgIds: ReadonlySet<string>;
  /** Staff or moderator: sees non-drafts, never the organisation of an ANONYMOUS one. */
  privileged: boolean;
}

export function viewerOf(actor: MaybeActor, orgIds: Iterable<string>): SubmissionViewer {
  return { actor, orgIds: new Set(orgIds), privileged: isStaff(actor) || isModerator(actor) };
}

export const REGION_NAMES: Record<Region, string> = {
  [Region.AG]: 'the African Group',
  [Region.APG]: 'the Asia-Pacific Group',
  [Region.EEG]: 'the Eastern European Group',
  [Region.GRULAC]: 'the Latin American and Caribbean Group',
  [Region.WEOG]: 'the Western European and Others Group',
};

export const maskedAttribution = (region: Region): string =>
  `a civil-society organisation from ${REGION_NAMES[region]}`;

/** Approved and of a disclosure that may be published. SQL twin: SubmissionSql.published. */
export function isPublished(s: Pick<SubmissionEntity, 'status' | 'disclosure'>): boolean {
  return s.status === SubmissionStatus.APPROVED && DISCLOSURE_RULES[s.disclosure].published;
}

/** Submitted at least once and not a draft: visible to moderators and staff. SQL twin: SubmissionSql.reviewable. */
export function isReviewable(s: Pick<SubmissionEntity, 'status' | 'currentVersion'>): boolean {
  return s.currentVersion > 0 && s.status !== SubmissionStatus.DRAFT;
}

/**
 * Whether a disclosure level lets this viewer (not of the organisation) learn the organisation's
 * name. A co-signer that has not answered yet has no level: moderators and staff see whom the
 * submitter invited, nobody else does.
 */
function namedTo(viewer: SubmissionViewer, disclosure: Disclosure | null): boolean {
  if (disclosure === null) return viewer.privileged;
  const rule = DISCLOSURE_RULES[disclosure];
  return viewer.privileged ? rule.namedToModeratorsAndStaff : rule.namedToPublic;
}

export function isOwn(viewer: SubmissionViewer, s: Pick<SubmissionEntity, 'organisationId'>): boolean {
  return viewer.orgIds.has(s.organisationId);
}

/**
 * Whether the viewer may see the submission at all: its organisation's members always; members of
 * an invited co-signer; staff and moderators once it has been submitted; everyone once published.
 */
export function canSee(viewer: SubmissionViewer, s: SubmissionEntity, cosignerOrgIds: readonly string[]): boolean {
  if (isOwn(viewer, s)) return true;
  if (cosignerOrgIds.some((id) => viewer.orgIds.has(id))) return true;
  if (viewer.privileged && isReviewable(s)) return true;
  return isPublished(s);
}

/** Whether the viewer may learn which organisation wrote it (else the attribution is masked). */
export function canSeeOrganisation(
  viewer: SubmissionViewer,
  s: Pick<SubmissionEntity, 'organisationId' | 'disclosure'>,
): boolean {
  return isOwn(viewer, s) || namedTo(viewer, s.disclosure);
}

/** The person who wrote it: only their own organisation sees it. Never in public outputs. */
export function canSeeAuthor(viewer: SubmissionViewer, s: Pick<SubmissionEntity, 'organisationId'>): boolean {
  return isOwn(viewer, s);
}

/** Workflow details (disclosure choice, suggested tags, versions, withdrawal reason). */
export function canSeeWorkflow(viewer: SubmissionViewer, s: Pick<SubmissionEntity, 'organisationId'>): boolean {
  return isOwn(viewer, s) || viewer.privileged;
}

/**
 * Co-signers the viewer may see: accepted ones wherever the submission is visible (INTERNAL_ONLY
 * ones only to the submitting organisation and staff), all of them to the submitting organisation,
 * staff and moderators, and its own invitation to a co-signer's members.
 */
export function canSeeCosignature(viewer: SubmissionViewer, s: SubmissionEntity, c: CosignatureEntity): boolean {
  if (isOwn(viewer, s) || viewer.orgIds.has(c.organisationId) || viewer.privileged) return true;
  return c.status === CosignatureStatus.ACCEPTED && c.disclosure !== null && DISCLOSURE_RULES[c.disclosure].published;
}

/** Whether the viewer may learn which organisation co-signed. */
export function canSeeCosignerOrganisation(
  viewer: SubmissionViewer,
  s: SubmissionEntity,
  c: CosignatureEntity,
): boolean {
  return viewer.orgIds.has(c.organisationId) || isOwn(viewer, s) || namedTo(viewer, c.disclosure);
}

/**
 * The same visibility as `canSee`, as SQL over `submissions s` (for lists). Parameters:
 * :viewerOrgIds (uuid[]) and :privileged (boolean).
 */
export const VISIBLE_SQL = `(
  s.organisation_id = ANY(:viewerOrgIds::uuid[])
  OR EXISTS (SELECT 1 FROM cosignatures vc WHERE vc.submission_id = s.id AND vc.organisation_id = ANY(:viewerOrgIds::uuid[]))
  OR (:privileged AND ${SubmissionSql.reviewable('s')})
  OR ${SubmissionSql.published('s')}
)`;

/**
 * Filtering by organisation matches only submissions whose organisation the viewer may see, so a
 * filter cannot be used to unmask an ANONYMOUS or REGION_ONLY submission. Same parameters plus :organisationId.
 */
export const ORGANISATION_FILTER_SQL = `(
  s.organisation_id = :organisationId AND (
    s.organisation_id = ANY(:viewerOrgIds::uuid[])
    OR (:privileged AND ${SubmissionSql.namedToModeratorsAndStaff('s')})
    OR (NOT :privileged AND ${SubmissionSql.namedToPublic('s')})
  )
)`;
