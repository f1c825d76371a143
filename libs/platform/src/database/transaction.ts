import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';

/** A statement that every transaction committed within a scope runs last, before COMMIT. */
export interface CommitMark {
  sql: string;
  params: unknown[];
}
const commitMarks = new AsyncLocalStorage<CommitMark>();

/**
 * Runs `fn` so that every inTransaction() it makes (however deep) also runs `mark` as its last
 * statement: whatever commits, the mark commits with it. The idempotency key of a request is
 * marked "written" this way, atomically with the request's own writes.
 */
export function withCommitMark<T>(mark: CommitMark, fn: () => T): T {
  return commitMarks.run(mark, fn);
}

/**
 * Runs `work` in one READ COMMITTED transaction. Everything a change writes — the rows, its audit
 * event, its outbox jobs — goes through the manager it is given, so all of it commits or none of it
 * does. Every connection starts with READ COMMITTED as its default (createDataSource), so no
 * `SET TRANSACTION` round trip is spent on it. Within withCommitMark(), the mark is its last statement.
 */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const mark = commitMarks.getStore();
  if (!mark) return dataSource.transaction(work);
  return dataSource.transaction(async (manager) => {
    const result = await work(manager);
    await manager.query(mark.sql, mark.params);
    return result;
  });
}

/** True when PostgreSQL refused a row because of a unique constraint (optionally a named one). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && (constraint === undefined || name === constraint);
}
