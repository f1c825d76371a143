import { UserEntity } from '@app/identity';
import { SubmissionEntity } from '@app/submissions';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AppealResolution, ModerationDecision, ReasonCode } from './enums';

/** The lease a moderator holds on a submission while working on it: one row per submission. */
@Entity('moderation_claims')
@Index('moderation_claims_moderator_idx', ['moderatorId'])
export class ModerationClaimEntity {
  @PrimaryColumn({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Column({ name: 'moderator_id', type: 'uuid' })
  moderatorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'moderator_id' })
  moderator?: UserEntity;

  @Column({ name: 'claimed_at', type: 'timestamptz' })
  claimedAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}

/** The gender and human-rights review of a submission's tags (approving needs it). */
@Entity('tag_reviews')
export class TagReviewEntity {
  @PrimaryColumn({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Column({ name: 'no_gender_considerations', type: 'boolean', default: false })
  noGenderConsiderations!: boolean;

  @Column({ name: 'no_human_rights_considerations', type: 'boolean', default: false })
  noHumanRightsConsiderations!: boolean;

  @Column({ name: 'has_gender_tag', type: 'boolean', default: false })
  hasGenderTag!: boolean;

  @Column({ name: 'has_human_rights_tag', type: 'boolean', default: false })
  hasHumanRightsTag!: boolean;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz' })
  reviewedAt!: Date;
}

/** Every decision taken, with its reason; the submitter sees code and message. */
@Entity('moderation_decisions')
@Index('moderation_decisions_submission_idx', ['submissionId', 'createdAt'])
export class ModerationDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Column({ type: 'enum', enum: ModerationDecision, enumName: 'moderation_decision' })
  decision!: ModerationDecision;

  @Column({ name: 'reason_code', type: 'enum', enum: ReasonCode, enumName: 'reason_code' })
  reasonCode!: ReasonCode;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  /** The submitted version the decision was about. */
  @Column({ name: 'version_number', type: 'int' })
  versionNumber!: number;

  @Column({ name: 'moderator_id', type: 'uuid', nullable: true })
  moderatorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Internal notes: moderators and staff only; never submitters or the public. */
@Entity('moderation_notes')
@Index('moderation_notes_submission_idx', ['submissionId', 'createdAt'])
export class ModerationNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** An appeal against a rejection: one per submission. */
@Entity('appeals')
export class AppealEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('appeals_submission_key', { unique: true })
  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Column({ name: 'appellant_id', type: 'uuid', nullable: true })
  appellantId!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'enum', enum: AppealResolution, enumName: 'appeal_resolution', nullable: true })
  resolution!: AppealResolution | null;

  @Column({ name: 'resolution_message', type: 'text', nullable: true })
  resolutionMessage!: string | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * That a submission's near-duplicates were looked for at its submitted version `version`
 * (SimilarityService.refresh). Until its row says the current version, "has similar" is computed live.
 */
@Entity('similarity_checks')
export class SimilarityCheckEntity {
  @PrimaryColumn({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'checked_at', type: 'timestamptz', default: () => 'now()' })
  checkedAt!: Date;
}

/**
 * A submission's trigram set at version `version` (similarity_trigrams, defined in the migration
 * SimilaritySignatures), which SimilarityService.refresh compares with the others'.
 */
@Entity('similarity_signatures')
export class SimilaritySignatureEntity {
  @PrimaryColumn({ name: 'submission_id', type: 'uuid', primaryKeyConstraintName: 'PK_similarity_signatures' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'FK_similarity_signatures_submission' })
  submission?: SubmissionEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'integer', array: true })
  trigrams!: number[];

  @Column({ name: 'trigram_count', type: 'integer' })
  trigramCount!: number;

  /** trigram_bits(trigrams): a bitmap that rules out most pairs before the sets are compared (may_be_similar). */
  @Column({ type: 'bit', length: 8192 })
  bits!: string;

  /** How many bits the bitmap sets (fewer than trigramCount when the fold merged some). */
  @Column({ name: 'bits_set', type: 'integer' })
  bitsSet!: number;
}

/**
 * A near-duplicate pair found by SimilarityService.refresh, stored both ways round. Whether the
 * other one may be shown (its status, the viewer's organisations) is decided when it is read.
 */
@Entity('similar_pairs')
@Index('similar_pairs_similar_idx', ['similarId'])
export class SimilarPairEntity {
  @PrimaryColumn({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @PrimaryColumn({ name: 'similar_id', type: 'uuid' })
  similarId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'similar_id' })
  similar?: SubmissionEntity;

  @Column({ type: 'real' })
  score!: number;
}
