import ICAL from 'ical.js';
import { EventFormat, EventStatus, EventType, ProgrammeEventEntity, RegistrationMode } from '../entities';
import { calendarOf, foldLine, icsText } from './calendar';

function event(overrides: Partial<ProgrammeEventEntity> = {}): ProgrammeEventEntity {
  return Object.assign(new ProgrammeEventEntity(), {
    id: '7d0f6f7e-2c1b-4b53-9d3e-6f1f0e0c1a11',
    type: EventType.SIDE_MEETING,
    title: 'Safeguards, evidence; and “cross-border” data\\access',
    description: 'Delegates and civil society.\nSecond line, with a comma, and a semicolon;',
    sessionId: null,
    regions: [],
    startsAt: new Date('2026-03-03T13:00:00Z'),
    endsAt: new Date('2026-03-03T15:30:00Z'),
    timeZone: 'Europe/Vienna',
    format: EventFormat.HYBRID,
    venue: 'Vienna International Centre, room M3',
    onlineUrl: 'https://meet.example.org/secret-room-canary',
    languages: ['en'],
    interpretation: [],
    capacity: 20,
    registrationMode: RegistrationMode.OPEN,
    registrationDeadline: null,
    chathamHouse: true,
    moduleIds: [],
    status: EventStatus.SCHEDULED,
    cancellationReason: null,
    weekReminderSentAt: null,
    dayReminderSentAt: null,
    createdBy: null,
    version: 3,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-02-01T10:00:00Z'),
    ...overrides,
  });
}

const options = {
  name: 'Plenary programme: AHC, seventh session',
  publicUrl: 'https://plenary.example.org',
  now: new Date('2026-02-20T08:00:00Z'),
};

/** The calendar as another program reads it: ical.js (Mozilla's RFC 5545 parser). */
function parse(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

describe('iCalendar files', () => {
  it('parses back to the same event: times, text with special characters, status, no online link', () => {
    const ics = calendarOf([event()], options);
    const calendar = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(options.name);
    const [vevent] = calendar.getAllSubcomponents('vevent');
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe('7d0f6f7e-2c1b-4b53-9d3e-6f1f0e0c1a11@plenary');
    expect(parsed.summary).toBe('Safeguards, evidence; and “cross-border” data\\access');
    expect(parsed.description).toContain('Second line, with a comma, and a semicolon;');
    expect(parsed.description).toContain('Held under the Chatham House Rule.');
    expect(parsed.location).toBe('Vienna International Centre, room M3 and online');
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-03-03T13:00:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2026-03-03T15:30:00.000Z');
    expect(parsed.sequence).toBe(3);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('url')).toBe(
      'https://plenary.example.org/programme/events/7d0f6f7e-2c1b-4b53-9d3e-6f1f0e0c1a11',
    );
    expect(ics).not.toContain('secret-room-canary');
    // Lines end CRLF and none is longer than 75 octets.
    expect(ics.endsWith('\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('folds long Arabic and Chinese titles without splitting a character, and a feed holds every event', () => {
    const arabic = 'اجتماع جانبي بشأن الضمانات وحقوق الإنسان في اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية';
    const chinese = '关于网络犯罪公约中人权保障与性别视角的区域培训研讨会（第二期）';
    const ics = calendarOf(
      [
        event({ title: arabic }),
        event({
          id: '7d0f6f7e-2c1b-4b53-9d3e-6f1f0e0c1a12',
          title: chinese,
          format: EventFormat.ONLINE,
          venue: null,
          status: EventStatus.CANCELLED,
        }),
      ],
      options,
    );
    const events = parse(ics)
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([arabic, chinese]);
    expect(events[1].location).toBe('Online (the link is sent to registered participants)');
    expect(events[1].component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(ics).not.toContain('\uFFFD');
  });

  it('escapes text and folds at 75 octets', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'é'.repeat(80)}`);
  });
});
