import { MembershipEntity } from '@app/identity';
import { Actor, DomainException, ErrorCode } from '@app/platform';
import { SubmissionEntity, SubmissionStatus } from '@app/submissions';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';

/** An id that is no submission's (a malformed one too: PostgreSQL would reject it as a uuid). */
export const submissionNotFound = (): DomainException =>
  new DomainException(ErrorCode.NOT_FOUND, 'Submission not found', [{ field: 'submissionId', message: 'not found' }]);

/** A moderator's own organisation's item: the refusal says only that they cannot take it, never why. */
export const notTheirsToModerate = (): DomainException =>
  DomainException.forbidden('You cannot take this submission; another moderator will');

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
  if (!isUUID(submissionId)) throw submissionNotFound();
  const submission = await manager.findOne(SubmissionEntity, {
    where: { id: submissionId },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!submission || submission.currentVersion === 0 || submission.status === SubmissionStatus.DRAFT)
    throw submissionNotFound();
  const conflicted = await manager.exists(MembershipEntity, {
    where: { organisationId: submission.organisationId, userId: actor.userId },
  });
  if (conflicted) throw notTheirsToModerate();
  return submission;
}

/** Bumps the submission's version if `expectedVersion` is current (every racing write does this). */
export async function bumpVersion(
  manager: EntityManager,
  submissionId: string,
  expectedVersion: number,
): Promise<void> {
  const result = await manager.update(
    SubmissionEntity,
    { id: submissionId, version: expectedVersion },
    { version: () => 'version + 1' },
  );
  if (result.affected !== 1) {
    throw new DomainException(ErrorCode.CONFLICT, 'The submission changed since you loaded it; reload and try again', [
      { field: 'expectedVersion', message: 'is not the current version' },
    ]);
  }
}
