import {
  AppealEntity,
  ModerationClaimEntity,
  ModerationDecisionEntity,
  ModerationNoteEntity,
  SimilarityCheckEntity,
  SimilarPairEntity,
  TagReviewEntity,
} from './moderation.entities';

export * from './enums';
export {
  AppealEntity,
  ModerationClaimEntity,
  ModerationDecisionEntity,
  ModerationNoteEntity,
  SimilarityCheckEntity,
  SimilarPairEntity,
  TagReviewEntity,
};
export const MODERATION_ENTITIES = [
  ModerationClaimEntity,
  TagReviewEntity,
  ModerationDecisionEntity,
  ModerationNoteEntity,
  AppealEntity,
  SimilarityCheckEntity,
  SimilarPairEntity,
];
