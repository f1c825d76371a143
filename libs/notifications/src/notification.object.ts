import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/platform';

@ObjectType('Notification', { description: 'An in-app notification to one person (most also go out by email).' })
export class NotificationObject {
  @Field(() => ID, { description: 'Stable id; pass to markNotificationsRead.' })
  id!: string;

  @Field({
    description:
      'What happened: DECISION_MADE, CHANGES_REQUESTED, COSIGN_INVITATION, COSIGNATURE_RESET, ROUND_OPENED, ROUND_CLOSING_SOON, ITEMS_WAITING, DIGEST_READY, ORGANISATION_REVIEWED or MEMBERSHIP_REMOVED.',
  })
  kind!: string;

  @Field({ description: 'One line to show.' })
  title!: string;

  @Field({ description: 'More detail (may be empty).' })
  body!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The kind of thing it is about (e.g. Submission, Cosignature, Digest), if any.',
  })
  entityType!: string | null;

  @Field(() => ID, { nullable: true, description: 'The id of the thing it is about, if any.' })
  entityId!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the person marked it read; null while unread.',
  })
  readAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' })
  createdAt!: Date;
}

export const NotificationConnection = ConnectionType(NotificationObject, 'Notification', 'notifications');
