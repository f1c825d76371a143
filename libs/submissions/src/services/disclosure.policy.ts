import { Region } from '@app/identity';
import { isModerator, isStaff, MaybeActor } from '@app/platform';
import { CosignatureEntity, CosignatureStatus, Disclosure, SubmissionEntity, SubmissionStatus } from '../entities';

/**
 * Who may see a submission, and whose name goes with it: the one place these rules live
 * (PRODUCT.md section 2, "Disclosure"). Every query, nested field and list goes through here,
 * and the list SQL below says the same thing as `canSee`.
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

/** Approved and of a disclosure that may be published. */
export function isPublished(s: Pick<SubmissionEntity, 'status' | 'disclosure'>): boolean {
  return s.status === SubmissionStatus.APPROVED && s.disclosure !== Disclosure.INTERNAL_ONLY;
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
  if (viewer.privileged && s.currentVersion > 0 && s.status !== SubmissionStatus.DRAFT) return true;
  return isPublished(s);
}

/** Whether the viewer may learn which organisation wrote it (else the attribution is masked). */
export function canSeeOrganisation(
  viewer: SubmissionViewer,
  s: Pick<SubmissionEntity, 'organisationId' | 'disclosure'>,
): boolean {
  if (isOwn(viewer, s)) return true;
  if (s.disclosure === Disclosure.ANONYMOUS) return false;
  if (viewer.privileged) return true;
  return s.disclosure === Disclosure.NAMED;
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
  return c.status === CosignatureStatus.ACCEPTED && c.disclosure !== Disclosure.INTERNAL_ONLY;
}

/** Whether the viewer may learn which organisation co-signed. */
export function canSeeCosignerOrganisation(
  viewer: SubmissionViewer,
  s: SubmissionEntity,
  c: CosignatureEntity,
): boolean {
  if (viewer.orgIds.has(c.organisationId) || isOwn(viewer, s)) return true;
  if (c.disclosure === Disclosure.ANONYMOUS) return false;
  if (viewer.privileged) return true;
  return c.disclosure === Disclosure.NAMED;
}

/**
 * The same visibility as `canSee`, as SQL over `submissions s` (for lists). Parameters:
 * :viewerOrgIds (uuid[]) and :privileged (boolean).
 */
export const VISIBLE_SQL = `(
  s.organisation_id = ANY(:viewerOrgIds::uuid[])
  OR EXISTS (SELECT 1 FROM cosignatures vc WHERE vc.submission_id = s.id AND vc.organisation_id = ANY(:viewerOrgIds::uuid[]))
  OR (:privileged AND s.current_version > 0 AND s.status <> 'DRAFT')
  OR (s.status = 'APPROVED' AND s.disclosure <> 'INTERNAL_ONLY')
)`;

/**
 * Filtering by organisation matches only submissions whose organisation the viewer may see, so a
 * filter cannot be used to unmask an ANONYMOUS or REGION_ONLY submission. Same parameters plus :organisationId.
 */
export const ORGANISATION_FILTER_SQL = `(
  s.organisation_id = :organisationId AND (
    s.organisation_id = ANY(:viewerOrgIds::uuid[])
    OR (s.disclosure <> 'ANONYMOUS' AND :privileged)
    OR s.disclosure = 'NAMED'
  )
)`;
