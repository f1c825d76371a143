import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Clock } from '@app/platform';
import { EntityManager } from 'typeorm';
import { EventRegistrationEntity, ProgrammeEventEntity, RegistrationStatus } from '../entities';
import { placesToOffer } from './event-rules';
import { attendeesOf, ProgrammeNotices } from './programme-notices';

/**
 * Seats and the waiting list. Every caller holds the event's row lock (SELECT … FOR UPDATE), so
 * counting the confirmed places and taking or freeing one are serialised per event: two people
 * asking for the last seat at once get it and a waiting-list place, never two seats.
 */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly clock: Clock,
    private readonly notices: ProgrammeNotices,
    private readonly audit: AuditService,
  ) {}

  async confirmedCount(manager: EntityManager, eventId: string): Promise<number> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM event_registrations WHERE event_id = $1 AND status = 'CONFIRMED'`,
      [eventId],
    )) as { n: number }[];
    return row.n;
  }

  /** 1-based place of a waiting registration in its event's queue. */
  async position(manager: EntityManager, registration: EventRegistrationEntity): Promise<number> {
    // Compared in SQL: waitlisted_at has microseconds, which a JavaScript Date would lose.
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM event_registrations w JOIN event_registrations r ON r.id = $1
        WHERE w.event_id = r.event_id AND w.status = 'WAITLISTED' AND (w.waitlisted_at, w.id) <= (r.waitlisted_at, r.id)`,
      [registration.id],
    )) as { n: number }[];
    return row.n;
  }

  /**
   * Moves the longest-waiting people into the places that are free (after a cancellation or more
   * capacity), oldest first, and tells them — with the online link — in this transaction.
   */
  async promote(manager: EntityManager, event: ProgrammeEventEntity): Promise<number> {
    const free = placesToOffer(event, await this.confirmedCount(manager, event.id), this.clock.now());
    if (free === 0) return 0;
    const promoted: { id: string; user_id: string | null }[] = await manager
      .query(
        `UPDATE event_registrations SET status = 'CONFIRMED', confirmed_at = $3, waitlisted_at = NULL,
                version = version + 1, updated_at = now()
          WHERE id IN (SELECT id FROM event_registrations WHERE event_id = $1 AND status = 'WAITLISTED'
                        ORDER BY waitlisted_at, id LIMIT $2 FOR UPDATE)
          RETURNING id, user_id`,
        [event.id, Math.min(free, 10_000), this.clock.now()],
      )
      .then((r: [{ id: string; user_id: string | null }[], number]) => r[0]);
    if (promoted.length === 0) return 0;
    for (const row of promoted) {
      await this.audit.record(manager, {
        actorId: null,
        action: 'event.registration_promoted',
        entityType: 'EventRegistration',
        entityId: row.id,
        after: { eventId: event.id, status: RegistrationStatus.CONFIRMED },
      });
    }
    await this.notices.placeOffered(
      manager,
      await attendeesOf(
        manager,
        promoted.map((r) => r.user_id),
      ),
      event,
    );
    return promoted.length;
  }
}
