import { DynamicModule, Module } from '@nestjs/common';
import { AccessTokenService } from './auth';
import { ClockModule } from './clock';
import { ConfigModule, PlatformConfig } from './config';
import { DatabaseModule, EntityList, SqlLogger } from './database';
import { LoggingModule } from './logging';
import { PersonalDataRegistry } from './personal-data';
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
      providers: [AccessTokenService, PersonalDataRegistry],
      exports: [AccessTokenService, PersonalDataRegistry],
    };
  }
}
