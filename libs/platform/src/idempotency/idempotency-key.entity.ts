import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One `Idempotency-Key` a user sent with a creating mutation: which request it was (a hash of the
 * operation and its variables) and, once it succeeded, the response the client was given. A repeat
 * within 24 hours gets that response again instead of a second object.
 */
@Entity('idempotency_keys')
@Index('idempotency_keys_created_idx', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  /** The mutation's root field(s), for operators reading the table. */
  @Column({ type: 'text' })
  operation!: string;

  @Column({ name: 'request_hash', type: 'text' })
  requestHash!: string;

  /** The GraphQL response body sent the first time; null while the first request runs. */
  @Column({ type: 'jsonb', nullable: true })
  response!: Record<string, unknown> | null;

  /** Until when the request that holds the key counts as running (renewed while it runs); null once answered. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  /**
   * When the request's write committed: set inside the write's own transaction, so a request whose
   * api died without answering is known to have written (never run again) or not (run again).
   */
  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true })
  committedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
