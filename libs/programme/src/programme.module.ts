import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ConsultationsGraphqlModule, ConsultationsModule } from '@app/consultations';
import { DigestsModule } from '@app/digests';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { TaxonomyModule } from '@app/taxonomy';
import {
  EventBalanceResolver,
  EventOutcomeResolver,
  EventRegistrationResolver,
  ProgrammeEventResolver,
  PublicationResolver,
  TrainingModuleResolver,
} from './graphql/programme.resolvers';
import { ProgrammeLoaders } from './graphql/programme.loaders';
import { CalendarController } from './http/calendar.controller';
import { ProgrammeFilesController } from './http/programme-files.controller';
import { CERTIFICATE_SETTINGS, CertificateProcessor, CertificateSettings } from './jobs/certificate.processor';
import { CertificateScheduleSource } from './jobs/certificate-schedule.source';
import { ProgrammeRemindersProcessor } from './jobs/reminders.processor';
import { ProgrammeDigestSection } from './programme.digest-section';
import { ProgrammePersonalData } from './programme.personal-data';
import { BalanceService } from './services/balance.service';
import { EventService } from './services/event.service';
import { OutcomeService } from './services/outcome.service';
import { ProgrammeNotices } from './services/programme-notices';
import { PublicationService } from './services/publication.service';
import { RegistrationService } from './services/registration.service';
import { TrainingService } from './services/training.service';
import { WaitlistService } from './services/waitlist.service';

const SERVICES = [
  ProgrammeNotices,
  WaitlistService,
  EventService,
  RegistrationService,
  OutcomeService,
  BalanceService,
  TrainingService,
  PublicationService,
];

/** The programme around the negotiations: events, registrations, outcomes, training, publications. */
@Module({
  imports: [AuditModule, NotificationsModule, IdentityModule, TaxonomyModule, ConsultationsModule, DigestsModule],
  providers: [...SERVICES, ProgrammePersonalData, ProgrammeDigestSection],
  exports: SERVICES,
})
export class ProgrammeModule {}

@Module({
  imports: [
    ProgrammeModule,
    ConsultationsGraphqlModule,
    IdentityModule,
    TaxonomyModule,
    ConsultationsModule,
    DigestsModule,
  ],
  providers: [
    ProgrammeLoaders,
    ProgrammeEventResolver,
    EventRegistrationResolver,
    EventOutcomeResolver,
    EventBalanceResolver,
    TrainingModuleResolver,
    PublicationResolver,
  ],
  controllers: [CalendarController, ProgrammeFilesController],
})
export class ProgrammeGraphqlModule {}

/** The worker's side: reminders and certificates. The app passes where Chromium is. */
@Module({})
export class ProgrammeJobsModule {
  static forRoot(settings: CertificateSettings): DynamicModule {
    return {
      module: ProgrammeJobsModule,
      imports: [ProgrammeModule, DigestsModule],
      providers: [
        { provide: CERTIFICATE_SETTINGS, useValue: settings },
        ProgrammeRemindersProcessor,
        CertificateProcessor,
        CertificateScheduleSource,
      ],
    };
  }
}
