import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, Clock, inTransaction, isStaff } from '@app/platform';
import { SubmissionCommandService, SubmissionEntity, SubmissionStatus } from '@app/submissions';
import { TagCategory, TagReview, tagReviewComplete, tagReviewContradiction, TagService } from '@app/taxonomy';
import { DataSource, EntityManager } from 'typeorm';
import { TagReviewEntity } from '../entities';
import { ClaimService } from './claim.service';
import { ModerationAccessService } from './moderation-access';
import { ModerationErrors } from '../moderation.errors';

/** The tags of a submission and its gender and human-rights review, as a moderator records them. */
export interface TagsAndReview extends TagReview {
  tagIds: string[];
}

export interface SetTagsInput extends TagsAndReview {
  submissionId: string;
  expectedVersion: number;
}

/**
 * Tagging: the holder of the claim (or staff, on an appeal) sets the tags and records the gender and
 * human-rights review — alone (setTags), or with a decision (DecisionService.decide, through record).
 */
@Injectable()
export class TaggingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ModerationAccessService,
    private readonly claims: ClaimService,
    private readonly submissions: SubmissionCommandService,
    private readonly tags: TagService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async setTags(actor: Actor, input: SetTagsInput): Promise<SubmissionEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const submission = await this.access.moderatable(manager, actor, input.submissionId);
      // Staff deciding an appeal record the review on the APPEALED item itself (appeals are not claimed).
      const staffOnAppeal = submission.status === SubmissionStatus.APPEALED && isStaff(actor);
      if (submission.status !== SubmissionStatus.UNDER_REVIEW && !staffOnAppeal) {
        throw ModerationErrors.NOT_TAGGABLE(submission.status);
      }
      if (!staffOnAppeal) await this.claims.requireLiveClaim(manager, actor, submission.id);
      await this.record(manager, actor, submission.id, input.expectedVersion, input);
      return manager.findOneByOrFail(SubmissionEntity, { id: submission.id });
    });
  }

  /**
   * Replaces the tags and records the review of a submission the caller may tag (the caller has
   * checked who may), if `expectedVersion` is still current; the version is bumped. Fields at fault
   * are named after `fieldPrefix` (`tags.` when the review comes with a decision).
   */
  async record(
    manager: EntityManager,
    actor: Actor,
    submissionId: string,
    expectedVersion: number,
    review: TagsAndReview,
    fieldPrefix = '',
  ): Promise<void> {
    const tags = await this.tags.requireActive(review.tagIds, `${fieldPrefix}tagIds`, manager);
    const hasGenderTag = tags.some((t) => t.category === TagCategory.GENDER);
    const hasHumanRightsTag = tags.some((t) => t.category === TagCategory.HUMAN_RIGHTS);
    const contradiction = tagReviewContradiction(tags, review);
    if (contradiction)
      throw ModerationErrors.REVIEW_CONTRADICTS_TAG(`${fieldPrefix}${contradiction.field}`, contradiction.message);
    const beforeTagIds = await this.submissions.replaceTags(
      manager,
      submissionId,
      expectedVersion,
      tags.map((t) => t.id),
    );
    await manager.upsert(
      TagReviewEntity,
      {
        submissionId,
        noGenderConsiderations: review.noGenderConsiderations,
        noHumanRightsConsiderations: review.noHumanRightsConsiderations,
        hasGenderTag,
        hasHumanRightsTag,
        reviewedBy: actor.userId,
        reviewedAt: this.clock.now(),
      },
      ['submissionId'],
    );
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: 'moderation.tagged',
      entityType: 'Submission',
      entityId: submissionId,
      before: { tagIds: beforeTagIds },
      after: {
        tagIds: tags.map((t) => t.id),
        noGenderConsiderations: review.noGenderConsiderations,
        noHumanRightsConsiderations: review.noHumanRightsConsiderations,
      },
    });
  }
}

/** The review approving needs: a GENDER tag or "no gender considerations", and the same for HUMAN_RIGHTS. */
export function tagReviewDone(review: TagReviewEntity | null): boolean {
  return !!review && tagReviewComplete(review);
}
