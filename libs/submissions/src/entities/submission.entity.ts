import { Region } from '@app/identity';
import {
  Column,
  JoinColumn,
  ManyToOne,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ConsultationRoundEntity } from '@app/consultations';
import { OrganisationEntity, UserEntity } from '@app/identity';
import { Disclosure, SubmissionStatus } from './enums';

/**
 * A position paper. `organisation_id` and `author_id` are who wrote it — the most sensitive data
 * Plenary holds: they leave this table only through the disclosure policy (disclosure.policy.ts).
 */
@Entity('submissions')
@Index('submissions_round_status_idx', ['roundId', 'status', 'createdAt', 'id'])
@Index('submissions_session_status_idx', ['sessionId', 'status', 'createdAt', 'id'])
@Index('submissions_status_idx', ['status', 'createdAt', 'id'])
@Index('submissions_organisation_idx', ['organisationId', 'createdAt', 'id'])
@Index('submissions_region_idx', ['region', 'status', 'createdAt', 'id'])
@Index('submissions_queue_idx', ['status', 'submittedAt', 'id'])
// The moderation queue reads waiting items oldest first: this index serves its order directly.
@Index('submissions_waiting_idx', ['submittedAt', 'id'], {
  where: `status IN ('SUBMITTED', 'UNDER_REVIEW', 'APPEALED')`,
})
@Index('submissions_search_idx', { synchronize: false })
@Index('submissions_similarity_idx', { synchronize: false })
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => ConsultationRoundEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: ConsultationRoundEntity;

  /** Copied from the round (immutable there) so filters need no join. */
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ type: 'enum', enum: Region, enumName: 'region' })
  region!: Region;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** The person who created it; null once that person erased their account. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** Markdown. Rendered to HTML only through the sanitising renderer. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'enum', enum: Disclosure, enumName: 'disclosure' })
  disclosure!: Disclosure;

  @Column({ name: 'provision_ids', type: 'text', array: true, default: () => "'{}'" })
  provisionIds!: string[];

  @Column({ name: 'suggested_tag_ids', type: 'uuid', array: true, default: () => "'{}'" })
  suggestedTagIds!: string[];

  @Column({ type: 'enum', enum: SubmissionStatus, enumName: 'submission_status', default: SubmissionStatus.DRAFT })
  status!: SubmissionStatus;

  /** Number of the latest submitted version; 0 while it has never been submitted. */
  @Column({ name: 'current_version', type: 'int', default: 0 })
  currentVersion!: number;

  /** SHA-256 of the current content (submitted or not); co-signatures accept this. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  /** Full-text search, maintained by a trigger with the submission's language (see the migration). */
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string;

  /** The expected version of every racing write (edit, tag, decide). */
  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
