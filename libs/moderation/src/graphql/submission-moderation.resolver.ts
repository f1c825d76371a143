import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityLoaderFactory, toUserObject } from '@app/identity';
import { CurrentActor, LoaderRegistry, MaybeActor } from '@app/platform';
import { canSeeWorkflow, isOwn, SubmissionLoaders, SubmissionObject, SubmissionViewer } from '@app/submissions';
import { tagReviewDone } from '../services/tagging.service';
import { ModerationLoaders } from './moderation.loaders';
import {
  AppealObject,
  ClaimObject,
  DecisionRecordObject,
  ModerationNoteObject,
  TagReviewObject,
} from './moderation.objects';

/** Moderators' and staff's internal view of a submission: not its own organisation's members. */
const moderatesIt = (viewer: SubmissionViewer, s: SubmissionObject): boolean =>
  viewer.privileged && !isOwn(viewer, s.record);

/** Moderation facts on a submission, each shown only to whom it concerns. */
@Resolver(() => SubmissionObject)
export class SubmissionModerationResolver {
  constructor(
    private readonly loaders: ModerationLoaders,
    private readonly submissionLoaders: SubmissionLoaders,
    private readonly identity: IdentityLoaderFactory,
  ) {}

  @ResolveField(() => ClaimObject, {
    nullable: true,
    description: 'The live claim on it: shown to moderators and staff (not of its organisation), else null.',
  })
  async claim(
    @Parent() s: SubmissionObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<ClaimObject | null> {
    const viewer = await this.submissionLoaders.viewer(registry, actor);
    if (!moderatesIt(viewer, s)) return null;
    const claim = await this.loaders.claim(registry).load(s.id);
    if (!claim) return null;
    const moderator = await this.identity.for(registry).users().load(claim.moderatorId);
    if (!moderator) return null;
    return {
      moderator: toUserObject(moderator, actor),
      expiresAt: claim.expiresAt,
      mine: claim.moderatorId === actor?.userId,
    };
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether the caller may claim and decide it: moderators and staff (false for an item of their own organisation, ANONYMOUS included); null for others.',
  })
  async moderatable(
    @Parent() s: SubmissionObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<boolean | null> {
    const viewer = await this.submissionLoaders.viewer(registry, actor);
    if (!viewer.privileged) return null;
    return !isOwn(viewer, s.record);
  }

  @ResolveField(() => TagReviewObject, {
    nullable: true,
    description:
      'The gender and human-rights review: shown to moderators and staff (not of its organisation), else null.',
  })
  async tagReview(
    @Parent() s: SubmissionObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<TagReviewObject | null> {
    const viewer = await this.submissionLoaders.viewer(registry, actor);
    if (!moderatesIt(viewer, s)) return null;
    const review = await this.loaders.tagReview(registry).load(s.id);
    if (!review) return null;
    return {
      noGenderConsiderations: review.noGenderConsiderations,
      noHumanRightsConsiderations: review.noHumanRightsConsiderations,
      done: tagReviewDone(review),
      reviewedAt: review.reviewedAt,
    };
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether near-duplicates exist: shown to moderators and staff (not of its organisation), else null.',
  })
  async hasSimilar(
    @Parent() s: SubmissionObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<boolean | null> {
    const viewer = await this.submissionLoaders.viewer(registry, actor);
    if (!moderatesIt(viewer, s)) return null;
    return this.loaders.hasSimilar(registry, viewer.orgIds).load(s.id);
  }

  @ResolveField(() => [ModerationNoteObject], {
    nullable: true,
    description:
      'Internal notes: moderators and staff (not of its organisation), never the submitting organisation; else null.',
  })
  async moderationNotes(
    @Parent() s: SubmissionObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<ModerationNoteObject[] | null> {
    const viewer = await this.submissionLoaders.viewer(registry, actor);
    if (!moderatesIt(viewer, s)) return null;
    return this.loaders.notes(registry).load(s.id);
  }

  @ResolveField(() => [DecisionRecordObject], {
    nullable: true,
    description:
      'Decisions with their reasons, oldest first: shown to the submitting organisation, moderators and staff, else null.',
  })
  async decisions(
    @Parent() s: SubmissionObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<DecisionRecordObject[] | null> {
    const viewer = await this.submissionLoaders.viewer(registry, actor);
    if (!canSeeWorkflow(viewer, s.record)) return null;
    return this.loaders.decisions(registry).load(s.id);
  }

  @ResolveField(() => AppealObject, {
    nullable: true,
    description: 'The appeal, if any: shown to the submitting organisation, moderators and staff, else null.',
  })
  async appeal(
    @Parent() s: SubmissionObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<AppealObject | null> {
    const viewer = await this.submissionLoaders.viewer(registry, actor);
    if (!canSeeWorkflow(viewer, s.record)) return null;
    return this.loaders.appeal(registry).load(s.id);
  }
}
