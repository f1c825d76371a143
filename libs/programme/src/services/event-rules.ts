import {
  EventOutcomeEntity,
  EventStatus,
  ProgrammeEventEntity,
  RegistrationMode,
  RegistrationStatus,
} from '../entities';
import { ProgrammeRefusal } from './programme.exception';

/**
 * The programme's rules, as pure functions of an event and the clock: whether it takes
 * registrations, who gets a seat, when attendance is marked and reminders go out. Decided from the
 * clock and the dates, never from whether a job ran.
 */

export const DAY_MS = 24 * 3600 * 1000;
/** Reminders go out this long before an event starts. */
export const WEEK_REMINDER_MS = 7 * DAY_MS;
export const DAY_REMINDER_MS = DAY_MS;

type EventDates = Pick<ProgrammeEventEntity, 'status' | 'startsAt' | 'registrationMode' | 'registrationDeadline'>;

/** Why the event does not take a registration right now, or null when it does. */
export function registrationRefusal(event: EventDates, now: Date): ProgrammeRefusal | null {
  if (event.status === EventStatus.CANCELLED) return ProgrammeRefusal.EVENT_CANCELLED;
  if (now >= event.startsAt) return ProgrammeRefusal.EVENT_STARTED;
  if (event.registrationMode === RegistrationMode.CLOSED) return ProgrammeRefusal.REGISTRATION_CLOSED;
  if (event.registrationDeadline && now >= event.registrationDeadline)
    return ProgrammeRefusal.REGISTRATION_DEADLINE_PASSED;
  return null;
}

export const acceptsRegistrations = (event: EventDates, now: Date): boolean => registrationRefusal(event, now) === null;

/** A new registration takes a seat while there is one; otherwise it joins the waiting list. */
export function seatFor(capacity: number | null, confirmed: number): RegistrationStatus {
  return capacity === null || confirmed < capacity ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
}

/** How many waiting people a freed or added place lets in (none once the event has started or was cancelled). */
export function placesToOffer(
  event: Pick<ProgrammeEventEntity, 'status' | 'startsAt' | 'capacity'>,
  confirmed: number,
  now: Date,
): number {
  if (event.status === EventStatus.CANCELLED || now >= event.startsAt) return 0;
  if (event.capacity === null) return Number.MAX_SAFE_INTEGER;
  return Math.max(0, event.capacity - confirmed);
}

/** Attendance is marked once the event has started, and never for a cancelled one. */
export function attendanceRefusal(
  event: Pick<ProgrammeEventEntity, 'status' | 'startsAt'>,
  now: Date,
): ProgrammeRefusal | null {
  if (event.status === EventStatus.CANCELLED) return ProgrammeRefusal.EVENT_CANCELLED;
  if (now < event.startsAt) return ProgrammeRefusal.EVENT_NOT_STARTED;
  return null;
}

export type ReminderKind = 'WEEK' | 'DAY';

/**
 * The reminder an event is due for at `now`: the week-before one from 7 days to 1 day before the
 * start, the day-before one in the last day. An event announced less than a day ahead gets only
 * the day reminder; one already started gets none.
 */
export function reminderDue(
  event: Pick<ProgrammeEventEntity, 'status' | 'startsAt' | 'weekReminderSentAt' | 'dayReminderSentAt'>,
  now: Date,
): ReminderKind | null {
  if (event.status === EventStatus.CANCELLED) return null;
  const left = event.startsAt.getTime() - now.getTime();
  if (left <= 0) return null;
  if (left <= DAY_REMINDER_MS) return event.dayReminderSentAt ? null : 'DAY';
  if (left <= WEEK_REMINDER_MS) return event.weekReminderSentAt ? null : 'WEEK';
  return null;
}

/**
 * The speakers an outcome names publicly: none for a Chatham House event, whatever is stored. Every
 * reader of an outcome (the API, the digest) goes through this.
 */
export function outcomeSpeakers(
  event: Pick<ProgrammeEventEntity, 'chathamHouse'>,
  outcome: Pick<EventOutcomeEntity, 'speakers'>,
): string[] {
  return event.chathamHouse ? [] : [...outcome.speakers];
}
