import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityLoaderFactory, OrganisationObject, toOrganisationObject } from '@app/identity';
import {
  Idempotent,
  Actor,
  DomainException,
  ErrorCode,
  CurrentActor,
  isStaff,
  LoaderRegistry,
  MaybeActor,
  describeOperation,
} from '@app/platform';
import { CosignatureService } from '../services/cosignature.service';
import { SubmissionQueryService } from '../services/submission-query.service';
import { InviteCosignerInput, RespondToCosignatureInput } from './submission.inputs';
import { SubmissionLoaders } from './submission.loaders';
import { cosignerAttribution, toCosignatureObject, toSubmissionObject } from './submission.mapper';
import { AttributionObject, CosignatureObject, SubmissionObject } from './submission.objects';
import { SubmissionErrors } from '../submissions.errors';

@Resolver(() => CosignatureObject)
export class CosignatureResolver {
  constructor(
    private readonly cosignatures: CosignatureService,
    private readonly submissionService: SubmissionQueryService,
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
