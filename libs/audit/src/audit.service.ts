import { Injectable } from '@nestjs/common';
import { decodeCursor, pageSize, keysetPage, mapConnection, Connection, badCursor } from '@app/platform';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditErrors } from './audit.errors';

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

/** The time a sealed event keeps: its day, in UTC. */
const SEALED_TIME_SQL = "date_trunc('day', now(), 'UTC')";

/** An event as readers of the trail see it: `id` is the random ref. */
export interface AuditEventView {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditFilter {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  action?: string | null;
  /** At or after. */
  from?: Date | null;
  /** Before. */
  to?: Date | null;
}

/**
 * The distinct values of an indexed column in a loose index scan (a recursive "skip scan"): one
 * index probe per distinct value, however many events the trail holds.
 */
const distinctSql = (column: 'action' | 'entity_type'): string => `
  WITH RECURSIVE v AS (
    (SELECT ${column} AS value FROM audit_events ORDER BY ${column} LIMIT 1)
    UNION ALL
    SELECT (SELECT ${column} FROM audit_events WHERE ${column} > v.value ORDER BY ${column} LIMIT 1)
      FROM v WHERE v.value IS NOT NULL
  )
  SELECT value FROM v WHERE value IS NOT NULL`;

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records an event in the caller's transaction: the audit row commits with the change or not at
   * all. A sealed event keeps only its day (issue 10, finding 5: a time to the millisecond put it
   * next to the same person's login).
   */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    const sealed = record.sealed ?? false;
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditEventEntity)
      .values({
        actorId: record.actorId,
        actorSealed: sealed,
        action: record.action,
        entityType: record.entityType,
        entityId: record.entityId,
        before: (record.before ?? null) as never,
        after: (record.after ?? null) as never,
        ...(sealed ? { occurredAt: () => SEALED_TIME_SQL } : {}),
      })
      .execute();
  }

  /** Every entity type and action recorded (staff's filter pickers). */
  async facets(): Promise<{ entityTypes: string[]; actions: string[] }> {
    const values = async (column: 'action' | 'entity_type') =>
      ((await this.dataSource.query(distinctSql(column))) as { value: string }[]).map((r) => r.value);
    const [entityTypes, actions] = await Promise.all([values('entity_type'), values('action')]);
    return { entityTypes, actions };
  }

  /**
   * Newest first, keyset-paginated on (occurred_at, id); the cursor carries the event's time as
   * shown and its ref, never the internal id. Staff only: the resolver's @Roles says so.
   */
  async list(
    filter: AuditFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<AuditEventView>> {
    const size = pageSize(first);
    const position = decodeCursor(after);
    if (position && !isUUID(position[1])) throw badCursor();
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorId) qb.andWhere('e.actor_id = :actorId AND NOT e.actor_sealed', { actorId: filter.actorId });
    if (filter.action) qb.andWhere('e.action = :action', { action: filter.action });
    if (filter.from && filter.to && filter.from >= filter.to) throw AuditErrors.EMPTY_TIME_RANGE();
    if (filter.from) qb.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.occurred_at < :to', { to: filter.to });
    if (position) {
      const known = (await this.dataSource.query('SELECT 1 FROM audit_events WHERE ref = $1', [position[1]])) as [];
      if (known.length === 0) throw badCursor();
    }
    const page = await keysetPage(qb, {
      keys: ['e.occurred_at', 'e.id'],
      direction: 'DESC',
      // Compared in SQL: occurred_at has microseconds, which a JavaScript Date would lose.
      after: position && {
        row: '(SELECT a.occurred_at, a.id FROM audit_events a WHERE a.ref = :afterRef)',
        params: { afterRef: position[1] },
      },
      size,
      position: (r) => [r.occurredAt.toISOString(), r.ref],
    });
    // A sealed actor is never shown, not even to staff (revealSubmitter is the audited way).
    return mapConnection(page, (r): AuditEventView => ({
      id: r.ref,
      occurredAt: r.occurredAt,
      actorId: r.actorSealed ? null : r.actorId,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
    }));
  }
}
