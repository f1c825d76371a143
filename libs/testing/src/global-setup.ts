import { createDataSource, ensureDatabase, PlatformConfig, runMigrations } from '@app/platform';
import { ALL_ENTITIES } from '../../../apps/cli/src/cli.module';
import { databaseUrl, templateDatabaseName } from './test-databases';

/** Migrates one template database for the whole run; suites clone it. */
export default async function globalSetup(): Promise<void> {
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
}
