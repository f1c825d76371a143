export * from './entities';
export * from './moderation.module';
export { ClaimService } from './services/claim.service';
export { DecisionService } from './services/decision.service';
export { TaggingService, tagReviewDone } from './services/tagging.service';
export { QueueService } from './services/queue.service';
export { SimilarityService } from './services/similarity.service';
export { ModerationErrors } from './moderation.errors';
export { WaitingDigestProcessor } from './jobs/waiting-digest.processor';
