import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Actor, Clock, inTransaction, isStaff } from '@app/platform';
import { SubmissionCommandService, SubmissionEntity, SubmissionStatus } from '@app/submissions';
import { TagCategory, tagReviewComplete, tagReviewContradiction, TagService } from '@app/taxonomy';
import { DataSource } from 'typeorm';
import { TagReviewEntity } from '../entities';
import { ClaimService } from './claim.service';
import { ModerationAccessService } from './moderation-access';
import { ModerationErrors } from '../moderation.errors';

export interface SetTagsInput {
  submissionId: string;
  expectedVersion: number;
  tagIds: string[];
  noGenderConsiderations: boolean;
  noHumanRightsConsiderations: boolean;
}

/** Tagging: the holder of the claim sets the tags and records the gender and human-rights review. */
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
      const tags = await this.tags.requireActive(input.tagIds, 'tagIds', manager);
      const hasGenderTag = tags.some((t) => t.category === TagCategory.GENDER);
      const hasHumanRightsTag = tags.some((t) => t.category === TagCategory.HUMAN_RIGHTS);
      const contradiction = tagReviewContradiction(tags, input);
      if (contradiction?.field === 'noGenderConsiderations') throw ModerationErrors.NO_GENDER_CONTRADICTS_TAG();
      if (contradiction) throw ModerationErrors.NO_HUMAN_RIGHTS_CONTRADICTS_TAG();
      const beforeTagIds = await this.submissions.replaceTags(
        manager,
        submission.id,
        input.expectedVersion,
        tags.map((t) => t.id),
      );
      await manager.upsert(
        TagReviewEntity,
        {
          submissionId: submission.id,
          noGenderConsiderations: input.noGenderConsiderations,
          noHumanRightsConsiderations: input.noHumanRightsConsiderations,
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
        entityId: submission.id,
        before: { tagIds: beforeTagIds },
        after: {
          tagIds: tags.map((t) => t.id),
          noGenderConsiderations: input.noGenderConsiderations,
          noHumanRightsConsiderations: input.noHumanRightsConsiderations,
        },
      });
      return manager.findOneByOrFail(SubmissionEntity, { id: submission.id });
    });
  }
}

/** The review approving needs: a GENDER tag or "no gender considerations", and the same for HUMAN_RIGHTS. */
export function tagReviewDone(review: TagReviewEntity | null): boolean {
  return !!review && tagReviewComplete(review);
}
