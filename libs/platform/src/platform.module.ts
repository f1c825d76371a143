import { DynamicModule, Module } from '@nestjs/common';
import { AccessTokenService } from './auth';
import { ClockModule } from './clock';
import { ConfigModule, PlatformConfig } from './config';
import { DatabaseModule, EntityList, SqlLogger } from './database';
import { IdempotencyCleanupProcessor } from './idempotency/idempotency-cleanup.processor';
import { LoggingModule } from './logging';
import { QueueModule } from './queue';
import { RedisModule } from './redis';

export interface PlatformOptions {
  config: PlatformConfig;
  entities: EntityList;
  sqlLogger?: SqlLogger;
  applicationName: string;
}

/** Config, logging, database, Redis, queues and the clock: what every process needs. */
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
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
        RedisModule,
        QueueModule,
        ClockModule,
      ],
      // The cleanup job's handler: found by the worker, inert elsewhere.
      providers: [AccessTokenService, IdempotencyCleanupProcessor],
      exports: [AccessTokenService],
    };
  }
}
