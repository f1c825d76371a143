import {
  Column,
  JoinColumn,
  ManyToOne,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { SubmissionEntity } from './submission.entity';

/** An immutable snapshot made at each submit; digests cite the approved one. */
@Entity('submission_versions')
@Unique('submission_versions_number_key', ['submissionId', 'number'])
export class SubmissionVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('submission_versions_submission_idx')
  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ name: 'provision_ids', type: 'text', array: true })
  provisionIds!: string[];

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
