import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in one READ COMMITTED transaction. Everything a change writes — the rows, its audit
 * event, its outbox jobs — goes through the manager it is given, so all of it commits or none of it
 * does. Every connection starts with READ COMMITTED as its default (createDataSource), so no
 * `SET TRANSACTION` round trip is spent on it.
 */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(work);
}

/** True when PostgreSQL refused a row because of a unique constraint (optionally a named one). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && (constraint === undefined || name === constraint);
}
