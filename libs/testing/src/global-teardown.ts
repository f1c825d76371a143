import { adminQuery, deleteRedisKeys, dropDatabaseNamed, testRunId } from './test-databases';

/** Drops every database of this run (the template and any a crashed suite left) and its Redis keys. */
export default async function globalTeardown(): Promise<void> {
  const run = testRunId();
  const { rows } = await adminQuery(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`plenary_test_${run}_%`]);
  for (const row of rows) await dropDatabaseNamed(String(row.datname));
  await deleteRedisKeys(`plenary-test-${run}`);
}
