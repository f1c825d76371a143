import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AUDIT_ENTITIES } from '@app/audit';
import { CONSULTATIONS_ENTITIES, ConsultationsJobsModule } from '@app/consultations';
import { DIGESTS_ENTITIES, DigestsJobsModule } from '@app/digests';
import { IDENTITY_ENTITIES } from '@app/identity';
import { MODERATION_ENTITIES, ModerationJobsModule } from '@app/moderation';
import { MAIL_SETTINGS, NOTIFICATIONS_ENTITIES, NotificationsJobsModule } from '@app/notifications';
import { PLATFORM_ENTITIES, PlatformModule } from '@app/platform';
import { PROGRAMME_ENTITIES, ProgrammeJobsModule } from '@app/programme';
import { SUBMISSIONS_ENTITIES, SubmissionsJobsModule } from '@app/submissions';
import { TAXONOMY_ENTITIES } from '@app/taxonomy';
import { JobWorkerHost } from './job-worker.host';
import { WorkerConfig } from './worker.config';

export const WORKER_ENTITIES = [
  ...PLATFORM_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...AUDIT_ENTITIES,
  ...NOTIFICATIONS_ENTITIES,
  ...TAXONOMY_ENTITIES,
  ...CONSULTATIONS_ENTITIES,
  ...SUBMISSIONS_ENTITIES,
  ...MODERATION_ENTITIES,
  ...DIGESTS_ENTITIES,
  ...PROGRAMME_ENTITIES,
];

/** The worker: the contexts' job modules, the outbox relay and the BullMQ workers. No GraphQL. */
@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot({ config, entities: WORKER_ENTITIES, applicationName: 'plenary-worker' }),
        DiscoveryModule,
        {
          module: MailSettingsModule,
          global: true,
          providers: [
            {
              provide: MAIL_SETTINGS,
              useValue: { smtpUrl: config.SMTP_URL, mailDir: config.MAIL_DIR, from: config.MAIL_FROM },
            },
          ],
          exports: [MAIL_SETTINGS],
        },
        NotificationsJobsModule,
        ConsultationsJobsModule,
        SubmissionsJobsModule,
        ModerationJobsModule,
        DigestsJobsModule.forRoot({ chromiumPath: config.CHROMIUM_PATH, pdfTimeoutMs: config.PDF_TIMEOUT_MS }),
        ProgrammeJobsModule.forRoot({ chromiumPath: config.CHROMIUM_PATH, pdfTimeoutMs: config.PDF_TIMEOUT_MS }),
      ],
      providers: [JobWorkerHost],
    };
  }
}

@Module({})
class MailSettingsModule {}
