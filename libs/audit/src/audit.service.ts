import { Injectable } from '@nestjs/common';
import { decodeCursor, DomainException, pageSize, toConnection, Connection } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  actorId: string | null;
  /** Hide the actor from readers of the trail (submitters acting on their submissions). */
  sealed?: boolean;
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditFilter {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  action?: string | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records an event in the caller's transaction: the audit row commits with the change or not at all. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.insert(AuditEventEntity, {
      actorId: record.actorId,
      actorSealed: record.sealed ?? false,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: (record.before ?? null) as never,
      after: (record.after ?? null) as never,
    });
  }

  /** Newest first, keyset-paginated on the id. Staff only: the resolver's @Roles says so. */
  async list(
    filter: AuditFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<AuditEventEntity>> {
    const size = pageSize(first);
    const position = decodeCursor(after);
    // A cursor of this list carries a bigint id; anything else would reach PostgreSQL as a bad bigint (a 500).
    if (position && !/^\d{1,18}$/.test(position[1]))
      throw DomainException.badInput('after', 'is not a cursor this list gave out');
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorId) qb.andWhere('e.actor_id = :actorId AND NOT e.actor_sealed', { actorId: filter.actorId });
    if (filter.action) qb.andWhere('e.action = :action', { action: filter.action });
    if (position) qb.andWhere('e.id < :afterId', { afterId: position[1] });
    const rows = await qb
      .orderBy('e.id', 'DESC')
      .limit(size + 1)
      .getMany();
    // A sealed actor is never shown, not even to staff (revealSubmitter is the audited way).
    return toConnection(
      rows,
      size,
      (r) => [0, r.id],
      (r) => ({ ...r, actorId: r.actorSealed ? null : r.actorId }),
    );
  }
}
