import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Connection, KeysetPosition, toConnection } from './connection';

/** How a list is ordered and where the previous page ended. */
export interface KeysetSpec<R> {
  /**
   * The sort key and its tie-breaker as SQL over the query's aliases, e.g. `['o.name', 'o.id']`:
   * compared as one row value against `after.row`.
   */
  keys: readonly string[];
  /** What to ORDER BY, when it differs from `keys` (e.g. a selected alias); default `keys`. */
  orderBy?: readonly string[];
  direction: 'ASC' | 'DESC';
  /**
   * Where the previous page ended, as a SQL row value over named parameters, e.g.
   * `(:afterName, :afterId)` with its parameters; null for the first page.
   */
  after: { row: string; params: ObjectLiteral } | null;
  size: number;
  /** The position a row's cursor carries. */
  position: (row: R) => KeysetPosition;
}

/** keysetPage for a list of the query's entities. */
export function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  spec: KeysetSpec<T>,
): Promise<Connection<T>> {
  return keysetRows(qb, (q) => q.getMany(), spec);
}

/**
 * One page of a keyset-paginated list: `qb` as given (its filters are the list's), after the
 * cursor, in the order of `keys`, `LIMIT size + 1` (see toConnection). `fetch` runs the finished
 * query and returns its rows (e.g. entities with a rank or cursor read beside them).
 *
 * `hasPreviousPage` is looked up, not guessed: false on a first page; after a cursor, whether any
 * row the same filters admit sorts at or before the cursor (a row deleted since, or one this
 * caller may no longer see, does not count). That is one more `LIMIT 1` query on the list's own
 * index, and only for pages after the first.
 */
export async function keysetRows<T extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<T>,
  fetch: (qb: SelectQueryBuilder<T>) => Promise<R[]>,
  spec: KeysetSpec<R>,
): Promise<Connection<R>> {
  const row = `(${spec.keys.join(', ')})`;
  const earlier = spec.after ? qb.clone() : null;
  if (spec.after) qb.andWhere(`${row} ${spec.direction === 'ASC' ? '>' : '<'} ${spec.after.row}`, spec.after.params);
  const [first, ...rest] = spec.orderBy ?? spec.keys;
  qb.orderBy(first, spec.direction);
  for (const key of rest) qb.addOrderBy(key, spec.direction);
  const rows = await fetch(qb.limit(spec.size + 1));
  const hasPreviousPage =
    earlier !== null && spec.after !== null
      ? await earlier
          .andWhere(`${row} ${spec.direction === 'ASC' ? '<=' : '>='} ${spec.after.row}`, spec.after.params)
          .getExists()
      : false;
  return toConnection(rows, spec.size, spec.position, (r) => r, hasPreviousPage);
}
