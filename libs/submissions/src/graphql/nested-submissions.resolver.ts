import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConsultationRoundObject } from '@app/consultations';
import { OrganisationObject } from '@app/identity';
import {
  Connection,
  CurrentActor,
  isStaff,
  LoaderRegistry,
  mapConnection,
  MaybeActor,
  PAGE_ARGS_AFTER,
  PAGE_ARGS_FIRST,
} from '@app/platform';
import { SubmissionQueryService } from '../services/submission-query.service';
import { SubmissionLoaders } from './submission.loaders';
import { toCosignatureObject, toSubmissionObject } from './submission.mapper';
import { CosignatureObject, SubmissionConnection, SubmissionObject } from './submission.objects';

/** `submissions` nested on rounds and organisations: the same service, the same policy. */
@Resolver(() => ConsultationRoundObject)
export class RoundSubmissionsResolver {
  constructor(
    private readonly submissionService: SubmissionQueryService,
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
    private readonly submissionService: SubmissionQueryService,
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
