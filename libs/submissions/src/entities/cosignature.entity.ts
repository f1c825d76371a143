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
import { OrganisationEntity } from '@app/identity';
import { SubmissionEntity } from './submission.entity';
import { CosignatureStatus, Disclosure } from './enums';

/** Another VERIFIED organisation signing a submission, with its own disclosure. */
@Entity('cosignatures')
@Unique('cosignatures_submission_organisation_key', ['submissionId', 'organisationId'])
export class CosignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id' })
  submission?: SubmissionEntity;

  @Index('cosignatures_organisation_idx')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'enum', enum: CosignatureStatus, enumName: 'cosignature_status', default: CosignatureStatus.PENDING })
  status!: CosignatureStatus;

  /** Chosen by the co-signer when it accepts. */
  @Column({ type: 'enum', enum: Disclosure, enumName: 'disclosure', nullable: true })
  disclosure!: Disclosure | null;

  /** The content the acceptance is for: when the text changes, the acceptance goes back to PENDING. */
  @Column({ name: 'accepted_content_hash', type: 'text', nullable: true })
  acceptedContentHash!: string | null;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;
}
