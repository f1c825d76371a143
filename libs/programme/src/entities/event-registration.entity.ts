import { OrganisationType, Region } from '@app/identity';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { GenderIdentity, RegistrationStatus } from './enums';
import { ProgrammeEventEntity } from './programme-event.entity';

/**
 * One person's registration for an event. Needs and gender identity are the person's own answers:
 * staff and the person see them; aggregates count them; nothing else shows them (programme-access.ts).
 */
@Entity('event_registrations')
@Index('event_registrations_active_key', ['eventId', 'userId'], {
  unique: true,
  where: `status <> 'CANCELLED' AND user_id IS NOT NULL`,
})
@Index('event_registrations_event_idx', ['eventId', 'status', 'waitlistedAt', 'id'])
@Index('event_registrations_user_idx', ['userId', 'createdAt', 'id'])
export class EventRegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => ProgrammeEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: ProgrammeEventEntity;

  /** Null once the person deleted their account (the registration stays, anonymised, in the counts). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  /** The organisation the person registered on behalf of (they were a member then). */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  /** The organisation's region and type when registering, for the balance figures. */
  @Column({ type: 'enum', enum: Region, enumName: 'region', nullable: true })
  region!: Region | null;

  @Column({
    name: 'organisation_type',
    type: 'enum',
    enum: OrganisationType,
    enumName: 'organisation_type',
    nullable: true,
  })
  organisationType!: OrganisationType | null;

  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'registration_status' })
  status!: RegistrationStatus;

  /** Accessibility and other needs, in the person's words. */
  @Column({ type: 'text', default: '' })
  needs!: string;

  @Column({ name: 'gender_identity', type: 'enum', enum: GenderIdentity, enumName: 'gender_identity', nullable: true })
  genderIdentity!: GenderIdentity | null;

  @Column({ name: 'gender_self_description', type: 'text', nullable: true })
  genderSelfDescription!: string | null;

  @Column({ name: 'consented_at', type: 'timestamptz' })
  consentedAt!: Date;

  @Column({ name: 'invitation_id', type: 'uuid', nullable: true })
  invitationId!: string | null;

  /** Order of the waiting list (oldest first); set while WAITLISTED. */
  @Column({ name: 'waitlisted_at', type: 'timestamptz', nullable: true })
  waitlistedAt!: Date | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  /** Marked by staff once the event has started; null until marked. */
  @Column({ type: 'boolean', nullable: true })
  attended!: boolean | null;

  @Column({ name: 'attendance_marked_at', type: 'timestamptz', nullable: true })
  attendanceMarkedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
