import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** The UN meeting a digest is for (e.g. the AHC's fifth session, Vienna). */
@Entity('negotiation_sessions')
@Index('negotiation_sessions_starts_at_idx', ['startsAt', 'id'])
export class NegotiationSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'process_name', type: 'text' })
  processName!: string;

  @Column({ type: 'text' })
  location!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  /** Stable key of a session loaded from reference data (e.g. `AHC-5`), so seeding is idempotent. */
  @Index('negotiation_sessions_reference_key', { unique: true })
  @Column({ name: 'reference_key', type: 'text', nullable: true })
  referenceKey!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
