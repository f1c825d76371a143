import { Int, ResolveField, Resolver } from '@nestjs/graphql';
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
import { actorOf, Clock, GraphqlContext, isStaff, invariant } from '@app/platform';
import { TagObject } from '@app/taxonomy';
import {
  canSeeAuthor,
  canSeeCosignature,
  canSeeOrganisation,
  canSeeWorkflow,
  isOwn,
} from '../services/disclosure.policy';
import { countWords, renderMarkdown } from '@app/text';
import { SubmissionLoaders } from './submission.loaders';
import { submissionAttribution, toCosignatureObject } from './submission.mapper';
import { AttributionObject, CosignatureObject, SubmissionObject, SubmissionVersionObject } from './submission.objects';

/**
 * The fields of a Submission, each as the disclosure policy lets the caller see it. They run once
 * per item of a list (fifty times a page): they take graphql-js's (parent, args, context) with no
 * parameter decorators, so @nestjs/graphql binds them as plain resolvers without its per-call
 * pipeline (see actorOf in @app/platform).
 */
@Resolver(() => SubmissionObject)
export class SubmissionFieldsResolver {
  constructor(
    private readonly loaders: SubmissionLoaders,
    private readonly identity: IdentityLoaderFactory,
    private readonly consultations: ConsultationsLoaders,
    private readonly clock: Clock,
  ) {}

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
