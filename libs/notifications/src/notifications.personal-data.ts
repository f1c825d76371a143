import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSubject, PersonalDataRegistry } from '@app/platform';
import { EntityManager } from 'typeorm';

/** A person's in-app notifications are theirs to export; erasing them also blanks the emails sent to them. */
@Injectable()
export class NotificationsPersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      key: 'notifications',
      export: (manager: EntityManager, { userId }: DataSubject) =>
        manager.query(
          `SELECT kind, title, body, created_at AS "createdAt", read_at AS "readAt" FROM notifications WHERE user_id = $1 ORDER BY id`,
          [userId],
        ),
      erase: async (manager: EntityManager, { userId, emailNormalized }: DataSubject) => {
        await manager.query('DELETE FROM notifications WHERE user_id = $1', [userId]);
        await manager.query(
          `UPDATE email_messages SET to_address = '[erased]', text_body = '[erased]' WHERE lower(to_address) = $1`,
          [emailNormalized],
        );
      },
    });
  }
}
