import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { databaseUrl, templateDatabaseName } from './test-databases';

/**
 * Migrates one template database for the whole run (suites clone it), and builds dist/ once so
 * suites that run the api or worker as real processes (crash, shutdown, memory) share one build.
 */
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '..', '..', '..');
  const build = spawnSync(
    join(root, 'node_modules', '.bin', 'swc'),
    ['apps', 'libs', '-d', 'dist', '--copy-files', '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('building dist/ for the tests failed');
  // When jest runs a single suite in band, the suite's sandbox inherits every global this process
  // has once the test environment loads — including the metadata stores of @nestjs/graphql,
  // TypeORM and class-validator that importing the app's modules here would create. Those would
  // then hold classes from this realm (another `Boolean`), and building the GraphQL schema fails
  // ("Cannot determine a GraphQL output type"). So the modules are imported here, and whatever
  // globals they add are removed before the suites start.
  const before = new Set(Object.getOwnPropertyNames(globalThis));
  try {
    const { createDataSource, ensureDatabase, PlatformConfig, runMigrations } = await import('@app/platform');
    const { ALL_ENTITIES } = await import('../../../apps/cli/src/cli.module');
    const run = `${Date.now().toString(36)}${process.pid.toString(36)}`;
    process.env.PLENARY_TEST_RUN = run;
    const config = Object.assign(new PlatformConfig(), { DATABASE_URL: databaseUrl(templateDatabaseName(run)) });
    await ensureDatabase(config.DATABASE_URL);
    const dataSource = await createDataSource(config, { entities: ALL_ENTITIES }).initialize();
    try {
      await runMigrations(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    for (const key of Object.getOwnPropertyNames(globalThis)) {
      if (!before.has(key)) delete (globalThis as Record<string, unknown>)[key];
    }
  }
}
