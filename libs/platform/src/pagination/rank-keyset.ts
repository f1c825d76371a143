import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { FullTextMatch } from '../database/full-text';
import { rawAndEntities } from '../database/hydrate';
import { badCursor, Connection, cursorUuid, KeysetPosition, mapConnection } from './connection';
import { keysetRows } from './keyset';

/**
 * One page of `qb`'s entities that match a full-text search, best match first, then id (see
 * keysetRows). The match's condition is added here; the cursor carries the rank and the id.
 */
export async function rankKeysetPage<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  match: FullTextMatch,
  position: KeysetPosition | null,
  size: number,
): Promise<Connection<T>> {
  if (position && typeof position[0] !== 'number') throw badCursor();
  qb.andWhere(match.where, match.params).addSelect(match.rank, 'rank');
  const page = await keysetRows(
    qb,
    async (q) => {
      const { entities, raw } = await rawAndEntities<T, { rank: number }>(q);
      return entities.map((entity, i) => ({ entity, rank: Number(raw[i].rank) }));
    },
    {
      keys: [match.rank, `${qb.alias}.id`],
      orderBy: ['rank', `${qb.alias}.id`],
      direction: 'DESC',
      after: position && {
        row: '(:afterRank, :afterId)',
        params: { afterRank: position[0], afterId: cursorUuid(position) },
      },
      size,
      position: (row) => [row.rank, row.entity.id],
    },
  );
  return mapConnection(page, (row) => row.entity);
}
