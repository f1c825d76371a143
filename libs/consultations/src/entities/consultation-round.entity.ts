import { Region } from '@app/identity';
import { registerEnumType } from '@nestjs/graphql';
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
import { NegotiationSessionEntity } from './negotiation-session.entity';

export enum RoundStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(RoundStatus, {
  name: 'RoundStatus',
  description:
    'Where a consultation round stands: DRAFT → SCHEDULED → OPEN → CLOSED → ARCHIVED. OPEN and CLOSED follow from the clock and the round’s dates, never from whether a job ran on time.',
  valuesMap: {
    DRAFT: { description: 'Being prepared by staff; visible to staff only.' },
    SCHEDULED: { description: 'Public, before opensAt: organisations may start drafts.' },
    OPEN: { description: 'Between opensAt and closesAt: submissions are accepted.' },
    CLOSED: { description: 'Past closesAt (or closed by staff): only revisions, until revisionsCloseAt.' },
    ARCHIVED: { description: 'Finished and kept for the record: nothing is accepted.' },
  } satisfies Record<keyof typeof RoundStatus, { description: string }>,
});

/** One region's consultation before one negotiation session. */
@Entity('consultation_rounds')
@Index('consultation_rounds_session_idx', ['sessionId', 'opensAt', 'id'])
@Index('consultation_rounds_opens_idx', ['opensAt', 'id'])
export class ConsultationRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => NegotiationSessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id' })
  session?: NegotiationSessionEntity;

  @Column({ type: 'enum', enum: Region, enumName: 'region' })
  region!: Region;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'guiding_questions', type: 'text', array: true, default: () => "'{}'" })
  guidingQuestions!: string[];

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt!: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt!: Date;

  @Column({ name: 'revisions_close_at', type: 'timestamptz' })
  revisionsCloseAt!: Date;

  @Column({ name: 'word_limit', type: 'int', default: 2000 })
  wordLimit!: number;

  @Column({ type: 'text', array: true })
  languages!: string[];

  /** IANA time zone in which the round's dates are announced (e.g. Europe/Vienna). */
  @Column({ name: 'time_zone', type: 'text', default: 'UTC' })
  timeZone!: string;

  /** As stored; what clients see is derived with the clock (see round-rules.ts). */
  @Column({ type: 'enum', enum: RoundStatus, enumName: 'round_status', default: RoundStatus.DRAFT })
  status!: RoundStatus;

  @Column({ name: 'opened_notified_at', type: 'timestamptz', nullable: true })
  openedNotifiedAt!: Date | null;

  @Column({ name: 'closing_reminded_at', type: 'timestamptz', nullable: true })
  closingRemindedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
