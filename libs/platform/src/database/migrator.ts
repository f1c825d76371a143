import { PgQueryable, runMigrations as runBullmqMigrations } from 'bullmq';
import { DataSource } from 'typeorm';

/** Any fixed number: every process that migrates takes the same PostgreSQL advisory lock. */
const MIGRATION_LOCK_KEY = 774_201_1;

/** The schema of BullMQ's PostgreSQL backend (QUEUE_BACKEND=postgres). */
export const BULLMQ_SCHEMA = 'bullmq';

/**
 * Runs pending migrations under a session advisory lock, so two processes starting at once do not
 * both try to apply the same migration: the second waits, then finds nothing to do. Then brings
 * BullMQ's own schema (`bullmq`: its tables and functions, versioned by BullMQ) up to date, so either
 * QUEUE_BACKEND works on a migrated database without another step.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PgQueryable;
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      await runBullmqMigrations(client, BULLMQ_SCHEMA);
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * The SQL TypeORM would need to make the database match the entities. Empty after migrating means
 * migrations and entities agree (checked by a test and used by `migration:generate`).
 */
export async function schemaDrift(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((q) => q.query),
    down: log.downQueries.map((q) => q.query),
  };
}
