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
  PAGE_ARGS_FIRST,
  Public,
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

const PAGE_AFTER = { nullable: true, type: () => String } as const;

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
  @Mutation(() => SubmissionObject, { description: 'Starts a DRAFT for one of the caller’s VERIFIED organisations.' })
  async createSubmission(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateSubmissionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    const created = await this.submissionService.create(actor, input);
    return toSubmissionObject(created, await this.loaders.viewer(registry, actor));
  }

  @Mutation(() => SubmissionObject)
  async updateSubmission(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateSubmissionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    const { id, expectedVersion, ...changes } = input;
    return toSubmissionObject(
      await this.submissionService.update(actor, id, expectedVersion, changes),
      await this.loaders.viewer(registry, actor),
    );
  }

  @Idempotent()
  @Mutation(() => SubmissionObject)
  async submitSubmission(
    @CurrentActor() actor: Actor,
    @Args('input') input: SubmitSubmissionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return toSubmissionObject(
      await this.submissionService.submit(actor, input.id, input.expectedVersion),
      await this.loaders.viewer(registry, actor),
    );
  }

  @Mutation(() => SubmissionObject)
  async withdrawSubmission(
    @CurrentActor() actor: Actor,
    @Args('input') input: WithdrawSubmissionInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    return toSubmissionObject(
      await this.submissionService.withdraw(actor, input.id, input.reason),
      await this.loaders.viewer(registry, actor),
    );
  }

  @Public()
  @Query(() => SubmissionObject)
  async submission(
    @CurrentActor() actor: MaybeActor,
    @Args('id', { type: () => ID }) id: string,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<SubmissionObject> {
    const viewer = await this.loaders.viewer(registry, actor);
    return toSubmissionObject(await this.submissionService.get(viewer, id), viewer);
  }

  @Public()
  // Full-text search ranks every matching body; each tag filter is one more EXISTS per row.
  @Extensions({ [EXPENSE_EXTENSION]: submissionsExpense })
  @Query(() => SubmissionConnection, {
    description: 'What a caller sees depends on who they are: the public sees approved, published submissions.',
  })
  async submissions(
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
    @Args('filter', { type: () => SubmissionFilterInput, nullable: true })
    filter: SubmissionFilterInput | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_AFTER) after: string | null,
  ): Promise<Connection<SubmissionObject>> {
    const viewer = await this.loaders.viewer(registry, actor);
    const page = await this.submissionService.list(viewer, filter ?? {}, first, after);
    return mapConnection(page, (node) => toSubmissionObject(node, viewer));
  }

  // The fields below run once per item of a list (fifty times a page): they take graphql-js's
  // (parent, args, context) with no parameter decorators, so @nestjs/graphql binds them as plain
  // resolvers without its per-call pipeline (see actorOf in @app/platform).

  @ResolveField(() => AttributionObject)
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

  @ResolveField(() => [CosignatureObject])
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

  @ResolveField(() => [TreatyProvisionObject])
  async provisions(s: SubmissionObject, _args: unknown, ctx: GraphqlContext): Promise<TreatyProvisionObject[]> {
    const all = await this.loaders.provisionsById(ctx.loaders);
    return s.provisionIds.map((id) => all.get(id)).filter((p): p is NonNullable<typeof p> => !!p);
  }

  @ResolveField(() => ConsultationRoundObject)
  async round(s: SubmissionObject, _args: unknown, ctx: GraphqlContext): Promise<ConsultationRoundObject> {
    const round = await this.consultations.round(ctx.loaders).load(s.roundId);
    if (!round) throw new Error(`submission ${s.id} without round`);
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
  @Mutation(() => CosignatureObject, { description: 'Asks another VERIFIED organisation to co-sign.' })
  async inviteCosigner(
    @CurrentActor() actor: Actor,
    @Args('input') input: InviteCosignerInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<CosignatureObject> {
    const c = await this.cosignatures.invite(actor, input.submissionId, input.organisationId);
    const viewer = await this.loaders.viewer(registry, actor);
    return toCosignatureObject(c, await this.submissionService.get(viewer, c.submissionId), viewer);
  }

  @Mutation(() => CosignatureObject, {
    description: 'An ADMIN of the invited organisation accepts (choosing its disclosure) or declines.',
  })
  async respondToCosignature(
    @CurrentActor() actor: Actor,
    @Args('input') input: RespondToCosignatureInput,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<CosignatureObject> {
    const c = await this.cosignatures.respond(actor, input.cosignatureId, input.accept, input.disclosure);
    const viewer = await this.loaders.viewer(registry, actor);
    return toCosignatureObject(c, await this.submissionService.get(viewer, c.submissionId), viewer);
  }

  @Query(() => CosignatureObject, {
    description: 'One co-signature, for whoever may see its submission (the invited organisation can).',
  })
  async cosignature(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
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
    if (!c || !submission) throw new DomainException(ErrorCode.NOT_FOUND, 'Co-signature not found');
    return toCosignatureObject(c, submission, viewer);
  }

  @ResolveField(() => AttributionObject)
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

  @ResolveField(() => SubmissionConnection)
  async submissions(
    @Parent() round: ConsultationRoundObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_AFTER) after: string | null,
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

  @ResolveField(() => SubmissionConnection, { description: 'Only submissions whose organisation this caller may see.' })
  async submissions(
    @Parent() org: OrganisationObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_AFTER) after: string | null,
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
