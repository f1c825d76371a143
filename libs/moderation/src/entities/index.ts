import {
  AppealEntity,
  ModerationClaimEntity,
  ModerationDecisionEntity,
  ModerationNoteEntity,
  TagReviewEntity,
} from './moderation.entities';

export * from './enums';
export { AppealEntity, ModerationClaimEntity, ModerationDecisionEntity, ModerationNoteEntity, TagReviewEntity };
export const MODERATION_ENTITIES = [
  ModerationClaimEntity,
  TagReviewEntity,
  ModerationDecisionEntity,
  ModerationNoteEntity,
  AppealEntity,
];
