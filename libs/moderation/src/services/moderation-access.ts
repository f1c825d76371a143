import { MembershipEntity } from '@app/identity';
import { Actor } from '@app/platform';
import { SubmissionEntity, SubmissionStatus } from '@app/submissions';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { ModerationErrors } from '../moderation.errors';

/**
 * The submission a moderator or staff member may act on: submitted at least once (drafts are
 * NOT_FOUND, as for a missing id), and not from an organisation they belong to — ANONYMOUS
 * included. The refusal says only that they cannot take it, never why.
 */
export async function moderatableSubmission(
  manager: EntityManager,
  actor: Actor,
  submissionId: string,
  lock = false,
): Promise<SubmissionEntity> {
  if (!isUUID(submissionId)) throw ModerationErrors.SUBMISSION_NOT_FOUND();
  const submission = await manager.findOne(SubmissionEntity, {
    where: { id: submissionId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!submission || submission.currentVersion === 0 || submission.status === SubmissionStatus.DRAFT)
    throw ModerationErrors.SUBMISSION_NOT_FOUND();
  const conflicted = await manager.exists(MembershipEntity, {
    where: { organisationId: submission.organisationId, userId: actor.userId },
  });
  if (conflicted) throw ModerationErrors.NOT_THEIRS_TO_MODERATE();
  return submission;
}
