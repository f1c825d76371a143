import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  Connection,
  ConnectionType,
  CurrentActor,
  isStaff,
  LoaderRegistry,
  mapConnection,
  MaybeActor,
  PAGE_ARGS_FIRST,
  PlatformRole,
  Roles,
} from '@app/platform';
import { UserService } from '../services/user.service';
import { RoleService } from '../services/role.service';
import { IdentityLoaderFactory } from './identity-loader.factory';
import { toMembershipObject, toUserObject } from './identity.mapper';
import { GrantRoleInput, RevokeRoleInput, UserFilter } from './organisation.inputs';
import { MembershipObject } from './organisation.object';
import { UserObject } from './user.object';

export const UserConnection = ConnectionType(UserObject, 'User');

@Resolver(() => UserObject)
export class UserResolver {
  constructor(
    private readonly roles: RoleService,
    private readonly userService: UserService,
    private readonly loaders: IdentityLoaderFactory,
  ) {}

  @Roles(PlatformRole.STAFF)
  @Query(() => UserConnection, {
    description: 'People by display name, for staff granting and revoking platform roles.',
  })
  async users(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => UserFilter, nullable: true }) filter: UserFilter | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', { nullable: true, type: () => String }) after: string | null,
  ): Promise<Connection<UserObject>> {
    return mapConnection(await this.userService.list(filter ?? {}, first, after), (u) => toUserObject(u, actor));
  }

  @ResolveField(() => [MembershipObject], { nullable: true, description: 'Shown to the person themself and to staff.' })
  async memberships(
    @Parent() user: UserObject,
    @CurrentActor() actor: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<MembershipObject[] | null> {
    // `login { user { memberships } }` runs before the request has a caller: nothing to show yet.
    if (!actor || (actor.userId !== user.id && !isStaff(actor))) return null;
    return (await this.loaders.for(registry).membershipsOfUser().load(user.id)).map(toMembershipObject);
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => UserObject)
  async grantRole(@CurrentActor() actor: Actor, @Args('input') input: GrantRoleInput): Promise<UserObject> {
    return toUserObject(await this.roles.grant(actor, input.userId, input.role), actor);
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => UserObject)
  async revokeRole(@CurrentActor() actor: Actor, @Args('input') input: RevokeRoleInput): Promise<UserObject> {
    return toUserObject(await this.roles.revoke(actor, input.userId, input.role), actor);
  }
}
