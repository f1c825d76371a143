import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { PlatformConfig } from '../config';

export { REDIS } from './redis.tokens';
import { REDIS } from './redis.tokens';

/** Opens a Redis connection whose keys all start with the configured prefix. */
export function createRedis(config: PlatformConfig, options: { forBullMQ?: boolean } = {}): Redis {
  const redis = new Redis(config.REDIS_URL, {
    // BullMQ applies its own prefix and needs blocking commands to wait indefinitely.
    keyPrefix: options.forBullMQ ? undefined : `${config.REDIS_PREFIX}:`,
    // Requests (rate limits) fail fast while Redis is down — SERVICE_UNAVAILABLE within about a
    // second — instead of waiting through growing reconnect delays.
    maxRetriesPerRequest: options.forBullMQ ? null : 1,
    retryStrategy: (times: number) => Math.min(times * 100, options.forBullMQ ? 2_000 : 500),
    enableReadyCheck: true,
    lazyConnect: false,
  });
  // One structured line when the connection is lost and one when it is back, instead of ioredis's
  // "[ioredis] Unhandled error event" on stderr at every reconnect attempt.
  const logger = new Logger('Redis');
  let down = false;
  redis.on('error', (error: NodeJS.ErrnoException) => {
    if (down) return;
    down = true;
    logger.warn({ err: { name: error.name, code: error.code, message: error.message } }, 'Redis unavailable');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.log('Redis available again');
  });
  return redis;
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
