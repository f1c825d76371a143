import { Region } from '@app/identity';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { EventFormat, EventStatus, EventType, RegistrationMode } from './enums';

/**
 * A training, Track 1.5/2 side meeting, regional meeting or outreach forum. Events are public; the
 * online link, the participants and what they told us are not (see programme-access.ts).
 */
@Entity('programme_events')
@Index('programme_events_starts_idx', ['startsAt', 'id'])
@Index('programme_events_session_idx', ['sessionId', 'startsAt', 'id'])
export class ProgrammeEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: EventType, enumName: 'programme_event_type' })
  type!: EventType;

  @Column({ type: 'text' })
  title!: string;

  /** Markdown, rendered sanitised. */
  @Column({ type: 'text', default: '' })
  description!: string;

  /** The negotiation session the event runs beside, if any (no foreign key object: consultations owns it). */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId!: string | null;

  /** The UN regions it is for; empty means every region. */
  @Column({ type: 'enum', enum: Region, enumName: 'region', array: true, default: () => "'{}'" })
  regions!: Region[];

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  /** IANA zone in which the event announces its times (e.g. Europe/Vienna). */
  @Column({ name: 'time_zone', type: 'text', default: 'UTC' })
  timeZone!: string;

  @Column({ type: 'enum', enum: EventFormat, enumName: 'event_format' })
  format!: EventFormat;

  @Column({ type: 'text', nullable: true })
  venue!: string | null;

  /** Shown to staff and to people holding a confirmed place only. */
  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl!: string | null;

  /** Languages spoken (ISO 639-1). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  /** Languages interpreted into (ISO 639-1). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interpretation!: string[];

  /** Places; null for no limit. */
  @Column({ type: 'int', nullable: true })
  capacity!: number | null;

  @Column({ name: 'registration_mode', type: 'enum', enum: RegistrationMode, enumName: 'registration_mode' })
  registrationMode!: RegistrationMode;

  /** Registrations are accepted until this moment (and never once the event has started). */
  @Column({ name: 'registration_deadline', type: 'timestamptz', nullable: true })
  registrationDeadline!: Date | null;

  /** Chatham House Rule: the outcome carries no attribution (see outcomeSpeakers). */
  @Column({ name: 'chatham_house', type: 'boolean', default: false })
  chathamHouse!: boolean;

  /** Training modules the event covers (TRAINING events). */
  @Column({ name: 'module_ids', type: 'uuid', array: true, default: () => "'{}'" })
  moduleIds!: string[];

  @Column({ type: 'enum', enum: EventStatus, enumName: 'event_status', default: EventStatus.SCHEDULED })
  status!: EventStatus;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  /** When the week-before reminder went out for the current start (reset when the start moves). */
  @Column({ name: 'week_reminder_sent_at', type: 'timestamptz', nullable: true })
  weekReminderSentAt!: Date | null;

  @Column({ name: 'day_reminder_sent_at', type: 'timestamptz', nullable: true })
  dayReminderSentAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
