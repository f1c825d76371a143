import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ConsultationsGraphqlModule, ConsultationsModule } from '@app/consultations';
import { IdentityGraphqlModule, IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { TaxonomyModule } from '@app/taxonomy';
import { SubmissionLoaders } from './graphql/submission.loaders';
import { CosignatureResolver } from './graphql/cosignature.resolver';
import { OrganisationSubmissionsResolver, RoundSubmissionsResolver } from './graphql/nested-submissions.resolver';
import { SubmissionFieldsResolver } from './graphql/submission-fields.resolver';
import { SubmissionResolver } from './graphql/submission.resolver';
import { TagUsageResolver } from './graphql/tag-usage.resolver';
import { ClosingReminderProcessor } from './jobs/closing-reminder.processor';
import { CosignatureService } from './services/cosignature.service';
import { SubmissionAccessService } from './services/submission-access.service';
import { SubmissionCommandService } from './services/submission-command.service';
import { SubmissionContentService } from './services/submission-content.service';
import { SubmissionQueryService } from './services/submission-query.service';
import { SubmissionsPersonalData } from './submissions.personal-data';

const SERVICES = [
  SubmissionCommandService,
  SubmissionQueryService,
  SubmissionAccessService,
  SubmissionContentService,
  CosignatureService,
];

/** Submissions, their versions, co-signatures and the disclosure policy. */
@Module({
  imports: [AuditModule, IdentityModule, ConsultationsModule, TaxonomyModule, NotificationsModule],
  providers: [...SERVICES, SubmissionsPersonalData],
  exports: SERVICES,
})
export class SubmissionsModule {}

@Module({
  imports: [SubmissionsModule, ConsultationsModule, TaxonomyModule, IdentityGraphqlModule, ConsultationsGraphqlModule],
  providers: [
    SubmissionLoaders,
    SubmissionResolver,
    SubmissionFieldsResolver,
    CosignatureResolver,
    RoundSubmissionsResolver,
    OrganisationSubmissionsResolver,
    TagUsageResolver,
  ],
  exports: [SubmissionLoaders],
})
export class SubmissionsGraphqlModule {}

@Module({
  imports: [SubmissionsModule, ConsultationsModule, IdentityModule, NotificationsModule],
  providers: [ClosingReminderProcessor],
})
export class SubmissionsJobsModule {}
