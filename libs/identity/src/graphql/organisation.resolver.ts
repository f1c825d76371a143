import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Idempotent,
  Actor,
  Connection,
  CurrentActor,
  LoaderRegistry,
  mapConnection,
  MaybeActor,
  PAGE_ARGS_FIRST,
  PlatformRole,
  Public,
  Roles,
} from '@app/platform';
import { MemberRole } from '../entities';
import { MembershipService } from '../services/membership.service';
import { canManageMembers, canSeeOrganisationInternals } from '../services/organisation-access';
import { listCountries } from '../services/regions';
import { OrganisationService } from '../services/organisation.service';
import { IdentityLoaderFactory } from './identity-loader.factory';
import { toInvitationObject, toMembershipObject, toOrganisationObject, toUserObject } from './identity.mapper';
import {
  CreateOrganisationInput,
  InviteMemberInput,
  OrganisationFilter,
  RemoveMemberInput,
  ReviewOrganisationInput,
} from './organisation.inputs';
import {
  CountryObject,
  InvitationObject,
  MembershipObject,
  OrganisationConnection,
  OrganisationObject,
} from './organisation.object';
import { UserObject } from './user.object';

@Resolver(() => OrganisationObject)
export class OrganisationResolver {
  constructor(
    private readonly orgService: OrganisationService,
    private readonly memberships: MembershipService,
    private readonly loaders: IdentityLoaderFactory,
  ) {}

  @Idempotent()
  @Mutation(() => OrganisationObject, { description: 'Creates a PENDING organisation; the caller becomes its ADMIN.' })
  async createOrganisation(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<OrganisationObject> {
    return toOrganisationObject(await this.orgService.create(actor, input), true);
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => OrganisationObject)
  async reviewOrganisation(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReviewOrganisationInput,
  ): Promise<OrganisationObject> {
    return toOrganisationObject(await this.orgService.review(actor, input), true);
  }

  @Mutation(() => InvitationObject)
  async inviteMember(@CurrentActor() actor: Actor, @Args('input') input: InviteMemberInput): Promise<InvitationObject> {
    return toInvitationObject(await this.memberships.invite(actor, input));
  }

  @Mutation(() => MembershipObject)
  async acceptInvitation(@CurrentActor() actor: Actor, @Args('token') token: string): Promise<MembershipObject> {
    return toMembershipObject(await this.memberships.accept(actor, token));
  }

  @Mutation(() => Boolean)
  removeMember(@CurrentActor() actor: Actor, @Args('input') input: RemoveMemberInput): Promise<boolean> {
    return this.memberships.remove(actor, input);
  }

  @Query(() => OrganisationObject)
  async organisation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OrganisationObject> {
    const org = await this.orgService.get(actor, id);
    const role = await this.orgService.roleOf(actor.userId, org.id);
    return toOrganisationObject(org, canSeeOrganisationInternals(actor, role));
  }

  @Query(() => OrganisationConnection)
  async organisations(
    @CurrentActor() actor: Actor,
    @Context('loaders') registry: LoaderRegistry,
    @Args('filter', { type: () => OrganisationFilter, nullable: true }) filter: OrganisationFilter | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', { nullable: true, type: () => String }) after: string | null,
  ): Promise<Connection<OrganisationObject>> {
    const page = await this.orgService.list(actor, filter ?? {}, first, after);
    const roles = await this.loaders
      .for(registry)
      .myRoles(actor)
      .loadMany(page.edges.map((e) => e.node.id));
    return mapConnection(page, (node, i) =>
      toOrganisationObject(node, canSeeOrganisationInternals(actor, roles[i] as MemberRole | null)),
    );
  }

  @ResolveField(() => MemberRole, { nullable: true, description: 'The caller’s role in this organisation.' })
  async myRole(
    @Parent() org: OrganisationObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<MemberRole | null> {
    // The public reaches organisations through published submissions: it has no role.
    if (!actor) return null;
    return this.loaders.for(registry).myRoles(actor).load(org.id);
  }

  @ResolveField(() => [MembershipObject], {
    nullable: true,
    description: 'Members: shown to the organisation’s members and staff.',
  })
  async members(
    @Parent() org: OrganisationObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<MembershipObject[] | null> {
    if (!actor) return null;
    const loaders = this.loaders.for(registry);
    const role = await loaders.myRoles(actor).load(org.id);
    if (!canSeeOrganisationInternals(actor, role)) return null;
    return (await loaders.membersOf().load(org.id)).map(toMembershipObject);
  }

  @ResolveField(() => [InvitationObject], {
    nullable: true,
    description: 'Invitations not yet accepted nor expired: shown to the organisation’s ADMINs and staff.',
  })
  async invitations(
    @Parent() org: OrganisationObject,
    @CurrentActor() actor: Actor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<InvitationObject[] | null> {
    const loaders = this.loaders.for(registry);
    const role = await loaders.myRoles(actor).load(org.id);
    if (!canManageMembers(actor, role)) return null;
    return (await loaders.pendingInvitationsOf().load(org.id)).map(toInvitationObject);
  }
}

@Resolver(() => CountryObject)
export class CountryResolver {
  @Public()
  @Query(() => [CountryObject], {
    description: 'Countries with their UN regional group, for pickers (the client names them in its own language).',
  })
  countries(): CountryObject[] {
    return listCountries();
  }
}

@Resolver(() => MembershipObject)
export class MembershipResolver {
  constructor(private readonly loaders: IdentityLoaderFactory) {}

  @ResolveField(() => UserObject)
  async user(
    @Parent() m: MembershipObject,
    @CurrentActor() actor: Actor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<UserObject> {
    const user = await this.loaders.for(registry).users().load(m.userId);
    if (!user) throw new Error(`membership without user ${m.userId}`);
    return toUserObject(user, actor);
  }

  @ResolveField(() => OrganisationObject)
  async organisation(
    @Parent() m: MembershipObject,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<OrganisationObject> {
    // Whoever can see a membership (a member of the organisation, or staff) can see its organisation.
    const org = await this.loaders.for(registry).organisations().load(m.organisationId);
    if (!org) throw new Error(`membership without organisation ${m.organisationId}`);
    return toOrganisationObject(org, true);
  }
}
