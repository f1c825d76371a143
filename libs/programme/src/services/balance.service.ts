import { Injectable } from '@nestjs/common';
import { MaybeActor } from '@app/platform';
import { DataSource } from 'typeorm';
import { balanceFigures, BalanceFigures, BalanceRow } from './balance';
import { seesExactCounts } from './programme-access';
import { ProgrammeErrors } from '../programme.errors';

export interface BalanceFilter {
  eventId?: string | null;
  sessionId?: string | null;
  year?: number | null;
}

/** Balance per event, per session or per year: counts of live registrations at events not cancelled. */
@Injectable()
export class BalanceService {
  constructor(private readonly dataSource: DataSource) {}

  async balance(actor: MaybeActor, filter: BalanceFilter): Promise<BalanceFigures> {
    const scopes = [filter.eventId, filter.sessionId, filter.year].filter((v) => v !== null && v !== undefined);
    if (scopes.length !== 1) throw ProgrammeErrors.INVALID('filter', 'give exactly one of eventId, sessionId or year');
    const where: string[] = [`r.status <> 'CANCELLED'`, `e.status <> 'CANCELLED'`];
    const params: unknown[] = [];
    if (filter.eventId) {
      params.push(filter.eventId);
      where.push(`e.id = $${params.length}`);
      const known: unknown[] = await this.dataSource.query('SELECT 1 FROM programme_events WHERE id = $1', [
        filter.eventId,
      ]);
      if (known.length === 0) throw ProgrammeErrors.EVENT_NOT_FOUND();
    } else if (filter.sessionId) {
      params.push(filter.sessionId);
      where.push(`e.session_id = $${params.length}`);
    } else {
      params.push(filter.year);
      where.push(`e.starts_at >= make_timestamptz($${params.length}, 1, 1, 0, 0, 0, 'UTC')`);
      where.push(`e.starts_at < make_timestamptz($${params.length} + 1, 1, 1, 0, 0, 0, 'UTC')`);
    }
    const rows: {
      region: BalanceRow['region'];
      organisation_type: BalanceRow['organisationType'];
      gender_identity: BalanceRow['genderIdentity'];
      attended: boolean;
      n: number;
    }[] = await this.dataSource.query(
      `SELECT r.region, r.organisation_type, r.gender_identity, COALESCE(r.attended, false) AS attended, count(*)::int AS n
           FROM event_registrations r JOIN programme_events e ON e.id = r.event_id
          WHERE ${where.join(' AND ')}
          GROUP BY 1, 2, 3, 4`,
      params,
    );
    return balanceFigures(
      rows.map((r) => ({
        region: r.region,
        organisationType: r.organisation_type,
        genderIdentity: r.gender_identity,
        attended: r.attended,
        count: r.n,
      })),
      seesExactCounts(actor),
    );
  }
}
