import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { Region } from '@app/identity';
import {
  Actor,
  Clock,
  Connection,
  decodeCursor,
  expectVersion,
  inTransaction,
  pageSize,
  selectEntities,
  timeKeysetPage,
} from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import {
  EventFormat,
  EventOutcomeEntity,
  EventRegistrationEntity,
  EventStatus,
  EventType,
  ProgrammeEventEntity,
  RegistrationMode,
  RegistrationStatus,
  TrainingModuleEntity,
} from '../entities';
import { ProgrammeException, ProgrammeRefusal } from './programme.exception';
import { attendeesOf, ProgrammeNotices } from './programme-notices';
import { WaitlistService } from './waitlist.service';
import { ProgrammeErrors } from '../programme.errors';

export interface EventFields {
  type: EventType;
  title: string;
  description?: string | null;
  sessionId?: string | null;
  regions?: Region[] | null;
  startsAt: Date;
  endsAt: Date;
  timeZone?: string | null;
  format: EventFormat;
  venue?: string | null;
  onlineUrl?: string | null;
  languages?: string[] | null;
  interpretation?: string[] | null;
  capacity?: number | null;
  registrationMode: RegistrationMode;
  registrationDeadline?: Date | null;
  chathamHouse?: boolean | null;
  moduleIds?: string[] | null;
}

/** Fields `updateEvent` may clear by sending null (absent means unchanged). */
const CLEARABLE = new Set<keyof EventFields>(['sessionId', 'venue', 'onlineUrl', 'capacity', 'registrationDeadline']);

export interface EventFilter {
  sessionId?: string | null;
  region?: Region | null;
  type?: EventType | null;
  from?: Date | null;
  to?: Date | null;
}

/** What the audit trail keeps of an event: never the online link. */
const summary = (e: ProgrammeEventEntity) => ({
  type: e.type,
  title: e.title,
  sessionId: e.sessionId,
  startsAt: e.startsAt,
  endsAt: e.endsAt,
  format: e.format,
  capacity: e.capacity,
  registrationMode: e.registrationMode,
  registrationDeadline: e.registrationDeadline,
  chathamHouse: e.chathamHouse,
  status: e.status,
  hasOnlineLink: !!e.onlineUrl,
});

/** Staff run events: create, change, cancel. Everyone reads them. */
@Injectable()
export class EventService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notices: ProgrammeNotices,
    private readonly waitlist: WaitlistService,
  ) {}

  async create(actor: Actor, input: EventFields): Promise<ProgrammeEventEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const event = manager.create(ProgrammeEventEntity, {
        type: input.type,
        title: input.title,
        description: input.description ?? '',
        sessionId: input.sessionId ?? null,
        regions: [...new Set(input.regions ?? [])].sort(),
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        timeZone: input.timeZone ?? 'UTC',
        format: input.format,
        venue: input.venue ?? null,
        onlineUrl: input.onlineUrl ?? null,
        languages: input.languages ?? ['en'],
        interpretation: input.interpretation ?? [],
        capacity: input.capacity ?? null,
        registrationMode: input.registrationMode,
        registrationDeadline: input.registrationDeadline ?? null,
        chathamHouse: input.chathamHouse ?? false,
        moduleIds: [...new Set(input.moduleIds ?? [])],
        status: EventStatus.SCHEDULED,
        cancellationReason: null,
        weekReminderSentAt: null,
        dayReminderSentAt: null,
        createdBy: actor.userId,
      });
      await this.check(manager, event);
      await manager.save(event);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'event.created',
        entityType: 'ProgrammeEvent',
        entityId: event.id,
        after: summary(event),
      });
      return event;
    });
  }

  /**
   * Staff change an event if `expectedVersion` is current. A later start sends the reminders again
   * at the right times; more places move people up from the waiting list; registrants hear of new
   * times, places or links.
   */
  async update(
    actor: Actor,
    id: string,
    expectedVersion: number,
    changes: Partial<EventFields>,
  ): Promise<ProgrammeEventEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const event = await this.lock(manager, id);
      expectVersion(event, expectedVersion, 'event');
      if (event.status === EventStatus.CANCELLED)
        throw ProgrammeException.refuse(ProgrammeRefusal.EVENT_CANCELLED, 'A cancelled event cannot be changed');
      const before = summary(event);
      const logistics = [event.startsAt.getTime(), event.endsAt.getTime(), event.venue, event.onlineUrl].join('|');
      for (const [key, value] of Object.entries(changes) as [keyof EventFields, unknown][]) {
        if (value === undefined) continue;
        if (value === null && !CLEARABLE.has(key)) continue;
        (event as unknown as Record<string, unknown>)[key] =
          key === 'regions' ? [...new Set(value as Region[])].sort() : value;
      }
      if (before.startsAt.getTime() !== event.startsAt.getTime()) {
        event.weekReminderSentAt = null;
        event.dayReminderSentAt = null;
      }
      await this.check(manager, event);
      const confirmed = await this.waitlist.confirmedCount(manager, event.id);
      if (event.capacity !== null && event.capacity < confirmed) {
        throw ProgrammeException.refuse(
          ProgrammeRefusal.CAPACITY_BELOW_CONFIRMED,
          `The capacity cannot go below the ${confirmed} people who already hold a place`,
          'capacity',
        );
      }
      if (event.chathamHouse && !before.chathamHouse) {
        // Chatham House from now on: an outcome recorded before keeps no speakers.
        await manager.update(EventOutcomeEntity, { eventId: event.id }, { speakers: [] });
      }
      await manager.save(event);
      await this.waitlist.promote(manager, event);
      const after = [event.startsAt.getTime(), event.endsAt.getTime(), event.venue, event.onlineUrl].join('|');
      if (after !== logistics) {
        const rows = await manager.find(EventRegistrationEntity, {
          where: [
            { eventId: event.id, status: RegistrationStatus.CONFIRMED },
            { eventId: event.id, status: RegistrationStatus.WAITLISTED },
          ],
          select: { userId: true, status: true },
        });
        const of = (status: RegistrationStatus) =>
          attendeesOf(
            manager,
            rows.filter((r) => r.status === status).map((r) => r.userId),
          );
        await this.notices.changed(
          manager,
          await of(RegistrationStatus.CONFIRMED),
          await of(RegistrationStatus.WAITLISTED),
          event,
        );
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'event.updated',
        entityType: 'ProgrammeEvent',
        entityId: event.id,
        before,
        after: summary(event),
      });
      return event;
    });
  }

  /** Staff cancel an event; everyone registered or waiting is told. */
  async cancel(actor: Actor, id: string, reason: string | null): Promise<ProgrammeEventEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const event = await this.lock(manager, id);
      if (event.status === EventStatus.CANCELLED)
        throw ProgrammeException.refuse(ProgrammeRefusal.EVENT_CANCELLED, 'The event is already cancelled');
      if (this.clock.now() >= event.endsAt)
        throw ProgrammeErrors.CONFLICT('The event is over; it can no longer be cancelled');
      const before = summary(event);
      event.status = EventStatus.CANCELLED;
      event.cancellationReason = reason;
      await manager.save(event);
      const rows = await manager.find(EventRegistrationEntity, {
        where: [
          { eventId: event.id, status: RegistrationStatus.CONFIRMED },
          { eventId: event.id, status: RegistrationStatus.WAITLISTED },
        ],
        select: { userId: true },
      });
      await this.notices.cancelled(
        manager,
        await attendeesOf(
          manager,
          rows.map((r) => r.userId),
        ),
        event,
      );
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'event.cancelled',
        entityType: 'ProgrammeEvent',
        entityId: event.id,
        before,
        after: summary(event),
      });
      return event;
    });
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<ProgrammeEventEntity> {
    const event = await manager.findOne(ProgrammeEventEntity, { where: { id } });
    if (!event) throw ProgrammeErrors.EVENT_NOT_FOUND();
    return event;
  }

  findByIds(ids: readonly string[]): Promise<ProgrammeEventEntity[]> {
    return selectEntities(
      this.dataSource,
      ProgrammeEventEntity,
      'SELECT * FROM programme_events WHERE id = ANY($1::uuid[])',
      [ids],
    );
  }

  /** Events by start, keyset-paginated. A region filter includes events open to every region. */
  async list(
    filter: EventFilter,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<ProgrammeEventEntity>> {
    const size = pageSize(first);
    const position = decodeCursor(after);
    if (filter.from && filter.to && filter.to <= filter.from) throw ProgrammeErrors.INVALID('to', 'must be after from');
    const qb = this.dataSource.getRepository(ProgrammeEventEntity).createQueryBuilder('e');
    if (filter.sessionId) qb.andWhere('e.session_id = :sessionId', { sessionId: filter.sessionId });
    if (filter.region)
      qb.andWhere(`(:region = ANY(e.regions) OR cardinality(e.regions) = 0)`, { region: filter.region });
    if (filter.type) qb.andWhere('e.type = :type', { type: filter.type });
    if (filter.from) qb.andWhere('e.ends_at > :from', { from: filter.from });
    if (filter.to) qb.andWhere('e.starts_at < :to', { to: filter.to });
    return timeKeysetPage(qb, 'e.starts_at', 'ASC', position, size);
  }

  /** Every event of a session, by start (the calendar feed; a session has tens of events, not thousands). */
  ofSession(sessionId: string): Promise<ProgrammeEventEntity[]> {
    return this.dataSource
      .getRepository(ProgrammeEventEntity)
      .find({ where: { sessionId }, order: { startsAt: 'ASC', id: 'ASC' }, take: 1000 });
  }

  async lock(manager: EntityManager, id: string): Promise<ProgrammeEventEntity> {
    const event = await manager.findOne(ProgrammeEventEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!event) throw ProgrammeErrors.EVENT_NOT_FOUND();
    return event;
  }

  /** The rules every version of an event keeps, whichever field the input named. */
  private async check(manager: EntityManager, e: ProgrammeEventEntity): Promise<void> {
    if (e.endsAt <= e.startsAt) throw ProgrammeErrors.INVALID('endsAt', 'must be after startsAt');
    if (e.registrationDeadline && e.registrationDeadline > e.startsAt)
      throw ProgrammeErrors.INVALID('registrationDeadline', 'must not be after startsAt');
    if (e.format !== EventFormat.ONLINE && !e.venue)
      throw ProgrammeErrors.INVALID('venue', `is needed for an ${e.format} event`);
    if (e.format === EventFormat.IN_PERSON && e.onlineUrl)
      throw ProgrammeErrors.INVALID('onlineUrl', 'an IN_PERSON event has no online link');
    if (e.capacity !== null && e.capacity < 1) throw ProgrammeErrors.INVALID('capacity', 'must be at least 1');
    if (e.moduleIds.length > 0) {
      if (e.type !== EventType.TRAINING) throw ProgrammeErrors.INVALID('moduleIds', 'only a TRAINING covers modules');
      const found = await manager.count(TrainingModuleEntity, {
        where: e.moduleIds.map((id) => ({ id })),
      });
      if (found !== e.moduleIds.length) throw ProgrammeErrors.INVALID('moduleIds', 'contains an unknown module');
    }
    if (e.sessionId) {
      const rows: unknown[] = await manager.query('SELECT 1 FROM negotiation_sessions WHERE id = $1', [e.sessionId]);
      if (rows.length === 0) throw ProgrammeErrors.INVALID('sessionId', 'names no negotiation session');
    }
  }
}
