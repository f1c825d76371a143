import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { DomainException } from '../errors';
import { REDIS } from './redis.tokens';

export interface RateLimit {
  /** Redis key (under the installation prefix); hash anything personal before it goes here. */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in Redis, shared by every api instance. Each call counts, so ten aliased
 * fields in one request are ten attempts.
 */
@Injectable()
export class RateLimiter {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Counts one attempt against every limit; throws RATE_LIMITED when any is exceeded. */
  async consume(...limits: RateLimit[]): Promise<void> {
    const pipeline = this.redis.multi();
    for (const l of limits) {
      pipeline.incr(`rl:${l.key}`);
      pipeline.expire(`rl:${l.key}`, l.windowSeconds, 'NX');
      pipeline.ttl(`rl:${l.key}`);
    }
    const results = (await pipeline.exec()) ?? [];
    let retryAfter = 0;
    limits.forEach((l, i) => {
      const count = Number(results[i * 3]?.[1] ?? 0);
      const ttl = Number(results[i * 3 + 2]?.[1] ?? l.windowSeconds);
      if (count > l.limit) retryAfter = Math.max(retryAfter, ttl > 0 ? ttl : l.windowSeconds);
    });
    if (retryAfter > 0) throw DomainException.rateLimited(retryAfter);
  }

  /**
   * Spends `units` of a budget (e.g. the cost of expensive queries per client IP); throws
   * RATE_LIMITED once the window's budget is spent. A refused request spends nothing more.
   */
  async spend(limit: RateLimit, units: number): Promise<void> {
    const key = `rl:${limit.key}`;
    const results =
      (await this.redis.multi().incrby(key, units).expire(key, limit.windowSeconds, 'NX').ttl(key).exec()) ?? [];
    const total = Number(results[0]?.[1] ?? 0);
    if (total <= limit.limit) return;
    await this.redis.decrby(key, units);
    const ttl = Number(results[2]?.[1] ?? limit.windowSeconds);
    throw DomainException.rateLimited(ttl > 0 ? ttl : limit.windowSeconds);
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(`rl:${key}`);
  }
}
