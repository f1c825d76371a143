import {
  createDataSource,
  ensureDatabase,
  MIGRATIONS,
  PlatformConfig,
  runMigrations,
  schemaDrift,
} from '@app/platform';
import { createSuiteDatabase, dropDatabaseNamed } from '@app/testing';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from '../../apps/cli/src/cli.module';

describe('database schema', () => {
  let db: { name: string; url: string };
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createSuiteDatabase();
    const config = Object.assign(new PlatformConfig(), { DATABASE_URL: db.url });
    dataSource = await createDataSource(config, { entities: ALL_ENTITIES }).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabaseNamed(db.name);
  });

  it('after migrating, generating a migration produces nothing (entities and migrations agree)', async () => {
    const drift = await schemaDrift(dataSource);
    expect(drift.up).toEqual([]);
  });

  it('two processes migrating an empty database at once apply each migration exactly once', async () => {
    const name = `${db.name}_fresh`;
    const url = db.url.replace(db.name, name);
    await ensureDatabase(url);
    const config = Object.assign(new PlatformConfig(), { DATABASE_URL: url });
    const sources = await Promise.all(
      [1, 2].map(() => createDataSource(config, { entities: ALL_ENTITIES }).initialize()),
    );
    try {
      const [a, b] = await Promise.all(sources.map((s) => runMigrations(s)));
      expect([...a, ...b].sort()).toEqual(
        MIGRATIONS.map((m) => new m() as { name: string })
          .map((m) => m.name)
          .sort(),
      );
      expect(await runMigrations(sources[0])).toEqual([]);
    } finally {
      await Promise.all(sources.map((s) => s.destroy()));
      await dropDatabaseNamed(name);
    }
  });

  it('refuses to update, delete or truncate audit events', async () => {
    await dataSource.query(
      `INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('test.happened', 'Test', '1')`,
    );
    await expect(dataSource.query(`UPDATE audit_events SET action = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    const rows: { action: string }[] = await dataSource.query(`SELECT action FROM audit_events`);
    expect(rows).toEqual([{ action: 'test.happened' }]);
  });
});
