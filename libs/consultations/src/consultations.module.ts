import { RoundScheduleSource } from './jobs/round-schedule.source';
import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import {
  ConsultationRoundResolver,
  NegotiationSessionResolver,
  TreatyProvisionResolver,
} from './graphql/consultation.resolvers';
import { ConsultationsLoaders } from './graphql/consultations.loaders';
import { RoundCloseProcessor, RoundOpenProcessor } from './jobs/round-lifecycle.processors';
import { ProvisionService } from './services/provision.service';
import { RoundService } from './services/round.service';
import { SessionService } from './services/session.service';

const SERVICES = [SessionService, RoundService, ProvisionService];

/** Negotiation sessions, consultation rounds and treaty provisions. */
@Module({ imports: [AuditModule], providers: SERVICES, exports: SERVICES })
export class ConsultationsModule {}

@Module({
  imports: [ConsultationsModule],
  providers: [ConsultationsLoaders, NegotiationSessionResolver, ConsultationRoundResolver, TreatyProvisionResolver],
  exports: [ConsultationsLoaders],
})
export class ConsultationsGraphqlModule {}

@Module({
  imports: [ConsultationsModule, IdentityModule, NotificationsModule],
  providers: [RoundOpenProcessor, RoundCloseProcessor, RoundScheduleSource],
})
export class ConsultationsJobsModule {}
