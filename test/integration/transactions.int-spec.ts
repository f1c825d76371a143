import { createDataSource, inTransaction, PLATFORM_ENTITIES, SqlLogger } from '@app/platform';
import { TestPlenary } from '@app/testing';
import { Client } from 'pg';

/**
 * inTransaction() promises READ COMMITTED without a `SET TRANSACTION` round trip: every pooled
 * connection starts with it as its default, whatever the database's own default says.
 */
describe('inTransaction isolation', () => {
  let plenary: TestPlenary;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
  });

  afterAll(() => plenary.close());

  it('runs READ COMMITTED in one round trip even where the database defaults to SERIALIZABLE', async () => {
    const [{ db }] = (await plenary.dataSource.query('SELECT current_database() AS db')) as { db: string }[];
    await plenary.dataSource.query(`ALTER DATABASE "${db}" SET default_transaction_isolation = 'serializable'`);
    const sql = new SqlLogger();
    const dataSource = await createDataSource(plenary.config, {
      entities: PLATFORM_ENTITIES,
      logger: sql,
    }).initialize();
    try {
      // A plain session on this database now gets SERIALIZABLE...
      const plain = new Client({ connectionString: plenary.config.DATABASE_URL });
      await plain.connect();
      const shown = await plain.query<{ transaction_isolation: string }>('SHOW transaction_isolation');
      await plain.end();
      expect(shown.rows[0].transaction_isolation).toBe('serializable');
      // ...a connection of ours does not.
      sql.reset();
      const level = await inTransaction(dataSource, async (manager) => {
        const [row] = (await manager.query('SHOW transaction_isolation')) as { transaction_isolation: string }[];
        return row.transaction_isolation;
      });
      expect(level).toBe('read committed');
      expect(sql.statements.filter((s) => /SET TRANSACTION/i.test(s))).toEqual([]);
    } finally {
      await dataSource.destroy();
      await plenary.dataSource.query(`ALTER DATABASE "${db}" RESET default_transaction_isolation`);
    }
  });
});
