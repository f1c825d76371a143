import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Actor,
  Connection,
  ConnectionType,
  CurrentActor,
  describeOperation,
  isStaff,
  LoaderRegistry,
  mapConnection,
  MaybeActor,
  PAGE_ARGS_AFTER,
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

export const UserConnection = ConnectionType(UserObject, 'User', 'people');

@Resolver(() => UserObject)
export class UserResolver {
  constructor(
    private readonly roles: RoleService,
    private readonly userService: UserService,
    private readonly loaders: IdentityLoaderFactory,
  ) {}

  @Roles(PlatformRole.STAFF)
  @Query(() => UserConnection, {
    description: describeOperation('Staff: people by display name, for granting and revoking platform roles.', {
      FORBIDDEN: 'the caller is not STAFF',
      BAD_USER_INPUT: 'a filter value, `first` or `after` is invalid',
    }),
  })
  async users(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => UserFilter, nullable: true, description: 'Narrows the list; omit for everyone.' })
    filter: UserFilter | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_ARGS_AFTER) after: string | null,
  ): Promise<Connection<UserObject>> {
    return mapConnection(await this.userService.list(filter ?? {}, first, after), (u) => toUserObject(u, actor));
  }

  @ResolveField(() => [MembershipObject], {
    nullable: true,
    description: 'The person’s organisations and roles in them: shown to the person themself and to staff, else null.',
  })
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
  @Mutation(() => UserObject, {
    description: describeOperation(
      'Staff give a person a platform role (audited). Granting a role already held changes nothing.',
      { FORBIDDEN: 'the caller is not STAFF', NOT_FOUND: 'no such person' },
    ),
  })
  async grantRole(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The person and the role.' }) input: GrantRoleInput,
  ): Promise<UserObject> {
    return toUserObject(await this.roles.grant(actor, input.userId, input.role), actor);
  }

  @Roles(PlatformRole.STAFF)
  @Mutation(() => UserObject, {
    description: describeOperation(
      'Staff take a platform role away (audited). Revoking a role not held changes nothing.',
      {
        FORBIDDEN: 'the caller is not STAFF',
        NOT_FOUND: 'no such person',
        CONFLICT: 'it would leave Plenary without a STAFF user',
      },
    ),
  })
  async revokeRole(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The person and the role.' }) input: RevokeRoleInput,
  ): Promise<UserObject> {
    return toUserObject(await this.roles.revoke(actor, input.userId, input.role), actor);
  }
}
