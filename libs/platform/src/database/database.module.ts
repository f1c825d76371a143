import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlatformConfig } from '../config';
import { createDataSource, EntityList } from './data-source.factory';
import { SqlLogger } from './sql.logger';

/**
 * Provides the initialised DataSource to every module. Contexts get repositories from it with
 * `dataSource.getRepository(Entity)`; nothing else opens connections.
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  static forRoot(entities: EntityList, options: { logger?: SqlLogger; applicationName?: string } = {}): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          inject: [PlatformConfig],
          useFactory: async (config: PlatformConfig) => {
            const dataSource = createDataSource(config, { entities, ...options });
            return dataSource.initialize();
          },
        },
      ],
      exports: [DataSource],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
