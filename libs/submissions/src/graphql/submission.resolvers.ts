import { Args, Context, Extensions, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ConsultationRoundObject,
  ConsultationsLoaders,
  toRoundObject,
  TreatyProvisionObject,
} from '@app/consultations';
import {
  IdentityLoaderFactory,
  OrganisationObject,
  toOrganisationObject,
  toUserObject,
  UserObject,
} from '@app/identity';
import {
  Idempotent,
  Actor,
  actorOf,
  Clock,
  Connection,
  DomainException,
  ErrorCode,
  CurrentActor,
  EXPENSE_EXTENSION,
  GraphqlContext,
  isStaff,
  LoaderRegistry,
  mapConnection,
  MaybeActor,
  PAGE_ARGS_AFTER,
  PAGE_ARGS_FIRST,
  Public,
  describeOperation,
  invariant,
} from '@app/platform';
import { TagObject } from '@app/taxonomy';
import { CosignatureService } from '../services/cosignature.service';
import {
  canSeeAuthor,
  canSeeCosignature,
  canSeeOrganisation,
  canSeeWorkflow,
  isOwn,
} from '../services/disclosure.policy';
import { SubmissionService } from '../services/submission.service';
import { countWords, renderMarkdown } from '@app/text';
import {
  CreateSubmissionInput,
  InviteCosignerInput,
  RespondToCosignatureInput,
  SubmissionFilterInput,
  SubmitSubmissionInput,
  UpdateSubmissionInput,
  WithdrawSubmissionInput,
} from './submission.inputs';
import { SubmissionLoaders } from './submission.loaders';
import {
  cosignerAttribution,
  submissionAttribution,
  toCosignatureObject,
  toSubmissionObject,
} from './submission.mapper';
import {
  AttributionObject,
  CosignatureObject,
  SubmissionConnection,
  SubmissionObject,
  SubmissionVersionObject,
} from './submission.objects';
import { SubmissionErrors } from '../submissions.errors';

/** What a `submissions` call costs beyond reading a page (charged to the caller's budget). */
export function submissionsExpense(args: Record<string, unknown>): number {
  const filter = (args.filter ?? {}) as { search?: unknown; tagIds?: unknown };
  return (filter.search ? 100 : 0) + 5 * (Array.isArray(filter.tagIds) ? filter.tagIds.length : 0);
}

@Resolver(() => SubmissionObject)
export class SubmissionResolver {
  constructor(
    private readonly submissionService: SubmissionService,
    private readonly loaders: SubmissionLoaders,
    private readonly identity: IdentityLoaderFactory,
    private readonly consultations: ConsultationsLoaders,
    private readonly clock: Clock,
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
    const created = await this.submissionService.create(actor, input);
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
      await this.submissionService.update(actor, id, expectedVersion, changes),
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
      await this.submissionService.submit(actor, input.id, input.expectedVersion),
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
      await this.submissionService.withdraw(actor, input.id, input.reason),
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

  // The fields below run once per item of a list (fifty times a page): they take graphql-js's
  // (parent, args, context) with no parameter decorators, so @nestjs/graphql binds them as plain
  // resolvers without its per-call pipeline (see actorOf in @app/platform).

  @ResolveField(() => AttributionObject, {
    description: 'Who wrote it, as this caller may learn it: the organisation’s name, or its region only.',
  })
  async attribution(s: SubmissionObject, _args: unknown, ctx: GraphqlContext): Promise<AttributionObject> {
    const viewer = await this.loaders.viewer(ctx.loaders, actorOf(ctx));
    const org = canSeeOrganisation(viewer, s.record)
      ? await this.identity.for(ctx.loaders).organisations().load(s.record.organisationId)
      : null;
    return submissionAttribution(s.record, viewer, org);
  }

  @ResolveField(() => OrganisationObject, {
    nullable: true,
    description: 'Null where the disclosure hides the organisation from this caller.',
  })
  async organisation(s: SubmissionObject, _args: unknown, ctx: GraphqlContext): Promise<OrganisationObject | null> {
    const viewer = await this.loaders.viewer(ctx.loaders, actorOf(ctx));
    if (!canSeeOrganisation(viewer, s.record)) return null;
    const org = await this.identity.for(ctx.loaders).organisations().load(s.record.organisationId);
    return org ? toOrganisationObject(org, isOwn(viewer, s.record) || isStaff(actorOf(ctx))) : null;
  }

  @ResolveField(() => UserObject, {
    nullable: true,
    description: 'The person who wrote it: shown to their own organisation only.',
  })
  async author(s: SubmissionObject, _args: unknown, ctx: GraphqlContext): Promise<UserObject | null> {
    const viewer = await this.loaders.viewer(ctx.loaders, actorOf(ctx));
    if (!canSeeAuthor(viewer, s.record) || !s.record.authorId) return null;
    const user = await this.identity.for(ctx.loaders).users().load(s.record.authorId);
    return user ? toUserObject(user, actorOf(ctx)) : null;
  }

  @ResolveField(() => [CosignatureObject], {
    description:
      'Co-signatures the caller may see: accepted, published ones wherever the submission is visible; all of them to the submitting organisation, moderators and staff; its own invitation to a co-signer.',
  })
  async cosigners(s: SubmissionObject, _args: unknown, ctx: GraphqlContext): Promise<CosignatureObject[]> {
    const viewer = await this.loaders.viewer(ctx.loaders, actorOf(ctx));
    const all = await this.loaders.cosignatures(ctx.loaders).load(s.id);
    return all
      .filter((c) => canSeeCosignature(viewer, s.record, c))
      .map((c) => toCosignatureObject(c, s.record, viewer));
  }

  @ResolveField(() => [TagObject], { description: 'Tags applied by moderators.' })
  tags(s: SubmissionObject, _args: unknown, ctx: GraphqlContext): Promise<TagObject[]> {
    return this.loaders.tags(ctx.loaders).load(s.id);
  }

  @ResolveField(() => [TreatyProvisionObject], { description: 'The treaty provisions it cites, in the order given.' })
  async provisions(s: SubmissionObject, _args: unknown, ctx: GraphqlContext): Promise<TreatyProvisionObject[]> {
    const all = await this.loaders.provisionsById(ctx.loaders);
    return s.provisionIds.map((id) => all.get(id)).filter((p): p is NonNullable<typeof p> => !!p);
  }

  @ResolveField(() => ConsultationRoundObject, { description: 'The consultation round it was submitted into.' })
  async round(s: SubmissionObject, _args: unknown, ctx: GraphqlContext): Promise<ConsultationRoundObject> {
    const round = await this.consultations.round(ctx.loaders).load(s.roundId);
    invariant(round, `submission ${s.id} without round`);
    return toRoundObject(round, this.clock.now());
  }

  @ResolveField(() => [SubmissionVersionObject], {
    nullable: true,
    description: 'Submitted versions: shown to the submitting organisation, moderators and staff.',
  })
  async versions(s: SubmissionObject, _args: unknown, ctx: GraphqlContext): Promise<SubmissionVersionObject[] | null> {
    const viewer = await this.loaders.viewer(ctx.loaders, actorOf(ctx));
    if (!canSeeWorkflow(viewer, s.record)) return null;
    return this.loaders.versions(ctx.loaders).load(s.id);
  }

  @ResolveField(() => String, {
    description: 'The body rendered to sanitised HTML (no scripts, event handlers, javascript: or data: URLs).',
  })
  async bodyHtml(s: SubmissionObject, _args: unknown, ctx: GraphqlContext): Promise<string> {
    return renderMarkdown(await this.body(s, undefined, ctx));
  }

  @ResolveField(() => Int, { description: 'Words in the body, counted for its language.' })
  async wordCount(s: SubmissionObject, _args: unknown, ctx: GraphqlContext): Promise<number> {
    return countWords(await this.body(s, undefined, ctx), s.language);
  }

  @ResolveField(() => String, { description: 'Markdown source.' })
  async body(s: SubmissionObject, _args: unknown, ctx: GraphqlContext): Promise<string> {
    // Lists and the queue leave bodies out (they are the bulk of a row); load them only when asked for.
    return s.body ?? (await this.loaders.bodies(ctx.loaders).load(s.id));
  }
}

@Resolver(() => CosignatureObject)
export class CosignatureResolver {
  constructor(
    private readonly cosignatures: CosignatureService,
    private readonly submissionService: SubmissionService,
    private readonly loaders: SubmissionLoaders,
    private readonly identity: IdentityLoaderFactory,
  ) {}

  @Idempotent()
  @Mutation(() => CosignatureObject, {
    description: describeOperation(
      'A member of the submitting organisation asks another VERIFIED organisation to co-sign a submission that is not decided yet; the invited organisation’s ADMINs are notified. Takes an `Idempotency-Key` header.',
      {
        NOT_FOUND: 'no submission of the caller’s organisation, or no VERIFIED organisation (naming the field)',
        BAD_USER_INPUT: 'the organisation is the submitting one or was already invited',
        CONFLICT: 'the submission’s status no longer gathers co-signatures',
      },
    ),
  })
  async inviteCosigner(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The submission and the organisation invited.' }) input: InviteCosignerInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<CosignatureObject> {
    const c = await this.cosignatures.invite(actor, input.submissionId, input.organisationId);
    const viewer = await this.loaders.viewer(registry, actor);
    return toCosignatureObject(c, await this.submissionService.get(viewer, c.submissionId), viewer);
  }

  @Mutation(() => CosignatureObject, {
    description: describeOperation(
      'An ADMIN of the invited (VERIFIED) organisation accepts the current text, choosing its disclosure, or declines.',
      {
        NOT_FOUND: 'no invitation to one of the caller’s organisations',
        FORBIDDEN: 'the caller is not its ADMIN, or it is not VERIFIED',
        BAD_USER_INPUT: 'accepting without a disclosure',
        CONFLICT: 'the submission’s status can no longer be co-signed',
      },
    ),
  })
  async respondToCosignature(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The invitation and the answer.' }) input: RespondToCosignatureInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<CosignatureObject> {
    const c = await this.cosignatures.respond(actor, input.cosignatureId, input.accept, input.disclosure);
    const viewer = await this.loaders.viewer(registry, actor);
    return toCosignatureObject(c, await this.submissionService.get(viewer, c.submissionId), viewer);
  }

  @Query(() => CosignatureObject, {
    description: describeOperation(
      'One co-signature, for whoever may see its submission (the invited organisation can).',
      { NOT_FOUND: 'no such co-signature, or its submission is hidden from the caller' },
    ),
  })
  async cosignature(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The co-signature’s id.' }) id: string,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<CosignatureObject> {
    const viewer = await this.loaders.viewer(registry, actor);
    const c = await this.cosignatures.findById(id);
    // The same NOT_FOUND for an id that does not exist and one whose submission the caller may not see.
    const submission =
      c &&
      (await this.submissionService.get(viewer, c.submissionId).catch((error: unknown) => {
        if (error instanceof DomainException && error.code === ErrorCode.NOT_FOUND) return null;
        throw error;
      }));
    if (!c || !submission) throw SubmissionErrors.COSIGNATURE_NOT_FOUND();
    return toCosignatureObject(c, submission, viewer);
  }

  @ResolveField(() => AttributionObject, {
    description: 'The co-signer, as this caller may learn it: the organisation’s name, or its region only.',
  })
  async attribution(
    @Parent() c: CosignatureObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<AttributionObject> {
    const viewer = await this.loaders.viewer(registry, actor);
    // The region is always shown, so the organisation is loaded; its name passes only if the policy allows.
    const org = await this.identity.for(registry).organisations().load(c.record.organisationId);
    return cosignerAttribution(c.record, c.submission, viewer, org);
  }

  @ResolveField(() => OrganisationObject, {
    nullable: true,
    description: 'Null where the co-signer’s disclosure hides it from this caller.',
  })
  async organisation(
    @Parent() c: CosignatureObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<OrganisationObject | null> {
    const viewer = await this.loaders.viewer(registry, actor);
    const attribution = await this.attribution(c, actor, registry);
    if (attribution.masked) return null;
    const org = await this.identity.for(registry).organisations().load(c.record.organisationId);
    return org ? toOrganisationObject(org, viewer.orgIds.has(org.id) || isStaff(actor)) : null;
  }

  @ResolveField(() => SubmissionObject, { description: 'The submission co-signed (as this caller may see it).' })
  async submission(
    @Parent() c: CosignatureObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return toSubmissionObject(c.submission, await this.loaders.viewer(registry, actor));
  }
}

/** `submissions` nested on rounds and organisations: the same service, the same policy. */
@Resolver(() => ConsultationRoundObject)
export class RoundSubmissionsResolver {
  constructor(
    private readonly submissionService: SubmissionService,
    private readonly loaders: SubmissionLoaders,
  ) {}

  @ResolveField(() => SubmissionConnection, {
    description: 'The round’s submissions this caller may see, newest first.',
  })
  async submissions(
    @Parent() round: ConsultationRoundObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_ARGS_AFTER) after: string | null,
  ): Promise<Connection<SubmissionObject>> {
    const viewer = await this.loaders.viewer(registry, actor);
    const page = await this.submissionService.list(viewer, { roundId: round.id }, first, after);
    return mapConnection(page, (node) => toSubmissionObject(node, viewer));
  }
}

@Resolver(() => OrganisationObject)
export class OrganisationSubmissionsResolver {
  constructor(
    private readonly submissionService: SubmissionService,
    private readonly loaders: SubmissionLoaders,
  ) {}

  @ResolveField(() => SubmissionConnection, {
    description:
      'The organisation’s submissions this caller may see, newest first, and only those whose organisation the caller may learn.',
  })
  async submissions(
    @Parent() org: OrganisationObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_ARGS_AFTER) after: string | null,
  ): Promise<Connection<SubmissionObject>> {
    const viewer = await this.loaders.viewer(registry, actor);
    const page = await this.submissionService.list(viewer, { organisationId: org.id }, first, after);
    return mapConnection(page, (node) => toSubmissionObject(node, viewer));
  }

  @ResolveField(() => [CosignatureObject], {
    nullable: true,
    description: 'Invitations this organisation received to co-sign, newest first: its members and staff.',
  })
  async cosignatureInvitations(
    @Parent() org: OrganisationObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<CosignatureObject[] | null> {
    const viewer = await this.loaders.viewer(registry, actor);
    if (!viewer.orgIds.has(org.id) && !isStaff(actor)) return null;
    const rows = await this.loaders.cosignaturesOfOrganisation(registry).load(org.id);
    const subs = new Map(
      (await this.submissionService.findByIds([...new Set(rows.map((c) => c.submissionId))])).map((s) => [s.id, s]),
    );
    return rows.flatMap((c) => {
      const s = subs.get(c.submissionId);
      return s ? [toCosignatureObject(c, s, viewer)] : [];
    });
  }
}
