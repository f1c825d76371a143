import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { ProgrammeEventEntity } from './programme-event.entity';

/**
 * What an event produced, recorded by staff: key messages (Markdown), tags with the same gender and
 * human-rights review as submissions, treaty provisions. Published with the event and in the
 * session's digest.
 */
@Entity('event_outcomes')
export class EventOutcomeEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @OneToOne(() => ProgrammeEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: ProgrammeEventEntity;

  @Column({ name: 'key_messages', type: 'text' })
  keyMessages!: string;

  @Column({ name: 'tag_ids', type: 'uuid', array: true, default: () => "'{}'" })
  tagIds!: string[];

  @Column({ name: 'provision_ids', type: 'text', array: true, default: () => "'{}'" })
  provisionIds!: string[];

  @Column({ name: 'no_gender_considerations', type: 'boolean', default: false })
  noGenderConsiderations!: boolean;

  @Column({ name: 'no_human_rights_considerations', type: 'boolean', default: false })
  noHumanRightsConsiderations!: boolean;

  /**
   * Speakers who agreed to be named. Never stored for a Chatham House event, and never shown for
   * one either (outcomeSpeakers), so the rule holds by construction.
   */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  speakers!: string[];

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
