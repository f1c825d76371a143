import { EmailMessageEntity } from './email-message.entity';
import { NotificationEntity } from './notification.entity';

export { EmailMessageEntity, NotificationEntity };
export { EmailStatus } from './email-message.entity';
export * from './email-outbox.service';
export * from './email-subjects';
export { MAIL_SETTINGS, MailSettings } from './mail-transport';
export * from './notification.service';
export * from './notifications.module';
export const NOTIFICATIONS_ENTITIES = [NotificationEntity, EmailMessageEntity];
export { NotificationErrors } from './notifications.errors';
