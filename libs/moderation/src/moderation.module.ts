import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { IdentityGraphqlModule, IdentityModule } from '@app/identity';
import { NotificationsModule } from '@app/notifications';
import { SubmissionsGraphqlModule, SubmissionsModule } from '@app/submissions';
import { TaxonomyModule } from '@app/taxonomy';
import { ModerationLoaders } from './graphql/moderation.loaders';
import { ModerationActionsResolver } from './graphql/moderation-actions.resolver';
import { ModerationQueueResolver } from './graphql/moderation-queue.resolver';
import { SubmissionModerationResolver } from './graphql/submission-moderation.resolver';
import { SimilarityProcessor, SimilaritySweepProcessor } from './jobs/similarity.processor';
import { WaitingDigestProcessor } from './jobs/waiting-digest.processor';
import { ClaimService } from './services/claim.service';
import { DecisionService } from './services/decision.service';
import { ModerationAccessService } from './services/moderation-access';
import { NoteService } from './services/note.service';
import { QueueService } from './services/queue.service';
import { RevealService } from './services/reveal.service';
import { SimilarityService } from './services/similarity.service';
import { TaggingService } from './services/tagging.service';

const SERVICES = [
  ModerationAccessService,
  ClaimService,
  TaggingService,
  DecisionService,
  NoteService,
  RevealService,
  SimilarityService,
  QueueService,
];

/** The triage desk: queue, claims, tagging, decisions, appeals, notes, near-duplicates, coverage. */
@Module({
  imports: [AuditModule, IdentityModule, NotificationsModule, SubmissionsModule, TaxonomyModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ModerationModule {}

@Module({
  imports: [ModerationModule, SubmissionsModule, SubmissionsGraphqlModule, IdentityGraphqlModule],
  providers: [ModerationLoaders, ModerationQueueResolver, ModerationActionsResolver, SubmissionModerationResolver],
})
export class ModerationGraphqlModule {}

@Module({
  imports: [ModerationModule, NotificationsModule, IdentityModule],
  providers: [WaitingDigestProcessor, SimilarityProcessor, SimilaritySweepProcessor],
})
export class ModerationJobsModule {}
