import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainException, PlatformErrors } from '../errors';

/**
 * `expectedVersion` (PRODUCT.md section 3): every write that can race carries the version the
 * caller loaded, and a stale one gets CONFLICT and changes nothing. These are the only two ways
 * Plenary checks it; TypeORM's @VersionColumn alone does not.
 */

/** The CONFLICT for a stale `expectedVersion`, naming the field so a client can offer to reload. */
export function staleVersion(what: string): DomainException {
  return PlatformErrors.STALE_VERSION(what);
}

/**
 * For a row read under a lock (or in the transaction that writes it): CONFLICT unless
 * `expectedVersion`, when given, is the row's version. Checked before any rule the newer state
 * might break, so a stale caller always learns that it is stale.
 */
export function expectVersion(
  row: { version: number },
  expectedVersion: number | null | undefined,
  what: string,
): void {
  if (expectedVersion !== null && expectedVersion !== undefined && row.version !== expectedVersion)
    throw staleVersion(what);
}

/**
 * For a row changed without a lock: one UPDATE that applies `changes` and bumps the version only
 * where it still is `expectedVersion` (and `where` still holds), else CONFLICT and nothing written.
 */
export async function updateAtVersion<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<T>,
  what: string,
  where: FindOptionsWhere<T> = {},
): Promise<void> {
  const criteria = { ...where, id, version: expectedVersion } as FindOptionsWhere<T>;
  const result = await manager.update(target, criteria, { ...changes, version: () => 'version + 1' });
  if (result.affected !== 1) throw staleVersion(what);
}
