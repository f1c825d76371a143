import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { CounterState, CounterWindow, RateLimitStore } from '../rate-limit/rate-limit.store';
import { REDIS } from './redis.tokens';

/** Counters as Redis keys `rl:<key>` (under the installation prefix): INCR, EXPIRE NX, TTL in one MULTI. */
@Injectable()
export class RedisRateLimitStore extends RateLimitStore {
  constructor(@Inject(REDIS) private readonly redis: Redis) {
    super();
  }

  async hit(windows: CounterWindow[]): Promise<CounterState[]> {
    const pipeline = this.redis.multi();
    for (const w of windows) {
      pipeline.incrby(`rl:${w.key}`, w.units ?? 1);
      pipeline.expire(`rl:${w.key}`, w.windowSeconds, 'NX');
      pipeline.ttl(`rl:${w.key}`);
    }
    const results = (await pipeline.exec()) ?? [];
    return windows.map((w, i) => {
      const ttl = Number(results[i * 3 + 2]?.[1] ?? w.windowSeconds);
      return { count: Number(results[i * 3]?.[1] ?? 0), ttlSeconds: ttl > 0 ? ttl : w.windowSeconds };
    });
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(`rl:${key}`);
  }

  async refund(key: string, units: number): Promise<void> {
    await this.redis.decrby(`rl:${key}`, units);
  }
}
