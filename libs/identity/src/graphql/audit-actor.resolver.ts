import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEventObject } from '@app/audit';
import { CurrentActor, LoaderRegistry, MaybeActor } from '@app/platform';
import { IdentityLoaderFactory } from './identity-loader.factory';
import { toUserObject } from './identity.mapper';
import { UserObject } from './user.object';

/**
 * Who acted, by name, on an audit event (the trail is staff-only). Lives in identity because the
 * audit lib sits below it; a sealed event's actorId is already null (see AuditService.list), so a
 * sealed actor never gets a name here either.
 */
@Resolver(() => AuditEventObject)
export class AuditActorResolver {
  constructor(private readonly loaders: IdentityLoaderFactory) {}

  @ResolveField(() => UserObject, {
    nullable: true,
    description: 'The person who acted; null for the system and for sealed events.',
  })
  async actor(
    @Parent() event: AuditEventObject,
    @CurrentActor() viewer: MaybeActor,
    @Context('loaders') registry: LoaderRegistry,
  ): Promise<UserObject | null> {
    if (!event.actorId) return null;
    const user = await this.loaders.for(registry).users().load(event.actorId);
    return user ? toUserObject(user, viewer) : null;
  }
}
