import {
  AppealEntity,
  ModerationClaimEntity,
  ModerationDecisionEntity,
  ModerationNoteEntity,
  SimilarityCheckEntity,
  SimilaritySignatureEntity,
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
  SimilaritySignatureEntity,
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
  SimilaritySignatureEntity,
  SimilarPairEntity,
];
