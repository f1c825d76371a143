import { DynamicModule, Module } from '@nestjs/common';
import { AccessTokenService } from './auth';
import { ClockModule } from './clock';
import { ConfigModule, PlatformConfig } from './config';
import { DatabaseModule, EntityList, SqlLogger } from './database';
import { IdempotencyCleanupProcessor } from './idempotency/idempotency-cleanup.processor';
import { LoggingModule } from './logging';
import { PersonalDataRegistry } from './personal-data';
import { PublicCacheInvalidateProcessor } from './public-cache/public-cache-invalidate.processor';
import { queueBackendOf, QueueModule } from './queue';
import { PostgresRateLimitStore, RateLimitStore } from './rate-limit';
import { RateLimiter, RedisModule, RedisRateLimitStore } from './redis';

export interface PlatformOptions {
  config: PlatformConfig;
  entities: EntityList;
  sqlLogger?: SqlLogger;
  applicationName: string;
}

/**
 * Config, logging, database, queues, rate limits and the clock: what every process needs. Redis is
 * part of it only when QUEUE_BACKEND=redis (settled before this is built).
 */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const onRedis = queueBackendOf(options.config) === 'redis';
    return {
      module: PlatformModule,
      global: true,
      imports: [
        ConfigModule.forRoot(options.config),
        LoggingModule.forRoot(),
        DatabaseModule.forRoot(options.entities, {
          logger: options.sqlLogger,
          applicationName: options.applicationName,
        }),
        ...(onRedis ? [RedisModule] : []),
        QueueModule,
        ClockModule,
      ],
      // IdempotencyCleanupProcessor and PublicCacheInvalidateProcessor are job handlers: found by
      // the worker, inert elsewhere.
      providers: [
        AccessTokenService,
        PersonalDataRegistry,
        RateLimiter,
        { provide: RateLimitStore, useClass: onRedis ? RedisRateLimitStore : PostgresRateLimitStore },
        IdempotencyCleanupProcessor,
        PublicCacheInvalidateProcessor,
      ],
      exports: [AccessTokenService, PersonalDataRegistry, RateLimiter, RateLimitStore],
    };
  }
}
