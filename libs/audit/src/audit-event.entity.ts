import { Column, CreateDateColumn, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One recorded write. Append-only: a trigger in the database refuses UPDATE and DELETE (see the
 * migration that creates this table), so not even the application can rewrite history.
 *
 * The trail is read newest first by (occurred_at, id). A sealed event's occurred_at is only its
 * day (UTC), so it sorts at the start of that day, and readers see its random `ref`, never `id`:
 * neither its time nor its place in the list puts it next to the same person's other events.
 */
@Entity('audit_events')
@Index('audit_events_entity_idx', ['entityType', 'entityId', 'occurredAt', 'id'])
@Index('audit_events_actor_idx', ['actorId', 'occurredAt', 'id'])
@Index('audit_events_action_idx', ['action', 'occurredAt', 'id'])
@Index('audit_events_time_idx', ['occurredAt', 'id'])
export class AuditEventEntity {
  /** Insertion order: internal only (a tie-breaker for events of one transaction), never shown. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  /** The id readers see (and cursors carry): random, so it says nothing about order. */
  @Index('audit_events_ref_key', { unique: true })
  @Column({ type: 'uuid' })
  @Generated('uuid')
  ref!: string;

  /** When it happened; for a sealed event only the day (see the class comment). */
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** Null for the system itself (the CLI, a worker job). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /**
   * True when the actor is a submitter acting on a submission or co-signature: who wrote what is
   * the most sensitive data Plenary holds, so the audit trail shows the action but not the person.
   */
  @Column({ name: 'actor_sealed', type: 'boolean', default: false })
  actorSealed!: boolean;

  /** `<entity>.<verb>`, e.g. `organisation.reviewed`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  /** Summaries of the state before and after: never passwords, token hashes or message bodies. */
  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
