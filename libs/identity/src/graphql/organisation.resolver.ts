import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Idempotent,
  Actor,
  Connection,
  CurrentActor,
  LoaderRegistry,
  mapConnection,
  MaybeActor,
  PAGE_ARGS_AFTER,
  PAGE_ARGS_FIRST,
  PlatformRole,
  Public,
  Roles,
  describeOperation,
  invariant,
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
  @Mutation(() => OrganisationObject, {
    description: describeOperation(
      'Creates a PENDING organisation; the caller becomes its ADMIN. The region comes from the country; `region` is needed only where the country is in no UN regional group. Takes an `Idempotency-Key` header.',
      {
        BAD_USER_INPUT: 'the country is not an ISO 3166-1 code, or a region is needed and missing (naming the field)',
        CONFLICT: 'the `Idempotency-Key` was used for another request, or its first request is still running',
      },
    ),
  })
  async createOrganisation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The organisation to create.' }) input: CreateOrganisationInput,
  ): Promise<OrganisationObject> {
    return toOrganisationObject(await this.orgService.create(actor, input), true);
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => OrganisationObject, {
    description: describeOperation(
      'Staff verify, reject or suspend an organisation (audited); its members are notified.',
      {
        FORBIDDEN: 'the caller is not STAFF',
        NOT_FOUND: 'no such organisation',
        BAD_USER_INPUT: 'REJECT or SUSPEND without a note',
        CONFLICT: 'the decision does not apply to the organisation’s current status',
      },
    ),
  })
  async reviewOrganisation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The organisation and the decision.' }) input: ReviewOrganisationInput,
  ): Promise<OrganisationObject> {
    return toOrganisationObject(await this.orgService.review(actor, input), true);
  }

  @Mutation(() => InvitationObject, {
    description: describeOperation(
      'An ADMIN of a VERIFIED organisation (or staff) invites someone by email; the link is valid for 7 days. Organisations send a limited number of invitations a day.',
      {
        NOT_FOUND: 'no organisation the caller may see',
        FORBIDDEN: 'the caller is not its ADMIN, or it is not VERIFIED',
        BAD_USER_INPUT: 'the address already belongs to a member',
        RATE_LIMITED: 'the organisation’s invitations for today are used up',
      },
    ),
  })
  async inviteMember(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The organisation, the address and the role.' }) input: InviteMemberInput,
  ): Promise<InvitationObject> {
    return toInvitationObject(await this.memberships.invite(actor, input));
  }

  @Mutation(() => MembershipObject, {
    description: describeOperation(
      'The logged-in person accepts an invitation sent to their own email address and becomes a member.',
      {
        NOT_FOUND: 'the token is unknown, used, expired, for another address, or its organisation was rejected',
        CONFLICT: 'the person is already a member',
      },
    ),
  })
  async acceptInvitation(
    @CurrentActor() actor: Actor,
    @Args('token', { description: 'The token from the invitation link.' }) token: string,
  ): Promise<MembershipObject> {
    return toMembershipObject(await this.memberships.accept(actor, token));
  }

  @Mutation(() => Boolean, {
    description: describeOperation(
      'An ADMIN (or staff) removes a member, who is notified; anyone may remove themself to leave. True when done.',
      {
        NOT_FOUND: 'no organisation the caller may see, or the person is not a member',
        FORBIDDEN: 'removing someone else without being ADMIN or staff',
        CONFLICT: 'it would leave the organisation without an ADMIN',
      },
    ),
  })
  removeMember(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The organisation and the member.' }) input: RemoveMemberInput,
  ): Promise<boolean> {
    return this.memberships.remove(actor, input);
  }

  @Query(() => OrganisationObject, {
    description: describeOperation(
      'One organisation the caller may see: VERIFIED ones, their own in any status, or any for staff and moderators.',
      { NOT_FOUND: 'no such organisation, or one the caller may not see' },
    ),
  })
  async organisation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The organisation’s id.' }) id: string,
  ): Promise<OrganisationObject> {
    const org = await this.orgService.get(actor, id);
    const role = await this.orgService.roleOf(actor.userId, org.id);
    return toOrganisationObject(org, canSeeOrganisationInternals(actor, role));
  }

  @Query(() => OrganisationConnection, {
    description: describeOperation('Organisations the caller may see, by name (keyset-paginated).', {
      BAD_USER_INPUT: 'a filter value, `first` or `after` is invalid',
    }),
  })
  async organisations(
    @CurrentActor() actor: Actor,
    @Context('loaders') registry: LoaderRegistry,
    @Args('filter', {
      type: () => OrganisationFilter,
      nullable: true,
      description: 'Narrows the list; omit for all the caller may see.',
    })
    filter: OrganisationFilter | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_ARGS_AFTER) after: string | null,
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

  @ResolveField(() => MemberRole, {
    nullable: true,
    description: 'The caller’s role in this organisation; null when not a member (and for the public).',
  })
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
    description: 'Members and their roles: shown to the organisation’s members and staff, else null.',
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
    description: 'Invitations not yet accepted nor expired: shown to the organisation’s ADMINs and staff, else null.',
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
    description: describeOperation(
      'Public. Countries with their UN regional group, for pickers (the client names them in its own language).',
    ),
  })
  countries(): CountryObject[] {
    return listCountries();
  }
}

@Resolver(() => MembershipObject)
export class MembershipResolver {
  constructor(private readonly loaders: IdentityLoaderFactory) {}

  @ResolveField(() => UserObject, {
    description: 'The member (email and roles as UserObject shows them to this caller).',
  })
  async user(
    @Parent() m: MembershipObject,
    @CurrentActor() actor: Actor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<UserObject> {
    const user = await this.loaders.for(registry).users().load(m.userId);
    invariant(user, `membership without user ${m.userId}`);
    return toUserObject(user, actor);
  }

  @ResolveField(() => OrganisationObject, { description: 'The organisation.' })
  async organisation(
    @Parent() m: MembershipObject,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<OrganisationObject> {
    // Whoever can see a membership (a member of the organisation, or staff) can see its organisation.
    const org = await this.loaders.for(registry).organisations().load(m.organisationId);
    invariant(org, `membership without organisation ${m.organisationId}`);
    return toOrganisationObject(org, true);
  }
}
