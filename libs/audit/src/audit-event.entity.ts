import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One recorded write. Append-only: a trigger in the database refuses UPDATE and DELETE (see the
 * migration that creates this table), so not even the application can rewrite history.
 */
@Entity('audit_events')
@Index('audit_events_entity_idx', ['entityType', 'entityId', 'id'])
@Index('audit_events_actor_idx', ['actorId', 'id'])
@Index('audit_events_action_idx', ['action', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

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
