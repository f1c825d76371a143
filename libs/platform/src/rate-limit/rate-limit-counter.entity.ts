import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A rate-limit counter when QUEUE_BACKEND=postgres (Redis keeps them as `rl:<key>` otherwise). */
@Entity('rate_limit_counters')
@Index('rate_limit_counters_expires_idx', ['expiresAt'])
export class RateLimitCounterEntity {
  /** Already hashed by the caller where it holds anything personal. */
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'integer' })
  count!: number;

  /** End of the current window; a hit after it starts a new one. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
