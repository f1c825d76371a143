import { Injectable } from '@nestjs/common';
import { OrganisationService } from '@app/identity';
import { Actor } from '@app/platform';
import { isReviewable, SubmissionEntity } from '@app/submissions';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { ModerationErrors } from '../moderation.errors';

/** Why a moderator or staff member may not act on a submission, or null when they may. */
export type ModerationRefusal = 'NOT_FOUND' | 'NOT_THEIRS_TO_MODERATE' | null;

/**
 * Who may moderate what (PRODUCT.md section 3), as one rule: a submission nobody has submitted yet
 * (a draft, or no submission at all) does not exist for moderators; one of an organisation the
 * moderator belongs to — ANONYMOUS included — is not theirs to take, and the refusal never says why.
 */
export function moderationRefusal(
  submission: Pick<SubmissionEntity, 'status' | 'currentVersion'> | null,
  memberOfItsOrganisation: boolean,
): ModerationRefusal {
  if (!submission || !isReviewable(submission)) return 'NOT_FOUND';
  if (memberOfItsOrganisation) return 'NOT_THEIRS_TO_MODERATE';
  return null;
}

/** The moderation rule applied to rows: every moderation command starts here. */
@Injectable()
export class ModerationAccessService {
  constructor(private readonly organisations: OrganisationService) {}

  /** The submission a moderator or staff member may act on (locked when asked), or the refusal. */
  async moderatable(
    manager: EntityManager,
    actor: Actor,
    submissionId: string,
    lock = false,
  ): Promise<SubmissionEntity> {
    // A malformed id is no submission's (PostgreSQL would reject it as a uuid).
    if (!isUUID(submissionId)) throw ModerationErrors.SUBMISSION_NOT_FOUND();
    const submission = await manager.findOne(SubmissionEntity, {
      where: { id: submissionId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const member =
      !!submission && isReviewable(submission)
        ? (await this.organisations.roleOf(actor.userId, submission.organisationId, manager)) !== null
        : false;
    switch (moderationRefusal(submission, member)) {
      case 'NOT_FOUND':
        throw ModerationErrors.SUBMISSION_NOT_FOUND();
      case 'NOT_THEIRS_TO_MODERATE':
        throw ModerationErrors.NOT_THEIRS_TO_MODERATE();
    }
    return submission as SubmissionEntity;
  }
}
