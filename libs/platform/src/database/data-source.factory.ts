import { DataSource, EntitySchema, MixedList } from 'typeorm';
import { PlatformConfig } from '../config';
import { MIGRATIONS } from './migrations';
import { SqlLogger } from './sql.logger';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

export interface DataSourceParts {
  entities: EntityList;
  /** Counts statements in tests and benchmarks; off in production. */
  logger?: SqlLogger;
  applicationName?: string;
}

/**
 * The one place a TypeORM DataSource is configured: explicit entities, migrations from code,
 * never `synchronize`, and a pool that gives up instead of waiting forever.
 */
export function createDataSource(config: PlatformConfig, parts: DataSourceParts): DataSource {
  return new DataSource({
    type: 'postgres',
    url: config.DATABASE_URL,
    entities: parts.entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    logging: parts.logger ? ['query'] : false,
    logger: parts.logger,
    poolSize: config.DATABASE_POOL_SIZE,
    connectTimeoutMS: config.DATABASE_CONNECT_TIMEOUT_MS,
    applicationName: parts.applicationName ?? 'plenary',
    extra: {
      // pg waits forever for a free connection unless told otherwise.
      connectionTimeoutMillis: config.DATABASE_CONNECT_TIMEOUT_MS,
      statement_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS * 2,
      // inTransaction() relies on it, whatever the server's or the database's default says.
      options: '-c default_transaction_isolation=read\\ committed',
    },
  });
}
