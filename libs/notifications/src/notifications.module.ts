import { EmailScheduleSource } from './email-schedule.source';
import { Module } from '@nestjs/common';
import { EmailOutbox } from './email-outbox.service';
import { MailSendProcessor } from './mail-send.processor';
import { createMailTransport, MAIL_SETTINGS, MailSettings } from './mail-transport';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { NotificationsPersonalData } from './notifications.personal-data';
import { MAIL_TRANSPORT } from './notifications.tokens';

@Module({
  providers: [NotificationService, EmailOutbox, NotificationsPersonalData],
  exports: [NotificationService, EmailOutbox],
})
export class NotificationsModule {}

@Module({ imports: [NotificationsModule], providers: [NotificationResolver] })
export class NotificationsGraphqlModule {}

/** The worker's side: sending the email outbox. The app provides MAIL_SETTINGS. */
@Module({
  providers: [
    MailSendProcessor,
    EmailScheduleSource,
    { provide: MAIL_TRANSPORT, inject: [MAIL_SETTINGS], useFactory: (s: MailSettings) => createMailTransport(s) },
  ],
})
export class NotificationsJobsModule {}
