import { Injectable } from '@nestjs/common';
import { PlatformErrors } from '../errors';
import { RateLimitStore } from '../rate-limit/rate-limit.store';

export interface RateLimit {
  /** Counter key (under the installation prefix); hash anything personal before it goes here. */
  key: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters shared by every api instance, in Redis or PostgreSQL (RateLimitStore, as
 * QUEUE_BACKEND says). Each call counts, so ten aliased fields in one request are ten attempts.
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly store: RateLimitStore) {}

  /** Counts one attempt against every limit; throws RATE_LIMITED when any is exceeded. */
  async consume(...limits: RateLimit[]): Promise<void> {
    const counters = await this.store.hit(limits);
    let retryAfter = 0;
    limits.forEach((l, i) => {
      const { count, ttlSeconds } = counters[i];
      if (count > l.limit) retryAfter = Math.max(retryAfter, ttlSeconds);
    });
    if (retryAfter > 0) throw PlatformErrors.RATE_LIMITED(retryAfter);
  }

  /**
   * Spends `units` of a budget (e.g. the cost of expensive queries per client IP); throws
   * RATE_LIMITED once the window's budget is spent. A refused request spends nothing more.
   */
  async spend(limit: RateLimit, units: number): Promise<void> {
    const [{ count, ttlSeconds }] = await this.store.hit([
      { key: limit.key, windowSeconds: limit.windowSeconds, units },
    ]);
    if (count <= limit.limit) return;
    await this.store.refund(limit.key, units);
    throw PlatformErrors.RATE_LIMITED(ttlSeconds);
  }

  async reset(key: string): Promise<void> {
    await this.store.reset(key);
  }
}
