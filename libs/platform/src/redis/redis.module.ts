import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { PlatformConfig } from '../config';

export { REDIS } from './redis.tokens';
import { REDIS } from './redis.tokens';

/** Opens a Redis connection whose keys all start with the configured prefix. */
export function createRedis(config: PlatformConfig, options: { forBullMQ?: boolean } = {}): Redis {
  return new Redis(config.REDIS_URL, {
    // BullMQ applies its own prefix and needs blocking commands to wait indefinitely.
    keyPrefix: options.forBullMQ ? undefined : `${config.REDIS_PREFIX}:`,
    maxRetriesPerRequest: options.forBullMQ ? null : 3,
    enableReadyCheck: true,
    lazyConnect: false,
  });
}

/**
 * The shared Redis client for rate limits and health checks (BullMQ opens its own). Imported only
 * when QUEUE_BACKEND=redis: with the PostgreSQL backend nothing connects to Redis.
 */
@Global()
@Module({
  providers: [{ provide: REDIS, inject: [PlatformConfig], useFactory: (c: PlatformConfig) => createRedis(c) }],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
