import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { rawAndEntities } from '../database/hydrate';
import { Connection, cursorTime, cursorUuid, KeysetPosition, mapConnection } from './connection';
import { keysetRows } from './keyset';

/**
 * One page of `qb`'s entities in the order of a timestamp column, then id, after `position`
 * (see keysetRows). The cursor carries PostgreSQL's own text of the timestamp, to the microsecond
 * (see cursorTime). `column` is qualified by the query's alias, e.g. `s.submitted_at`; a
 * (column, id) index keeps every page as cheap as the first.
 */
export async function timeKeysetPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  column: string,
  direction: 'ASC' | 'DESC',
  position: KeysetPosition | null,
  size: number,
): Promise<Connection<T>> {
  const page = await keysetRows(
    qb.addSelect(`${column}::text`, 'cursor_at'),
    async (q) => {
      const { entities, raw } = await rawAndEntities<T, { cursor_at: string }>(q);
      return entities.map((entity, i) => ({ entity, at: raw[i].cursor_at }));
    },
    {
      keys: [column, `${qb.alias}.id`],
      direction,
      after: position
        ? {
            row: '(:afterAt::timestamptz, :afterId)',
            params: { afterAt: cursorTime(position[0]), afterId: cursorUuid(position) },
          }
        : null,
      size,
      position: (row) => [row.at, row.entity.id],
    },
  );
  return mapConnection(page, (row) => row.entity);
}
