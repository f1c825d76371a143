import { Injectable } from '@nestjs/common';
import { badCursor, Connection, decodeCursor, keysetPage, pageSize } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { EmailOutbox } from './email-outbox.service';
import { subjectOfKind } from './email-subjects';
import { NotificationEntity } from './notification.entity';

export interface NewNotification {
  kind: string;
  title: string;
  body?: string;
  entityType?: string;
  entityId?: string;
}

@Injectable()
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: EmailOutbox,
  ) {}

  /** Notifies users in the caller's transaction (one INSERT for all of them). */
  async notify(manager: EntityManager, userIds: string[], notification: NewNotification): Promise<void> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    await manager.insert(
      NotificationEntity,
      unique.map((userId) => ({
        userId,
        kind: notification.kind,
        title: notification.title,
        body: notification.body ?? '',
        entityType: notification.entityType ?? null,
        entityId: notification.entityId ?? null,
      })),
    );
  }

  /**
   * Tells people in-app and by email, in the caller's transaction. `link` is appended to the email
   * text. Each person gets one notification and one email, however many organisations they are in.
   */
  async notifyAndEmail(
    manager: EntityManager,
    people: readonly { userId: string; email: string }[],
    notification: NewNotification & { link?: string },
  ): Promise<void> {
    const unique = [...new Map(people.map((p) => [p.userId, p])).values()];
    await this.notify(
      manager,
      unique.map((p) => p.userId),
      notification,
    );
    for (const person of unique) {
      // The title may quote user text (a submission's title), so it goes in the body, not the subject.
      await this.mail.queue(manager, {
        to: person.email,
        subject: subjectOfKind(notification.kind),
        text: [notification.title, '', notification.body ?? '', notification.link ? `\n${notification.link}` : '']
          .join('\n')
          .trim(),
      });
    }
  }

  async listFor(
    userId: string,
    unreadOnly: boolean,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<NotificationEntity>> {
    const size = pageSize(first);
    const position = decodeCursor(after);
    const qb = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    // A cursor of this list carries a bigint id; anything else would reach PostgreSQL as a bad bigint.
    if (position && !/^\d{1,18}$/.test(position[1])) throw badCursor();
    return keysetPage(qb, {
      keys: ['n.id'],
      direction: 'DESC',
      after: position && { row: '(:afterId::bigint)', params: { afterId: position[1] } },
      size,
      position: (r) => [0, r.id],
    });
  }

  /** Marks the caller's own notifications read; ids of other people's are ignored. Returns how many changed. */
  async markRead(userId: string, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND id = ANY($2::bigint[]) AND read_at IS NULL`,
      [userId, ids],
    );
    return (result as [unknown, number])[1] ?? 0;
  }
}
