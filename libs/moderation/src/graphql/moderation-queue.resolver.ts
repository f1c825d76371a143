import { Args, Context, Extensions, ID, Query, Resolver } from '@nestjs/graphql';
import {
  Actor,
  Connection,
  CurrentActor,
  EXPENSE_EXTENSION,
  LoaderRegistry,
  mapConnection,
  PAGE_ARGS_AFTER,
  PAGE_ARGS_FIRST,
  PlatformRole,
  Roles,
  describeOperation,
} from '@app/platform';
import { isOwn, SubmissionLoaders, SubmissionQueryService, toSubmissionObject } from '@app/submissions';
import { isUUID } from 'class-validator';
import { QueueService } from '../services/queue.service';
import { SimilarityService } from '../services/similarity.service';
import { CoverageFilter, ModerationQueueFilter } from './moderation.inputs';
import {
  CoverageObject,
  DecisionReasonsObject,
  ModerationItemObject,
  ModerationQueueConnection,
  SimilarSubmissionObject,
  StatusCountObject,
} from './moderation.objects';
import { ModerationDecision, REASONS_BY_DECISION } from '../entities';
import { ModerationErrors } from '../moderation.errors';
import { messageRequired } from '../services/decision.service';

const share = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null;

/** What moderators and staff read: the queue, the counts, tag coverage and near-duplicates. */
@Resolver(() => ModerationItemObject)
export class ModerationQueueResolver {
  constructor(
    private readonly queueService: QueueService,
    private readonly similarity: SimilarityService,
    private readonly submissionService: SubmissionQueryService,
    private readonly submissionLoaders: SubmissionLoaders,
  ) {}

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
  @Query(() => [DecisionReasonsObject], {
    description: describeOperation(
      'Moderators and staff: the reason codes each decision accepts and whether it needs a message (the rule decideSubmission applies), for decision forms.',
      { FORBIDDEN: 'the caller is neither MODERATOR nor STAFF' },
    ),
  })
  moderationReasons(): DecisionReasonsObject[] {
    return Object.values(ModerationDecision).map((decision) => ({
      decision,
      reasonCodes: [...REASONS_BY_DECISION[decision]],
      messageRequired: messageRequired(decision),
    }));
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
