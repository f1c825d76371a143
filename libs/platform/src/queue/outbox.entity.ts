import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job waiting to be handed to BullMQ. Written in the same transaction as the change that causes
 * it, so a crash between commit and enqueue loses nothing; the worker's relay moves it to Redis.
 */
@Entity('outbox_jobs')
@Index('outbox_jobs_pending_idx', ['id'], { where: 'relayed_at IS NULL' })
export class OutboxJobEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'job_id', type: 'text' })
  jobId!: string;

  @Column({ name: 'run_at', type: 'timestamptz', nullable: true })
  runAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt!: Date | null;
}
