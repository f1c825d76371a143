import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CertificateStatus } from './enums';
import { EventRegistrationEntity } from './event-registration.entity';

/** A certificate of attendance as PDF, in one of the six UN languages, printed by the worker. */
@Entity('event_certificates')
@Index('event_certificates_registration_language_key', ['registrationId', 'language'], { unique: true })
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId!: string;

  @ManyToOne(() => EventRegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: EventRegistrationEntity;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'enum', enum: CertificateStatus, enumName: 'certificate_status', default: CertificateStatus.QUEUED })
  status!: CertificateStatus;

  @Column({ name: 'storage_key', type: 'text', nullable: true })
  storageKey!: string | null;

  @Column({ type: 'bigint', nullable: true })
  bytes!: string | null;

  @Column({ type: 'text', nullable: true })
  sha256!: string | null;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
