export * from './entities';
export * from './submissions.module';
export { SubmissionAccessService } from './services/submission-access.service';
export { SubmissionCommandService, SubmissionDraft } from './services/submission-command.service';
export { SubmissionQueryService, SubmissionFilter } from './services/submission-query.service';
export { CosignatureService } from './services/cosignature.service';
export * from './services/disclosure.policy';
export { DISCLOSURE_RULES, DisclosureRule, DisclosureCell, disclosuresWhere } from './services/disclosure.rules';
export {
  SubmissionReadViews,
  SubmissionScope,
  SubmissionSql,
  statusIn,
  disclosureWhere,
} from './services/submission.sql';
export { TRANSITIONS, SubmissionAction, canTransition, nextStatus } from './services/status-machine';
export { countWords } from '@app/text';
export { whereAllTags } from './services/tag-filter';
export { contentHash } from './services/content-hash';
export { SubmissionObject } from './graphql/submission.objects';
export { cosignerAttribution, submissionAttribution, toSubmissionObject } from './graphql/submission.mapper';
export { SubmissionLoaders } from './graphql/submission.loaders';
export { SubmissionErrors } from './submissions.errors';
