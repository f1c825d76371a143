import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, PAGE_ARGS_AFTER, PAGE_ARGS_FIRST, describeOperation } from '@app/platform';
import { NotificationConnection, NotificationObject } from './notification.object';
import { NotificationService } from './notification.service';
import { NotificationErrors } from './notifications.errors';

/** The most notifications one markNotificationsRead call takes. */
const MARK_READ_MAX = 500;

@Resolver(() => NotificationObject)
export class NotificationResolver {
  constructor(private readonly notifications: NotificationService) {}

  @Query(() => NotificationConnection, {
    description: describeOperation('The caller’s notifications, newest first.', {
      BAD_USER_INPUT: '`first` or `after` is invalid',
    }),
  })
  myNotifications(
    @CurrentActor() actor: Actor,
    @Args('unreadOnly', {
      type: () => Boolean,
      nullable: true,
      description: 'Only notifications not read yet (default false).',
    })
    unreadOnly: boolean | null,
    @Args('first', PAGE_ARGS_FIRST) first: number | null,
    @Args('after', PAGE_ARGS_AFTER) after: string | null,
  ): Promise<Connection<NotificationObject>> {
    return this.notifications.listFor(actor.userId, unreadOnly ?? false, first, after);
  }

  @Mutation(() => Int, {
    description: describeOperation(
      'Marks the caller’s given notifications read; ids of other people’s are ignored. Returns how many changed.',
      { BAD_USER_INPUT: 'more than 500 ids, or one is not a notification id (naming `ids`)' },
    ),
  })
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID], description: 'Ids of the caller’s notifications (at most 500).' }) ids: string[],
  ): Promise<number> {
    if (ids.length > MARK_READ_MAX) throw NotificationErrors.TOO_MANY_IDS(MARK_READ_MAX);
    if (ids.some((id) => !/^\d{1,18}$/.test(id))) throw NotificationErrors.NOT_A_NOTIFICATION_ID();
    return this.notifications.markRead(actor.userId, ids);
  }
}
