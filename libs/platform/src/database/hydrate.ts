import { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Raw rows of one table as entities, converted value by value exactly as TypeORM does it
 * (`prepareHydratedValue`: enums, enum arrays, dates, transformers), without its generic result
 * transformer.
 *
 * Why: on the hot read paths (the queue, submission lists and the loaders behind their fields) the
 * transformer cost more CPU than PostgreSQL took to answer — about a quarter of a 50-item queue
 * page's CPU in a profile. Those paths read with `getRawMany()` or plain SQL and hydrate here.
 *
 * A column is read from `row[prefix + databaseName]` (`getRawMany()` names them `<alias>_<column>`);
 * columns missing from the rows stay undefined on the entity, as with a partial `select`.
 */
export function hydrate<T extends ObjectLiteral>(
  source: DataSource | EntityManager,
  target: EntityTarget<T>,
  rows: readonly Record<string, unknown>[],
  prefix = '',
): T[] {
  if (rows.length === 0) return [];
  const dataSource = source instanceof DataSource ? source : source.connection;
  const metadata = dataSource.getMetadata(target);
  const driver = dataSource.driver;
  const present = metadata.columns.filter((c) => prefix + c.databaseName in rows[0]);
  return rows.map((row) => {
    const entity = metadata.create() as T;
    for (const column of present) {
      column.setEntityValue(entity, driver.prepareHydratedValue(row[prefix + column.databaseName], column));
    }
    return entity;
  });
}

/** `SELECT … FROM <the entity's table>` in plain SQL, hydrated (see `hydrate`). */
export async function selectEntities<T extends ObjectLiteral>(
  source: DataSource | EntityManager,
  target: EntityTarget<T>,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  return hydrate(source, target, (await source.query(sql, params)) as Record<string, unknown>[]);
}

/**
 * A query builder's rows (`getRawMany()`) and its main entity hydrated from them, index for index:
 * `raw[i]` holds what else was selected for `entities[i]` (a rank, a cursor).
 */
export async function rawAndEntities<T extends ObjectLiteral, R = Record<string, unknown>>(
  qb: SelectQueryBuilder<T>,
): Promise<{ entities: T[]; raw: R[] }> {
  const raw = await qb.getRawMany<Record<string, unknown>>();
  const alias = qb.expressionMap.mainAlias;
  if (!alias?.hasMetadata) throw new Error('rawAndEntities needs a query builder over an entity');
  return { entities: hydrate(qb.connection, alias.target, raw, `${alias.name}_`), raw: raw as R[] };
}
