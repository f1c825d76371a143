import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { rawAndEntities } from '../database/hydrate';
import { Connection, cursorTime, cursorUuid, KeysetPosition, toConnection } from './connection';

/**
 * One page of `qb`'s entities in the order of a timestamp column, then id, after `position`
 * (`LIMIT size + 1`, see toConnection). The cursor carries PostgreSQL's own text of the
 * timestamp, to the microsecond (see cursorTime). `column` is qualified by the query's alias,
 * e.g. `s.submitted_at`; a (column, id) index keeps every page as cheap as the first.
 */
export async function timeKeysetPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  column: string,
  direction: 'ASC' | 'DESC',
  position: KeysetPosition | null,
  size: number,
): Promise<Connection<T>> {
  const id = `${qb.alias}.id`;
  if (position)
    qb.andWhere(`(${column}, ${id}) ${direction === 'ASC' ? '>' : '<'} (:afterAt::timestamptz, :afterId)`, {
      afterAt: cursorTime(position[0]),
      afterId: cursorUuid(position),
    });
  const { entities, raw } = await rawAndEntities<T, { cursor_at: string }>(
    qb
      .addSelect(`${column}::text`, 'cursor_at')
      .orderBy(column, direction)
      .addOrderBy(id, direction)
      .limit(size + 1),
  );
  return toConnection(
    entities.map((entity, i) => ({ entity, at: raw[i].cursor_at })),
    size,
    (row) => [row.at, row.entity.id],
    (row) => row.entity,
  );
}
