import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { MembershipEntity, normaliseEmail, OrganisationEntity, UserEntity } from '@app/identity';
import {
  Actor,
  Clock,
  Connection,
  decodeCursor,
  inTransaction,
  isStaff,
  isUniqueViolation,
  pageSize,
  timeKeysetPage,
} from '@app/platform';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, MoreThan } from 'typeorm';
import {
  EventInvitationEntity,
  EventRegistrationEntity,
  GenderIdentity,
  ProgrammeEventEntity,
  RegistrationMode,
  RegistrationStatus,
} from '../entities';
import { attendanceRefusal, registrationRefusal, seatFor } from './event-rules';
import { EventService } from './event.service';
import { canSeeRegistration } from './programme-access';
import { ProgrammeException, ProgrammeRefusal } from './programme.exception';
import { attendeesOf, ProgrammeNotices } from './programme-notices';
import { WaitlistService } from './waitlist.service';
import { ProgrammeErrors } from '../programme.errors';

export interface RegisterInput {
  eventId: string;
  organisationId?: string | null;
  needs?: string | null;
  genderIdentity?: GenderIdentity | null;
  genderSelfDescription?: string | null;
  consent: boolean;
  invitationToken?: string | null;
}

const REFUSALS: Record<string, string> = {
  [ProgrammeRefusal.EVENT_CANCELLED]: 'The event was cancelled',
  [ProgrammeRefusal.EVENT_STARTED]: 'The event has started; registration is over',
  [ProgrammeRefusal.REGISTRATION_CLOSED]: 'Registration for this event is closed',
  [ProgrammeRefusal.REGISTRATION_DEADLINE_PASSED]: 'The registration deadline has passed',
};

const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** What the audit trail keeps of a registration: never the needs, never the gender identity. */
const summary = (r: EventRegistrationEntity) => ({
  eventId: r.eventId,
  status: r.status,
  organisationId: r.organisationId,
  attended: r.attended,
});

/**
 * Registering, cancelling, inviting and attendance. Every change locks the event's row first, so
 * seats are counted and taken one request at a time per event.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventService,
    private readonly waitlist: WaitlistService,
    private readonly notices: ProgrammeNotices,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Registers the caller: a seat while there is one, else the waiting list. Refused, with nothing
   * written, past the deadline, twice, for a cancelled or started event, without the invitation an
   * INVITATION_ONLY event needs, or on behalf of an organisation the caller is not a member of.
   */
  async register(actor: Actor, input: RegisterInput): Promise<EventRegistrationEntity> {
    if (input.consent !== true)
      throw ProgrammeException.refuse(
        ProgrammeRefusal.CONSENT_REQUIRED,
        'Registering needs your consent to keep these answers for the event',
        'consent',
      );
    if (input.genderSelfDescription && input.genderIdentity !== GenderIdentity.SELF_DESCRIBED)
      throw ProgrammeErrors.INVALID('genderSelfDescription', 'goes with genderIdentity SELF_DESCRIBED only');
    return inTransaction(this.dataSource, async (manager) => {
      const event = await this.events.lock(manager, input.eventId);
      const now = this.clock.now();
      const refusal = registrationRefusal(event, now);
      if (refusal) throw ProgrammeException.refuse(refusal, REFUSALS[refusal], 'eventId');
      const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      let organisation: OrganisationEntity | null = null;
      if (input.organisationId) {
        const membership = await manager.findOne(MembershipEntity, {
          where: { organisationId: input.organisationId, userId: actor.userId },
        });
        if (!membership)
          throw ProgrammeException.refuse(
            ProgrammeRefusal.NOT_A_MEMBER,
            'You can register on behalf of an organisation you are a member of only',
            'organisationId',
          );
        organisation = await manager.findOneByOrFail(OrganisationEntity, { id: input.organisationId });
      }
      const invitation = await this.invitationFor(manager, event, user, input.invitationToken ?? null);
      if (event.registrationMode === RegistrationMode.INVITATION_ONLY && !invitation)
        throw ProgrammeException.refuse(
          ProgrammeRefusal.INVITATION_REQUIRED,
          'This event is by invitation only; use the link in your invitation email, logged in with the address it was sent to',
          input.invitationToken ? 'invitationToken' : 'eventId',
        );
      const existing = await manager.findOne(EventRegistrationEntity, {
        where: [
          { eventId: event.id, userId: actor.userId, status: RegistrationStatus.CONFIRMED },
          { eventId: event.id, userId: actor.userId, status: RegistrationStatus.WAITLISTED },
        ],
      });
      if (existing) throw this.alreadyRegistered();
      const status = seatFor(event.capacity, await this.waitlist.confirmedCount(manager, event.id));
      const registration = manager.create(EventRegistrationEntity, {
        eventId: event.id,
        userId: actor.userId,
        organisationId: organisation?.id ?? null,
        region: organisation?.region ?? null,
        organisationType: organisation?.type ?? null,
        status,
        needs: input.needs ?? '',
        genderIdentity: input.genderIdentity ?? null,
        genderSelfDescription:
          input.genderIdentity === GenderIdentity.SELF_DESCRIBED ? (input.genderSelfDescription ?? null) : null,
        consentedAt: now,
        invitationId: invitation?.id ?? null,
        waitlistedAt: status === RegistrationStatus.WAITLISTED ? now : null,
        confirmedAt: status === RegistrationStatus.CONFIRMED ? now : null,
        cancelledAt: null,
        attended: null,
        attendanceMarkedAt: null,
      });
      try {
        await manager.save(registration);
      } catch (error) {
        if (isUniqueViolation(error, 'event_registrations_active_key')) throw this.alreadyRegistered();
        throw error;
      }
      if (status === RegistrationStatus.WAITLISTED) {
        // The waiting list's order is the order in which people took the event's lock: the database's
        // own clock at this statement (the request clock can give two people the same instant).
        const [[row]] = (await manager.query(
          `UPDATE event_registrations SET waitlisted_at = clock_timestamp() WHERE id = $1 RETURNING waitlisted_at`,
          [registration.id],
        )) as [{ waitlisted_at: Date }[], number];
        registration.waitlistedAt = row.waitlisted_at;
      }
      if (invitation) {
        await manager.update(
          EventInvitationEntity,
          { id: invitation.id },
          { acceptedAt: now, registrationId: registration.id },
        );
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'event.registered',
        entityType: 'EventRegistration',
        entityId: registration.id,
        after: summary(registration),
      });
      const me = await attendeesOf(manager, [actor.userId]);
      if (status === RegistrationStatus.CONFIRMED) await this.notices.confirmed(manager, me, event);
      else await this.notices.waitlisted(manager, me, event, await this.waitlist.position(manager, registration));
      return registration;
    });
  }

  /** The person (or staff) cancels a registration; a freed seat goes to the longest-waiting person. */
  async cancel(actor: Actor, id: string): Promise<EventRegistrationEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const found = await manager.findOne(EventRegistrationEntity, {
        where: { id },
        select: { id: true, eventId: true, userId: true },
      });
      if (!found || !canSeeRegistration(actor, found)) throw ProgrammeErrors.REGISTRATION_NOT_FOUND();
      // The event first, then the registration: the order every change takes, so none deadlocks.
      const event = await this.events.lock(manager, found.eventId);
      const registration = await manager.findOneOrFail(EventRegistrationEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (registration.status === RegistrationStatus.CANCELLED)
        throw ProgrammeException.refuse(
          ProgrammeRefusal.REGISTRATION_CANCELLED,
          'This registration is already cancelled',
        );
      if (this.clock.now() >= event.startsAt && !isStaff(actor))
        throw ProgrammeException.refuse(
          ProgrammeRefusal.EVENT_STARTED,
          'The event has started; the registration stands',
        );
      const before = summary(registration);
      const held = registration.status === RegistrationStatus.CONFIRMED;
      registration.status = RegistrationStatus.CANCELLED;
      registration.cancelledAt = this.clock.now();
      registration.waitlistedAt = null;
      await manager.save(registration);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'event.registration_cancelled',
        entityType: 'EventRegistration',
        entityId: registration.id,
        before,
        after: summary(registration),
      });
      if (held) await this.waitlist.promote(manager, event);
      return registration;
    });
  }

  /**
   * Staff invite people by email to an event — also people without an account yet. Each gets a
   * link valid until the event starts; using it (logged in with that address) registers them.
   */
  async invite(actor: Actor, eventId: string, emails: readonly string[]): Promise<EventInvitationEntity[]> {
    return inTransaction(this.dataSource, async (manager) => {
      const event = await this.events.lock(manager, eventId);
      const refusal = registrationRefusal(event, this.clock.now());
      if (refusal) throw ProgrammeException.refuse(refusal, REFUSALS[refusal], 'eventId');
      const unique = [...new Map(emails.map((e) => [normaliseEmail(e), e.trim()])).entries()];
      const invitations: EventInvitationEntity[] = [];
      for (const [emailNormalized, address] of unique) {
        const token = randomBytes(32).toString('base64url');
        const invitation = manager.create(EventInvitationEntity, {
          eventId: event.id,
          emailNormalized,
          tokenHash: hashToken(token),
          invitedBy: actor.userId,
          expiresAt: event.startsAt,
          acceptedAt: null,
          registrationId: null,
        });
        await manager.save(invitation);
        await this.notices.invitation(manager, address, event, token);
        invitations.push(invitation);
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'event.invited',
        entityType: 'ProgrammeEvent',
        entityId: event.id,
        after: { invitations: invitations.length },
      });
      return invitations;
    });
  }

  /** The event an invitation link is for (anyone holding the link may see which event it is). */
  async invitationPreview(token: string): Promise<{ invitation: EventInvitationEntity; event: ProgrammeEventEntity }> {
    const invitation = await this.dataSource
      .getRepository(EventInvitationEntity)
      .findOne({ where: { tokenHash: hashToken(token) } });
    if (!invitation) throw ProgrammeErrors.INVITATION_NOT_FOUND();
    return { invitation, event: await this.events.get(invitation.eventId) };
  }

  /** Staff record who came. Only confirmed registrations, once the event has started. */
  async markAttendance(
    actor: Actor,
    eventId: string,
    entries: readonly { registrationId: string; attended: boolean }[],
  ): Promise<EventRegistrationEntity[]> {
    return inTransaction(this.dataSource, async (manager) => {
      const event = await this.events.lock(manager, eventId);
      const refusal = attendanceRefusal(event, this.clock.now());
      if (refusal)
        throw ProgrammeException.refuse(
          refusal,
          refusal === ProgrammeRefusal.EVENT_CANCELLED
            ? 'The event was cancelled'
            : 'Attendance is marked once the event has started',
          'eventId',
        );
      const ids = entries.map((e) => e.registrationId);
      if (new Set(ids).size !== ids.length) throw ProgrammeErrors.INVALID('entries', 'names a registration twice');
      const rows = await manager.find(EventRegistrationEntity, {
        where: { id: In(ids), eventId: event.id },
        lock: { mode: 'pessimistic_write' },
      });
      const byId = new Map(rows.map((r) => [r.id, r]));
      entries.forEach((entry, i) => {
        const row = byId.get(entry.registrationId);
        if (!row) throw ProgrammeErrors.INVALID(`entries.${i}.registrationId`, 'is not a registration for this event');
        if (row.status !== RegistrationStatus.CONFIRMED)
          throw ProgrammeException.refuse(
            ProgrammeRefusal.NOT_CONFIRMED,
            `Only confirmed places are marked; this registration is ${row.status}`,
            `entries.${i}.registrationId`,
          );
      });
      const now = this.clock.now();
      for (const entry of entries) {
        const row = byId.get(entry.registrationId) as EventRegistrationEntity;
        row.attended = entry.attended;
        row.attendanceMarkedAt = now;
        await manager.save(row);
      }
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'event.attendance_marked',
        entityType: 'ProgrammeEvent',
        entityId: event.id,
        after: {
          attended: entries.filter((e) => e.attended).length,
          absent: entries.filter((e) => !e.attended).length,
        },
      });
      return ids.map((id) => byId.get(id) as EventRegistrationEntity);
    });
  }

  /** A registration its person or staff may see; NOT_FOUND otherwise, as for an id that does not exist. */
  async get(actor: Actor, id: string): Promise<EventRegistrationEntity> {
    const registration = await this.dataSource.getRepository(EventRegistrationEntity).findOne({ where: { id } });
    if (!registration || !canSeeRegistration(actor, registration)) throw ProgrammeErrors.REGISTRATION_NOT_FOUND();
    return registration;
  }

  /** The caller's live (not cancelled) registrations for these events (for loaders). */
  mineFor(userId: string, eventIds: readonly string[]): Promise<EventRegistrationEntity[]> {
    if (eventIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(EventRegistrationEntity).find({
      where: [
        { userId, eventId: In([...eventIds]), status: RegistrationStatus.CONFIRMED },
        { userId, eventId: In([...eventIds]), status: RegistrationStatus.WAITLISTED },
      ],
    });
  }

  /** An event's registrations, for staff: oldest first. */
  async listForEvent(
    eventId: string,
    status: RegistrationStatus | null,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<EventRegistrationEntity>> {
    const qb = this.dataSource
      .getRepository(EventRegistrationEntity)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId', { eventId });
    if (status) qb.andWhere('r.status = :status', { status });
    return timeKeysetPage(qb, 'r.created_at', 'ASC', decodeCursor(after), pageSize(first));
  }

  /** The caller's registrations, by the event's start (upcoming first when `upcoming`). */
  async listMine(
    actor: Actor,
    upcoming: boolean,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<EventRegistrationEntity>> {
    const size = pageSize(first);
    const position = decodeCursor(after);
    const qb = this.dataSource
      .getRepository(EventRegistrationEntity)
      .createQueryBuilder('r')
      .innerJoin(ProgrammeEventEntity, 'e', 'e.id = r.event_id')
      .where('r.user_id = :userId', { userId: actor.userId });
    if (upcoming) qb.andWhere('e.ends_at > :now', { now: this.clock.now() });
    return timeKeysetPage(qb, 'e.starts_at', 'ASC', position, size);
  }

  /**
   * The invitation that lets `user` into `event`: the one the token names (it must be for this event
   * and the user's address), or else any open invitation to their address.
   */
  private async invitationFor(
    manager: EntityManager,
    event: ProgrammeEventEntity,
    user: UserEntity,
    token: string | null,
  ): Promise<EventInvitationEntity | null> {
    const open = {
      eventId: event.id,
      emailNormalized: user.emailNormalized,
      acceptedAt: IsNull(),
      expiresAt: MoreThan(this.clock.now()),
    };
    if (token) {
      const invitation = await manager.findOne(EventInvitationEntity, {
        where: { ...open, tokenHash: hashToken(token) },
      });
      if (!invitation)
        throw ProgrammeException.refuse(
          ProgrammeRefusal.INVITATION_REQUIRED,
          'This invitation is not for this event and your email address, or it was used already',
          'invitationToken',
        );
      return invitation;
    }
    return manager.findOne(EventInvitationEntity, { where: open, order: { createdAt: 'ASC' } });
  }

  private alreadyRegistered(): ProgrammeException {
    return ProgrammeException.refuse(
      ProgrammeRefusal.ALREADY_REGISTERED,
      'You are already registered for this event (or on its waiting list)',
      'eventId',
    );
  }
}
