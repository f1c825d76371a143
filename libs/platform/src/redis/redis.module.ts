import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { PlatformConfig } from '../config';

export { REDIS } from './redis.tokens';
import { REDIS } from './redis.tokens';

const availabilityLogger = new Logger('Redis');
/** This process's Redis connections that lost Redis and have not got it back. */
const lost = new Set<Redis>();

/**
 * One structured line when the process loses Redis and one when every connection has it back —
 * not ioredis's "[ioredis] Unhandled error event" on stderr, nor a line per connection and
 * reconnect attempt. Connections BullMQ duplicates from these report to the same set.
 */
export function watchAvailability(redis: Redis): Redis {
  redis.on('error', (error: NodeJS.ErrnoException) => {
    if (lost.has(redis)) return;
    lost.add(redis);
    if (lost.size === 1)
      availabilityLogger.warn(
        { err: { name: error.name, code: error.code, message: error.message } },
        'Redis unavailable',
      );
  });
  redis.on('ready', () => {
    if (lost.delete(redis) && lost.size === 0) availabilityLogger.log('Redis available again');
  });
  // A connection closed on purpose (shutdown, BullMQ closing a worker) is no longer waited for.
  redis.on('end', () => {
    if (lost.delete(redis) && lost.size === 0) availabilityLogger.log('Redis available again');
  });
  const duplicate = redis.duplicate.bind(redis);
  redis.duplicate = (...args: Parameters<Redis['duplicate']>) => watchAvailability(duplicate(...args));
  return redis;
}

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
  watchAvailability(redis);
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
