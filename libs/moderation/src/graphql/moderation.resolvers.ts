import { Args, Context, Extensions, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityLoaderFactory, toOrganisationObject, toUserObject } from '@app/identity';
import {
  Actor,
  Clock,
  Connection,
  CurrentActor,
  EXPENSE_EXTENSION,
  LoaderRegistry,
  mapConnection,
  MaybeActor,
  PAGE_ARGS_FIRST,
  PlatformRole,
  Roles,
} from '@app/platform';
import {
  canSeeWorkflow,
  isOwn,
  SubmissionLoaders,
  SubmissionObject,
  SubmissionService,
  SubmissionViewer,
  toSubmissionObject,
} from '@app/submissions';
import { isUUID } from 'class-validator';
import { ModerationDecision, REASONS_BY_DECISION } from '../entities';
import { ClaimService } from '../services/claim.service';
import { DecisionService, messageRequired } from '../services/decision.service';
import { notTheirsToModerate, submissionNotFound } from '../services/moderation-access';
import { NoteService } from '../services/note.service';
import { QueueService } from '../services/queue.service';
import { RevealService } from '../services/reveal.service';
import { SimilarityService } from '../services/similarity.service';
import { TaggingService, tagReviewDone } from '../services/tagging.service';
import {
  AddModerationNoteInput,
  AppealDecisionInput,
  CoverageFilter,
  DecideSubmissionInput,
  ModerationQueueFilter,
  ResolveAppealInput,
  RevealSubmitterInput,
  SetSubmissionTagsInput,
} from './moderation.inputs';
import { ModerationLoaders } from './moderation.loaders';
import {
  AppealObject,
  ClaimObject,
  CoverageObject,
  DecisionReasonsObject,
  DecisionRecordObject,
  ModerationItemObject,
  ModerationNoteObject,
  ModerationQueueConnection,
  SimilarSubmissionObject,
  StatusCountObject,
  SubmitterRevealObject,
  TagReviewObject,
} from './moderation.objects';

const share = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;

/** Moderators' and staff's internal view of a submission: not its own organisation's members. */
const moderatesIt = (viewer: SubmissionViewer, s: SubmissionObject): boolean =>
  viewer.privileged && !isOwn(viewer, s.record);

@Resolver(() => ModerationItemObject)
export class ModerationResolver {
  constructor(
    private readonly queueService: QueueService,
    private readonly claims: ClaimService,
    private readonly tagging: TaggingService,
    private readonly decisions: DecisionService,
    private readonly notes: NoteService,
    private readonly reveals: RevealService,
    private readonly similarity: SimilarityService,
    private readonly submissionService: SubmissionService,
    private readonly submissionLoaders: SubmissionLoaders,
    private readonly clock: Clock,
  ) {}

  private async asObject(
    actor: MaybeActor,
    registry: LoaderRegistry,
    submission: Parameters<typeof toSubmissionObject>[0],
  ): Promise<SubmissionObject> {
    return toSubmissionObject(submission, await this.submissionLoaders.viewer(registry, actor));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Query(() => ModerationQueueConnection, {
    description: 'Oldest waiting first. Items of the caller’s own organisations are left out.',
  })
  async moderationQueue(
    @CurrentActor() actor: Actor,
    @Context('loaders') registry: LoaderRegistry,
    @Args('filter', { type: () => ModerationQueueFilter, nullable: true }) filter: ModerationQueueFilter | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', { nullable: true, type: () => String }) after: string | null,
  ): Promise<Connection<ModerationItemObject>> {
    const viewer = await this.submissionLoaders.viewer(registry, actor);
    const page = await this.queueService.queue(actor, viewer, filter ?? {}, first, after);
    return mapConnection(page, (node) => ({
      submission: toSubmissionObject(node, viewer),
      waitingSince: node.submittedAt ?? node.createdAt,
    }));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Query(() => [StatusCountObject], {
    description: 'How many submissions are in each status, for a round, a session, or everything.',
  })
  moderationCounts(
    @Args('roundId', { type: () => ID, nullable: true }) roundId: string | null,
    @Args('sessionId', { type: () => ID, nullable: true }) sessionId: string | null,
  ): Promise<StatusCountObject[]> {
    return this.queueService.counts({ roundId, sessionId });
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Query(() => [CoverageObject], {
    description: 'Per round: counts by status, and gender / human-rights tag coverage of approved submissions.',
  })
  async coverage(
    @Args('filter', { type: () => CoverageFilter, nullable: true }) filter: CoverageFilter | null,
  ): Promise<CoverageObject[]> {
    return (await this.queueService.coverage(filter ?? {})).map((c) => ({
      ...c,
      genderShare: share(c.approvedWithGenderTag, c.approved),
      humanRightsShare: share(c.approvedWithHumanRightsTag, c.approved),
      tagReviewedShare: share(c.approvedTagReviewed, c.approved),
    }));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Query(() => [DecisionReasonsObject], {
    description: 'The reason codes each decision accepts (the rule decideSubmission applies), for decision forms.',
  })
  moderationReasons(): DecisionReasonsObject[] {
    return Object.values(ModerationDecision).map((decision) => ({
      decision,
      reasonCodes: [...REASONS_BY_DECISION[decision]],
      messageRequired: messageRequired(decision),
    }));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => SubmissionObject, {
    description: 'Takes a lease on the submission (staff may take over a live one).',
  })
  async claimSubmission(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, (await this.claims.claim(actor, id)).submission);
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => SubmissionObject)
  async releaseSubmission(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.claims.release(actor, id));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => SubmissionObject)
  async setSubmissionTags(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetSubmissionTagsInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.tagging.setTags(actor, input));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => SubmissionObject)
  async decideSubmission(
    @CurrentActor() actor: Actor,
    @Args('input') input: DecideSubmissionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.decisions.decide(actor, input));
  }

  @Mutation(() => SubmissionObject, {
    description: 'An ADMIN of the submitting organisation appeals a rejection, once.',
  })
  async appealDecision(
    @CurrentActor() actor: Actor,
    @Args('input') input: AppealDecisionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.decisions.appeal(actor, input.submissionId, input.reason));
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => SubmissionObject)
  async resolveAppeal(
    @CurrentActor() actor: Actor,
    @Args('input') input: ResolveAppealInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.decisions.resolveAppeal(actor, input));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => ModerationNoteObject, { description: 'An internal note: submitters and the public never see it.' })
  addModerationNote(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddModerationNoteInput,
  ): Promise<ModerationNoteObject> {
    return this.notes.add(actor, input.submissionId, input.body);
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => SubmitterRevealObject, {
    description: 'Staff learn which organisation wrote an ANONYMOUS submission; the reveal is audited.',
  })
  async revealSubmitter(
    @CurrentActor() actor: Actor,
    @Args('input') input: RevealSubmitterInput,
  ): Promise<SubmitterRevealObject> {
    const org = await this.reveals.reveal(actor, input.submissionId, input.reason);
    return { organisation: toOrganisationObject(org, true), revealedAt: this.clock.now() };
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Query(() => [SimilarSubmissionObject], { description: 'Near-duplicates across rounds (trigram similarity).' })
  // Trigram similarity compares the body with every other: charged to the caller's budget.
  @Extensions({ [EXPENSE_EXTENSION]: 100 })
  async similarSubmissions(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SimilarSubmissionObject[]> {
    if (!isUUID(id)) throw submissionNotFound();
    const viewer = await this.submissionLoaders.viewer(registry, actor);
    const subject = await this.submissionService.get(viewer, id);
    // A moderation tool: never on, nor showing, items of the caller's own organisations.
    if (isOwn(viewer, subject)) throw notTheirsToModerate();
    const similar = await this.similarity.similarTo(id, [...viewer.orgIds]);
    const rows = await this.submissionService.findByIds(similar.map((s) => s.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return similar.flatMap((s) => {
      const row = byId.get(s.id);
      return row ? [{ submission: toSubmissionObject(row, viewer), score: s.score }] : [];
    });
  }
}

/** Moderation facts on a submission, each shown only to whom it concerns. */
@Resolver(() => SubmissionObject)
export class SubmissionModerationResolver {
  constructor(
    private readonly loaders: ModerationLoaders,
    private readonly submissionLoaders: SubmissionLoaders,
    private readonly identity: IdentityLoaderFactory,
  ) {}

  @ResolveField(() => ClaimObject, { nullable: true, description: 'The live claim: moderators and staff.' })
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
      'Whether the caller may claim and decide it: moderators and staff (false for an item of their own organisation, ANONYMOUS included).',
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

  @ResolveField(() => TagReviewObject, { nullable: true, description: 'Moderators and staff.' })
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

  @ResolveField(() => Boolean, { nullable: true, description: 'Whether near-duplicates exist: moderators and staff.' })
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
    description: 'Internal notes: moderators and staff, never the submitting organisation.',
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
    description: 'Decisions with their reasons: the submitting organisation, moderators and staff.',
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
    description: 'The submitting organisation, moderators and staff.',
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
