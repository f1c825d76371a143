import { Injectable } from '@nestjs/common';
import { EMAIL_SUBJECTS, EmailOutbox, NotificationService } from '@app/notifications';
import { PlatformConfig } from '@app/platform';
import { EntityManager } from 'typeorm';
import { ProgrammeEventEntity } from '../entities';
import { ReminderKind } from './event-rules';

/** A person to tell something, as read from `users` in the caller's transaction. */
export interface Attendee {
  userId: string;
  email: string;
}

/** "Tuesday 3 March 2026, 14:00–16:00 Europe/Vienna (13:00 UTC)": the event's own zone first. */
export function eventTimeText(event: Pick<ProgrammeEventEntity, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: event.timeZone,
  }).format(event.startsAt);
  const time = (d: Date, timeZone: string) =>
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(d);
  const zone = event.timeZone === 'UTC' ? 'UTC' : `${event.timeZone} (${time(event.startsAt, 'UTC')} UTC)`;
  return `${day}, ${time(event.startsAt, event.timeZone)}–${time(event.endsAt, event.timeZone)} ${zone}`;
}

/**
 * What the programme tells people, in-app and by email, always in the caller's transaction (the
 * outbox sends it once the change commits). Subjects are fixed; titles go in the body. The online
 * link goes only to people holding a confirmed place.
 */
@Injectable()
export class ProgrammeNotices {
  constructor(
    private readonly notifications: NotificationService,
    private readonly mail: EmailOutbox,
    private readonly config: PlatformConfig,
  ) {}

  eventPage(eventId: string): string {
    return `${this.config.PUBLIC_URL}/programme/events/${eventId}`;
  }

  private where(event: ProgrammeEventEntity, withLink: boolean): string[] {
    const lines = [`When: ${eventTimeText(event)}`];
    if (event.venue) lines.push(`Where: ${event.venue}`);
    if (withLink && event.onlineUrl) lines.push(`Join online: ${event.onlineUrl}`);
    else if (!withLink && event.onlineUrl) lines.push('The online link is sent to people holding a confirmed place.');
    return lines;
  }

  async confirmed(manager: EntityManager, people: Attendee[], event: ProgrammeEventEntity): Promise<void> {
    await this.notifications.notifyAndEmail(manager, people, {
      kind: 'EVENT_CONFIRMED',
      title: `Your place is confirmed: ${event.title}`,
      body: [...this.where(event, true), '', 'If you cannot come, cancel your place so someone else can have it.'].join(
        '\n',
      ),
      entityType: 'ProgrammeEvent',
      entityId: event.id,
      link: this.eventPage(event.id),
    });
  }

  async waitlisted(
    manager: EntityManager,
    people: Attendee[],
    event: ProgrammeEventEntity,
    position: number,
  ): Promise<void> {
    await this.notifications.notifyAndEmail(manager, people, {
      kind: 'EVENT_WAITLISTED',
      title: `You are on the waiting list: ${event.title}`,
      body: [
        `The event is full. You are number ${position} on the waiting list; you will be told at once if a place becomes free.`,
        ...this.where(event, false),
      ].join('\n'),
      entityType: 'ProgrammeEvent',
      entityId: event.id,
      link: this.eventPage(event.id),
    });
  }

  async placeOffered(manager: EntityManager, people: Attendee[], event: ProgrammeEventEntity): Promise<void> {
    await this.notifications.notifyAndEmail(manager, people, {
      kind: 'EVENT_PLACE_OFFERED',
      title: `A place became free and it is yours: ${event.title}`,
      body: [...this.where(event, true), '', 'If you cannot come any more, cancel your place.'].join('\n'),
      entityType: 'ProgrammeEvent',
      entityId: event.id,
      link: this.eventPage(event.id),
    });
  }

  async reminder(
    manager: EntityManager,
    people: Attendee[],
    event: ProgrammeEventEntity,
    kind: ReminderKind,
  ): Promise<void> {
    await this.notifications.notifyAndEmail(manager, people, {
      kind: 'EVENT_REMINDER',
      title: `${kind === 'WEEK' ? 'In a week' : 'Tomorrow'}: ${event.title}`,
      body: this.where(event, true).join('\n'),
      entityType: 'ProgrammeEvent',
      entityId: event.id,
      link: this.eventPage(event.id),
    });
  }

  async changed(
    manager: EntityManager,
    confirmed: Attendee[],
    waiting: Attendee[],
    event: ProgrammeEventEntity,
  ): Promise<void> {
    for (const [people, withLink] of [
      [confirmed, true],
      [waiting, false],
    ] as const) {
      await this.notifications.notifyAndEmail(manager, people, {
        kind: 'EVENT_CHANGED',
        title: `New details: ${event.title}`,
        body: this.where(event, withLink).join('\n'),
        entityType: 'ProgrammeEvent',
        entityId: event.id,
        link: this.eventPage(event.id),
      });
    }
  }

  async cancelled(manager: EntityManager, people: Attendee[], event: ProgrammeEventEntity): Promise<void> {
    await this.notifications.notifyAndEmail(manager, people, {
      kind: 'EVENT_CANCELLED',
      title: `Cancelled: ${event.title}`,
      body: [`When it was planned: ${eventTimeText(event)}`, event.cancellationReason ?? ''].join('\n').trim(),
      entityType: 'ProgrammeEvent',
      entityId: event.id,
      link: this.eventPage(event.id),
    });
  }

  /** An invitation, by email only: the address may have no account yet. */
  async invitation(manager: EntityManager, to: string, event: ProgrammeEventEntity, token: string): Promise<void> {
    await this.mail.queue(manager, {
      to,
      subject: EMAIL_SUBJECTS.EVENT_INVITATION,
      text: [
        `You are invited to ${event.title}.`,
        '',
        ...this.where(event, false),
        '',
        'Open this link to register. If you have no Plenary account yet, the page lets you create one with this email address first:',
        '',
        `${this.config.PUBLIC_URL}/programme/invitation#token=${token}`,
      ].join('\n'),
    });
  }
}

/** The people behind registrations, in the caller's transaction (erased accounts have none). */
export async function attendeesOf(manager: EntityManager, userIds: readonly (string | null)[]): Promise<Attendee[]> {
  const ids = [...new Set(userIds.filter((id): id is string => !!id))];
  if (ids.length === 0) return [];
  return manager.query(`SELECT id AS "userId", email FROM users WHERE id = ANY($1::uuid[]) ORDER BY id`, [ids]);
}
