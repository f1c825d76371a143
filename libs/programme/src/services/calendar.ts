import { EventFormat, EventStatus, ProgrammeEventEntity } from '../entities';

/**
 * iCalendar (RFC 5545) for events: one file per event and a feed per negotiation session. Times are
 * written in UTC (a calendar shows them in its reader's zone); the event's own zone goes in
 * X-PLENARY-TIMEZONE and the description. Public: the online link is never in it (it goes to
 * confirmed participants by email and on the event page).
 */

const CRLF = '\r\n';

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** 20260303T130000Z */
export function icsDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export interface CalendarOptions {
  /** The calendar's name (X-WR-CALNAME). */
  name: string;
  /** The web client's address, for each event's URL. */
  publicUrl: string;
  /** DTSTAMP: when the file was produced. */
  now: Date;
}

const LOCATION: Record<EventFormat, (e: ProgrammeEventEntity) => string> = {
  [EventFormat.IN_PERSON]: (e) => e.venue ?? '',
  [EventFormat.HYBRID]: (e) => `${e.venue ?? ''} and online`,
  [EventFormat.ONLINE]: () => 'Online (the link is sent to registered participants)',
};

function vevent(e: ProgrammeEventEntity, options: CalendarOptions): string[] {
  const url = `${options.publicUrl}/programme/events/${e.id}`;
  const description = [
    e.description,
    e.chathamHouse ? 'Held under the Chatham House Rule.' : '',
    `Times announced in ${e.timeZone}.`,
    url,
  ]
    .filter(Boolean)
    .join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:${e.id}@plenary`,
    `DTSTAMP:${icsDate(options.now)}`,
    `DTSTART:${icsDate(e.startsAt)}`,
    `DTEND:${icsDate(e.endsAt)}`,
    `SEQUENCE:${e.version}`,
    `LAST-MODIFIED:${icsDate(e.updatedAt)}`,
    `SUMMARY:${icsText(e.title)}`,
    `DESCRIPTION:${icsText(description)}`,
    `LOCATION:${icsText(LOCATION[e.format](e))}`,
    `URL:${url}`,
    `CATEGORIES:${e.type}`,
    `STATUS:${e.status === EventStatus.CANCELLED ? 'CANCELLED' : 'CONFIRMED'}`,
    `X-PLENARY-TIMEZONE;VALUE=TEXT:${icsText(e.timeZone)}`,
    'END:VEVENT',
  ];
}

/** A calendar of `events` as the bytes of an .ics file. */
export function calendarOf(events: readonly ProgrammeEventEntity[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Plenary//Programme//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME;VALUE=TEXT:${icsText(options.name)}`,
    ...events.flatMap((e) => vevent(e, options)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
