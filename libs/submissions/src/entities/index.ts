import { CosignatureEntity } from './cosignature.entity';
import { SubmissionTagEntity } from './submission-tag.entity';
import { SubmissionVersionEntity } from './submission-version.entity';
import { SubmissionEntity } from './submission.entity';

export * from './enums';
export { CosignatureEntity, SubmissionEntity, SubmissionTagEntity, SubmissionVersionEntity };
export const SUBMISSIONS_ENTITIES = [SubmissionEntity, SubmissionVersionEntity, CosignatureEntity, SubmissionTagEntity];
