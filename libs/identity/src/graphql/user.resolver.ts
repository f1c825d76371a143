import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, isStaff, LoaderRegistry, MaybeActor, PlatformRole, Roles } from '@app/platform';
import { RoleService } from '../services/role.service';
import { IdentityLoaderFactory } from './identity-loader.factory';
import { toMembershipObject, toUserObject } from './identity.mapper';
import { GrantRoleInput, RevokeRoleInput } from './organisation.inputs';
import { MembershipObject } from './organisation.object';
import { UserObject } from './user.object';

@Resolver(() => UserObject)
export class UserResolver {
  constructor(
    private readonly roles: RoleService,
    private readonly loaders: IdentityLoaderFactory,
  ) {}

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
