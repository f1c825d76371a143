import { Client } from 'pg';
import Redis from 'ioredis';

export const BASE_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Set by global-setup: this run's id, shared by every suite of the run. */
export function testRunId(): string {
  const id = process.env.PLENARY_TEST_RUN;
  if (!id) throw new Error('PLENARY_TEST_RUN is not set: run the tests through jest (global-setup sets it)');
  return id;
}

export function databaseUrl(name: string): string {
  const url = new URL(BASE_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export const templateDatabaseName = (run: string): string => `plenary_test_${run}_template`;

export async function adminQuery(sql: string, params: unknown[] = []): Promise<{ rows: Record<string, unknown>[] }> {
  const client = new Client({ connectionString: BASE_DATABASE_URL });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/** A fresh database for one suite, cloned from the run's migrated template (fast: no migrations). */
export async function createSuiteDatabase(): Promise<{ name: string; url: string }> {
  const run = testRunId();
  const name = `plenary_test_${run}_${Math.random().toString(36).slice(2, 10)}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabaseName(run)}"`);
      break;
    } catch (error) {
      // 55006: the template is busy (another suite is cloning it at this instant): wait and retry.
      if ((error as { code?: string }).code !== '55006' || attempt > 50) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  return { name, url: databaseUrl(name) };
}

export async function dropDatabaseNamed(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** Deletes every Redis key under a prefix (the suite's, or the whole run's). */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 3 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
