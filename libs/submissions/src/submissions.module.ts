import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ConsultationsGraphqlModule, ConsultationsModule } from '@app/consultations';
import { IdentityGraphqlModule, IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { TaxonomyModule } from '@app/taxonomy';
import { SubmissionLoaders } from './graphql/submission.loaders';
import {
  CosignatureResolver,
  OrganisationSubmissionsResolver,
  RoundSubmissionsResolver,
  SubmissionResolver,
} from './graphql/submission.resolvers';
import { TagUsageResolver } from './graphql/tag-usage.resolver';
import { ClosingReminderProcessor } from './jobs/closing-reminder.processor';
import { CosignatureService } from './services/cosignature.service';
import { SubmissionService } from './services/submission.service';
import { SubmissionsPersonalData } from './submissions.personal-data';

const SERVICES = [SubmissionService, CosignatureService];

/** Submissions, their versions, co-signatures and the disclosure policy. */
@Module({
  imports: [AuditModule, IdentityModule, ConsultationsModule, TaxonomyModule, NotificationsModule],
  providers: [...SERVICES, SubmissionsPersonalData],
  exports: SERVICES,
})
export class SubmissionsModule {}

@Module({
  imports: [SubmissionsModule, ConsultationsModule, IdentityGraphqlModule, ConsultationsGraphqlModule],
  providers: [
    SubmissionLoaders,
    SubmissionResolver,
    CosignatureResolver,
    RoundSubmissionsResolver,
    OrganisationSubmissionsResolver,
    TagUsageResolver,
  ],
  exports: [SubmissionLoaders],
})
export class SubmissionsGraphqlModule {}

@Module({ imports: [SubmissionsModule, IdentityModule, NotificationsModule], providers: [ClosingReminderProcessor] })
export class SubmissionsJobsModule {}
