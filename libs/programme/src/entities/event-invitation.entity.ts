import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProgrammeEventEntity } from './programme-event.entity';

/**
 * Staff invite someone to an event by email — also people without an account yet (state
 * delegates): the emailed link lets them create one and register. The token is stored hashed.
 */
@Entity('event_invitations')
@Index('event_invitations_event_idx', ['eventId', 'createdAt'])
@Index('event_invitations_email_idx', ['emailNormalized'])
export class EventInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => ProgrammeEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: ProgrammeEventEntity;

  @Column({ name: 'email_normalized', type: 'text' })
  emailNormalized!: string;

  @Index('event_invitations_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'registration_id', type: 'uuid', nullable: true })
  registrationId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
