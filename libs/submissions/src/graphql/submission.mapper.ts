import { OrganisationEntity } from '@app/identity';
import { CosignatureEntity, SubmissionEntity } from '../entities';
import {
  canSeeCosignerOrganisation,
  canSeeOrganisation,
  canSeeWorkflow,
  isOwn,
  maskedAttribution,
  SubmissionViewer,
} from '../services/disclosure.policy';
import { AttributionObject, CosignatureObject, SubmissionObject } from './submission.objects';

/**
 * Turns a submission into what this viewer may see. The disclosure policy decides; this is the
 * only place a submission row becomes a GraphQL object.
 */
export function toSubmissionObject(s: SubmissionEntity, viewer: SubmissionViewer): SubmissionObject {
  const workflow = canSeeWorkflow(viewer, s);
  return {
    record: s,
    id: s.id,
    roundId: s.roundId,
    sessionId: s.sessionId,
    region: s.region,
    title: s.title,
    summary: s.summary,
    body: s.body,
    language: s.language,
    status: s.status,
    provisionIds: s.provisionIds,
    disclosure: workflow ? s.disclosure : null,
    suggestedTagIds: workflow ? s.suggestedTagIds : null,
    withdrawalReason: workflow ? s.withdrawalReason : null,
    currentVersion: s.currentVersion,
    version: s.version,
    contentHash: s.contentHash,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    submittedAt: s.submittedAt,
  };
}

/** `org` is only read when the policy lets the viewer see it. */
export function submissionAttribution(
  s: SubmissionEntity,
  viewer: SubmissionViewer,
  org: OrganisationEntity | null,
): AttributionObject {
  if (org && canSeeOrganisation(viewer, s)) return { text: org.name, region: s.region, masked: false };
  return { text: maskedAttribution(s.region), region: s.region, masked: true };
}

export function toCosignatureObject(
  c: CosignatureEntity,
  s: SubmissionEntity,
  viewer: SubmissionViewer,
): CosignatureObject {
  const sees = isOwn(viewer, s) || viewer.orgIds.has(c.organisationId) || viewer.privileged;
  return {
    record: c,
    submission: s,
    id: c.id,
    submissionId: c.submissionId,
    status: c.status,
    disclosure: sees ? c.disclosure : null,
    respondedAt: c.respondedAt,
  };
}

export function cosignerAttribution(
  c: CosignatureEntity,
  s: SubmissionEntity,
  viewer: SubmissionViewer,
  org: OrganisationEntity | null,
): AttributionObject {
  if (org && canSeeCosignerOrganisation(viewer, s, c)) return { text: org.name, region: org.region, masked: false };
  // A masked co-signer is described by its own region, which is all its disclosure allows.
  return { text: maskedAttribution(org?.region ?? s.region), region: org?.region ?? s.region, masked: true };
}
