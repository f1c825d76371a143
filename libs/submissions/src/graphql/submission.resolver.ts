import { Args, Context, Extensions, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Idempotent,
  Actor,
  Connection,
  CurrentActor,
  EXPENSE_EXTENSION,
  LoaderRegistry,
  mapConnection,
  MaybeActor,
  PAGE_ARGS_AFTER,
  PAGE_ARGS_FIRST,
  Public,
  describeOperation,
} from '@app/platform';
import { SubmissionCommandService } from '../services/submission-command.service';
import { SubmissionQueryService } from '../services/submission-query.service';
import {
  CreateSubmissionInput,
  SubmissionFilterInput,
  SubmitSubmissionInput,
  UpdateSubmissionInput,
  WithdrawSubmissionInput,
} from './submission.inputs';
import { SubmissionLoaders } from './submission.loaders';
import { toSubmissionObject } from './submission.mapper';
import { SubmissionConnection, SubmissionObject } from './submission.objects';

/** What a `submissions` call costs beyond reading a page (charged to the caller's budget). */
export function submissionsExpense(args: Record<string, unknown>): number {
  const filter = (args.filter ?? {}) as { search?: unknown; tagIds?: unknown };
  return (filter.search ? 100 : 0) + 5 * (Array.isArray(filter.tagIds) ? filter.tagIds.length : 0);
}

/** The submissions operations: what submitters do, and what anyone may read. */
@Resolver(() => SubmissionObject)
export class SubmissionResolver {
  constructor(
    private readonly commands: SubmissionCommandService,
    private readonly submissionService: SubmissionQueryService,
    private readonly loaders: SubmissionLoaders,
  ) {}

  @Idempotent()
  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'Starts a DRAFT for one of the caller’s VERIFIED organisations, in a SCHEDULED or OPEN round of its region (audited without naming the caller). Takes an `Idempotency-Key` header.',
      {
        NOT_FOUND: 'no such round or organisation (naming the field)',
        FORBIDDEN: 'the caller is not a member, or the organisation is not VERIFIED',
        BAD_USER_INPUT:
          'the round is for another region, the language is not the round’s, a word limit is exceeded, or a provision or tag is unknown (naming the field)',
        CONFLICT: 'the round does not accept drafts now, or the `Idempotency-Key` was used for another request',
      },
    ),
  })
  async createSubmission(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The draft.' }) input: CreateSubmissionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    const created = await this.commands.create(actor, input);
    return toSubmissionObject(created, await this.loaders.viewer(registry, actor));
  }

  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'A member of the submitting organisation edits a DRAFT or CHANGES_REQUESTED submission; a change of text sends accepted co-signatures back to PENDING and tells the co-signers.',
      {
        NOT_FOUND: 'no submission the caller may see',
        FORBIDDEN: 'the caller may see it but is not of the submitting organisation',
        CONFLICT: 'expectedVersion is stale, the status does not allow edits, or a new round does not accept drafts',
        BAD_USER_INPUT:
          'a field breaks the round’s rules, or a new round is of another session or region (naming the field)',
      },
    ),
  })
  async updateSubmission(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission, its expected version and the changes.' })
    input: UpdateSubmissionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    const { id, expectedVersion, ...changes } = input;
    return toSubmissionObject(
      await this.commands.update(actor, id, expectedVersion, changes),
      await this.loaders.viewer(registry, actor),
    );
  }

  @Idempotent()
  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'Submits a DRAFT while its round is open, or re-submits a CHANGES_REQUESTED one until revisionsCloseAt: makes an immutable version and queues it for moderation. Takes an `Idempotency-Key` header.',
      {
        NOT_FOUND: 'no submission the caller may see',
        FORBIDDEN: 'the caller is not a member of the submitting organisation, or it is not VERIFIED',
        CONFLICT: 'expectedVersion is stale, the status cannot be submitted, or the round is not accepting it now',
        BAD_USER_INPUT: 'the text breaks the round’s rules (naming the field)',
      },
    ),
  })
  async submitSubmission(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission and its expected version.' }) input: SubmitSubmissionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return toSubmissionObject(
      await this.commands.submit(actor, input.id, input.expectedVersion),
      await this.loaders.viewer(registry, actor),
    );
  }

  @Mutation(() => SubmissionObject, {
    description: describeOperation(
      'A member of the submitting organisation withdraws a DRAFT, SUBMITTED or CHANGES_REQUESTED submission, with a reason.',
      {
        NOT_FOUND: 'no submission the caller may see',
        FORBIDDEN: 'the caller is not of the submitting organisation',
        CONFLICT: 'the status cannot be withdrawn',
      },
    ),
  })
  async withdrawSubmission(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission and the reason.' }) input: WithdrawSubmissionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return toSubmissionObject(
      await this.commands.withdraw(actor, input.id, input.reason),
      await this.loaders.viewer(registry, actor),
    );
  }

  @Public()
  @Query(() => SubmissionObject, {
    description: describeOperation('Public. One submission, as this caller may see it (see Submission).', {
      NOT_FOUND: 'no such submission, or one the caller may not see',
    }),
  })
  async submission(
    @CurrentActor() actor: MaybeActor,
    @Args('id', { type: () => ID, description: 'The submission’s id.' }) id: string,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    const viewer = await this.loaders.viewer(registry, actor);
    return toSubmissionObject(await this.submissionService.get(viewer, id), viewer);
  }

  @Public()
  // Full-text search ranks every matching body; each tag filter is one more EXISTS per row.
  @Extensions({ [EXPENSE_EXTENSION]: submissionsExpense })
  @Query(() => SubmissionConnection, {
    description: describeOperation(
      'Public. Submissions the caller may see, newest first, or by relevance with `search`: the public sees approved, published submissions; organisations also their own and those they were invited to co-sign; moderators and staff everything submitted. Searches and tag filters are charged to the caller’s query budget.',
      {
        BAD_USER_INPUT: 'a filter value, `first` or `after` is invalid',
        RATE_LIMITED: 'the client’s budget for expensive queries is spent',
      },
    ),
  })
  async submissions(
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
    @Args('filter', {
      type: () => SubmissionFilterInput,
      nullable: true,
      description: 'Narrows the list; omit for everything the caller may see.',
    })
    filter: SubmissionFilterInput | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_ARGS_AFTER) after: string | null,
  ): Promise<Connection<SubmissionObject>> {
    const viewer = await this.loaders.viewer(registry, actor);
    const page = await this.submissionService.list(viewer, filter ?? {}, first, after);
    return mapConnection(page, (node) => toSubmissionObject(node, viewer));
  }
}
