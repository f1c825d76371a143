import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, DomainException, PAGE_ARGS_FIRST } from '@app/platform';
import { NotificationConnection, NotificationObject } from './notification.object';
import { NotificationService } from './notification.service';

@Resolver(() => NotificationObject)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'The caller’s notifications, newest first.' })
  myNotifications(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly: boolean | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', { nullable: true, type: () => String }) after: string | null,
  ): Promise<Connection<NotificationObject>> {
    return this.notifications.listFor(actor.userId, unreadOnly ?? false, first, after);
  }

  @Mutation(() => Int, { description: 'Marks the given notifications read; returns how many changed.' })
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    if (ids.length > 500) throw DomainException.badInput('ids', 'at most 500 at a time');
    if (ids.some((id) => !/^\d{1,18}$/.test(id)))
      throw DomainException.badInput('ids', 'contains an id that is not a notification id');
    return this.notifications.markRead(actor.userId, ids);
  }
}
