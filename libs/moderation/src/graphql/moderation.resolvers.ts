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
  PAGE_ARGS_AFTER,
  PAGE_ARGS_FIRST,
  PlatformRole,
  Roles,
  describeOperation,
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
import { ClaimService } from '../services/claim.service';
import { DecisionService } from '../services/decision.service';
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
  DecisionRecordObject,
  ModerationItemObject,
  ModerationNoteObject,
  ModerationQueueConnection,
  SimilarSubmissionObject,
  StatusCountObject,
  SubmitterRevealObject,
  TagReviewObject,
} from './moderation.objects';
import { ModerationErrors } from '../moderation.errors';

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
    description: describeOperation(
      'Moderators and staff: submissions waiting (SUBMITTED, UNDER_REVIEW, APPEALED), oldest waiting first. Items of the caller’s own organisations are left out: they could not take them.',
      {
        FORBIDDEN: 'the caller is neither MODERATOR nor STAFF',
        BAD_USER_INPUT: 'a filter value (a status the queue does not hold), `first` or `after` is invalid',
      },
    ),
  })
  async moderationQueue(
    @CurrentActor() actor: Actor,
    @Context('loaders') registry: LoaderRegistry,
    @Args('filter', {
      type: () => ModerationQueueFilter,
      nullable: true,
      description: 'Narrows the queue; omit for every item waiting.',
    })
    filter: ModerationQueueFilter | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_ARGS_AFTER) after: string | null,
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
    description: describeOperation(
      'Moderators and staff: how many submissions are in each status (drafts left out), for a round, a session, or everything.',
      { FORBIDDEN: 'the caller is neither MODERATOR nor STAFF' },
    ),
  })
  moderationCounts(
    @Args('roundId', { type: () => ID, nullable: true, description: 'Count only this round’s submissions.' })
    roundId: string | null,
    @Args('sessionId', {
      type: () => ID,
      nullable: true,
      description: 'Count only this negotiation session’s submissions.',
    })
    sessionId: string | null,
  ): Promise<StatusCountObject[]> {
    return this.queueService.counts({ roundId, sessionId });
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Query(() => [CoverageObject], {
    description: describeOperation(
      'Moderators and staff: per round, counts by status and the gender / human-rights tag coverage of approved submissions.',
      { FORBIDDEN: 'the caller is neither MODERATOR nor STAFF' },
    ),
  })
  async coverage(
    @Args('filter', {
      type: () => CoverageFilter,
      nullable: true,
      description: 'Narrows to some rounds; omit for all.',
    })
    filter: CoverageFilter | null,
  ): Promise<CoverageObject[]> {
    return (await this.queueService.coverage(filter ?? {})).map((c) => ({
      ...c,
      genderShare: share(c.approvedWithGenderTag, c.approved),
      humanRightsShare: share(c.approvedWithHumanRightsTag, c.approved),
      tagReviewedShare: share(c.approvedTagReviewed, c.approved),
    }));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'Moderators and staff take a lease on a SUBMITTED or UNDER_REVIEW submission (SUBMITTED becomes UNDER_REVIEW). Of two concurrent claims exactly one wins; staff may take over a live one (audited).',
      {
        FORBIDDEN: 'the caller is neither MODERATOR nor STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
        CONFLICT: 'another moderator holds a live claim, or the status is not waiting for moderation',
      },
    ),
  })
  async claimSubmission(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The submission’s id.' }) id: string,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, (await this.claims.claim(actor, id)).submission);
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'The claim’s holder (or staff) lets go; the item stays UNDER_REVIEW for the next moderator.',
      {
        FORBIDDEN: 'the caller is neither MODERATOR nor STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
        CONFLICT: 'the caller holds no claim on it',
      },
    ),
  })
  async releaseSubmission(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The submission’s id.' }) id: string,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.claims.release(actor, id));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'The claim’s holder (or staff, on an APPEALED item) sets the tags and records the gender and human-rights review: at least one GENDER tag or noGenderConsiderations, and the same for HUMAN_RIGHTS.',
      {
        FORBIDDEN: 'the caller is neither MODERATOR nor STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
        CONFLICT: 'expectedVersion is stale, the caller holds no live claim, or the status cannot be tagged',
        BAD_USER_INPUT:
          'a tag is unknown or inactive, or a “no considerations” flag contradicts a tag (naming the field)',
      },
    ),
  })
  async setSubmissionTags(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission, its expected version, the tags and the review.' })
    input: SetSubmissionTagsInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.tagging.setTags(actor, input));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'The claim’s holder decides with a reason code (and, to REJECT or REQUEST_CHANGES, a message); the submitting organisation is notified and the claim ends. Approving needs the gender and human-rights review done.',
      {
        FORBIDDEN: 'the caller is neither MODERATOR nor STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
        CONFLICT:
          'expectedVersion is stale, the caller holds no live claim, the review is not done for APPROVE, or the status cannot take the decision',
        BAD_USER_INPUT: 'the reason code does not fit the decision, or the message is missing (naming the field)',
      },
    ),
  })
  async decideSubmission(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission, its expected version and the decision.' })
    input: DecideSubmissionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.decisions.decide(actor, input));
  }

  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'An ADMIN of the submitting organisation appeals a rejection, once; staff decide it.',
      {
        NOT_FOUND: 'no submission the caller may see',
        FORBIDDEN: 'the caller may see it but is not an ADMIN of the submitting organisation',
        CONFLICT: 'it was appealed already, or it is not REJECTED',
      },
    ),
  })
  async appealDecision(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission and the reason.' }) input: AppealDecisionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.decisions.appeal(actor, input.submissionId, input.reason));
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'Staff answer an open appeal: UPHOLD keeps the rejection, OVERTURN approves (which needs the gender and human-rights review done). The organisation is notified.',
      {
        FORBIDDEN: 'the caller is not STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
        CONFLICT: 'expectedVersion is stale, there is no open appeal, or the review is not done for OVERTURN',
      },
    ),
  })
  async resolveAppeal(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission, its expected version and the answer.' }) input: ResolveAppealInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return this.asObject(actor, registry, await this.decisions.resolveAppeal(actor, input));
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Mutation(() => ModerationNoteObject, {
    description: describeOperation(
      'Moderators and staff add an internal note: submitters and the public never see it.',
      {
        FORBIDDEN: 'the caller is neither MODERATOR nor STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
      },
    ),
  })
  addModerationNote(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission and the note.' }) input: AddModerationNoteInput,
  ): Promise<ModerationNoteObject> {
    return this.notes.add(actor, input.submissionId, input.body);
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => SubmitterRevealObject, {
    description: describeOperation(
      'Staff learn which organisation wrote an ANONYMOUS submission, with a reason; the reveal (who, when, why) is audited.',
      {
        FORBIDDEN: 'the caller is not STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submitted submission with this id',
        BAD_USER_INPUT: 'the submission is not ANONYMOUS (naming `submissionId`)',
      },
    ),
  })
  async revealSubmitter(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission and the reason.' }) input: RevealSubmitterInput,
  ): Promise<SubmitterRevealObject> {
    const org = await this.reveals.reveal(actor, input.submissionId, input.reason);
    return { organisation: toOrganisationObject(org, true), revealedAt: this.clock.now() };
  }

  @Roles(PlatformRole.MODERATOR, PlatformRole.STAFF)
  @Query(() => [SimilarSubmissionObject], {
    description: describeOperation(
      'Moderators and staff: near-duplicates of a submission across rounds (trigram similarity), most similar first, never items of the caller’s own organisations. Charged to the caller’s budget for expensive queries.',
      {
        FORBIDDEN: 'the caller is neither MODERATOR nor STAFF, or it is an item of the caller’s own organisation',
        NOT_FOUND: 'no submission the caller may see',
        RATE_LIMITED: 'the client’s budget for expensive queries is spent',
      },
    ),
  })
  // Trigram similarity compares the body with every other: charged to the caller's budget.
  @Extensions({ [EXPENSE_EXTENSION]: 100 })
  async similarSubmissions(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The submission’s id.' }) id: string,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SimilarSubmissionObject[]> {
    if (!isUUID(id)) throw ModerationErrors.SUBMISSION_NOT_FOUND();
    const viewer = await this.submissionLoaders.viewer(registry, actor);
    const subject = await this.submissionService.get(viewer, id);
    // A moderation tool: never on, nor showing, items of the caller's own organisations.
    if (isOwn(viewer, subject)) throw ModerationErrors.NOT_THEIRS_TO_MODERATE();
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
