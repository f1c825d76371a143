import { FixedClock } from '@app/platform';
import { ProgrammeNotices, ProgrammeRemindersProcessor } from '@app/programme';
import {
  createProgrammeEvent,
  createStaff,
  createUser,
  gqlData,
  registerForEvent,
  TestPlenary,
  TestUser,
  waitForEmail,
} from '@app/testing';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Reminders a week and a day before, decided by the clock (injected here) and sent through the
 * email outbox to people holding a confirmed place — with the online link — and to nobody else;
 * each once, however often the job runs; a moved start sends them again for the new time.
 */
describe('programme: reminders a week and a day before, through the outbox', () => {
  const start = new Date();
  const clock = new FixedClock(start);
  let plenary: TestPlenary;
  let staff: TestUser;
  let confirmed: TestUser;
  let waiting: TestUser;
  let reminders: ProgrammeRemindersProcessor;

  beforeAll(async () => {
    plenary = await TestPlenary.start({ clock });
    staff = await createStaff(plenary);
    confirmed = await createUser(plenary, { name: 'Confirmed' });
    waiting = await createUser(plenary, { name: 'Waiting' });
    reminders = new ProgrammeRemindersProcessor(plenary.dataSource, clock, plenary.get(ProgrammeNotices));
  });
  afterAll(() => plenary?.close());

  async function reminderMails(address: string): Promise<{ subject: string; text: string }[]> {
    return plenary.dataSource.query(
      `SELECT subject, text_body AS text FROM email_messages
        WHERE lower(to_address) = lower($1) AND subject LIKE 'Reminder:%' ORDER BY created_at, id`,
      [address],
    );
  }

  it('sends each reminder once, when due, to confirmed places only, with the link', async () => {
    const week = await createProgrammeEvent(plenary, staff.token, {
      capacity: 1,
      startsAt: new Date(start.getTime() + 8 * DAY),
      title: 'Week-ahead meeting',
    });
    const soon = await createProgrammeEvent(plenary, staff.token, {
      startsAt: new Date(start.getTime() + 20 * HOUR),
      registrationDeadline: null,
      title: 'Tomorrow’s training',
      type: 'TRAINING',
    });
    const dropped = await createProgrammeEvent(plenary, staff.token, {
      startsAt: new Date(start.getTime() + 20 * HOUR),
      registrationDeadline: null,
    });
    for (const id of [week.id, soon.id, dropped.id])
      gqlData(await registerForEvent(plenary, confirmed.token, { eventId: id }), 'confirmed');
    expect(
      gqlData(await registerForEvent(plenary, waiting.token, { eventId: week.id }), 'waiting').registerForEvent.status,
    ).toBe('WAITLISTED');
    gqlData(
      await plenary.gql(
        'mutation($i: CancelEventInput!) { cancelEvent(input: $i) { id } }',
        { i: { id: dropped.id } },
        staff.token,
      ),
      'cancel',
    );
    const links = Object.fromEntries(
      (
        (await plenary.dataSource.query('SELECT id, online_url FROM programme_events')) as {
          id: string;
          online_url: string;
        }[]
      ).map((r) => [r.id, r.online_url]),
    );

    // Now: only the event less than a day ahead is due, and only its day reminder (no late week one).
    await reminders.handle();
    let mails = await reminderMails(confirmed.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Tomorrow: Tomorrow’s training');
    expect(mails[0].text).toContain(links[soon.id]);
    // Running again changes nothing.
    await reminders.handle();
    expect(await reminderMails(confirmed.email)).toHaveLength(1);

    // A day later the other event is a week (less a minute) away: its week reminder, to the confirmed place only.
    clock.set(new Date(start.getTime() + DAY + MINUTE));
    await reminders.handle();
    await reminders.handle();
    mails = await reminderMails(confirmed.email);
    expect(mails.map((m) => m.text.split('\n')[0])).toEqual([
      'Tomorrow: Tomorrow’s training',
      'In a week: Week-ahead meeting',
    ]);
    expect(mails[1].text).toContain(links[week.id]);
    expect(await reminderMails(waiting.email)).toEqual([]);

    // 23 hours before it starts: the day reminder.
    clock.set(new Date(start.getTime() + 8 * DAY - 23 * HOUR));
    await reminders.handle();
    mails = await reminderMails(confirmed.email);
    expect(mails.map((m) => m.text.split('\n')[0]).slice(2)).toEqual(['Tomorrow: Week-ahead meeting']);

    // Moved three days later: reminded again for the new time, then nothing more until it is due.
    const { event } = gqlData(
      await plenary.gql<{ event: { version: number } }>('query($id: ID!) { event(id: $id) { version } }', {
        id: week.id,
      }),
      'version',
    );
    gqlData(
      await plenary.gql(
        'mutation($i: UpdateEventInput!) { updateEvent(input: $i) { id } }',
        {
          i: {
            id: week.id,
            expectedVersion: event.version,
            startsAt: new Date(start.getTime() + 11 * DAY).toISOString(),
            endsAt: new Date(start.getTime() + 11 * DAY + 2 * HOUR).toISOString(),
            registrationDeadline: new Date(start.getTime() + 10 * DAY).toISOString(),
          },
        },
        staff.token,
      ),
      'move',
    );
    await reminders.handle();
    mails = await reminderMails(confirmed.email);
    expect(mails.map((m) => m.text.split('\n')[0]).slice(3)).toEqual(['In a week: Week-ahead meeting']);
    expect(await reminderMails(waiting.email)).toEqual([]);

    // The worker sends what the outbox holds.
    clock.set(new Date());
    const mailDir = await plenary.startWorker();
    const delivered = await waitForEmail(
      mailDir,
      (m) => m.to.includes(confirmed.email) && m.text.includes('In a week: Week-ahead meeting'),
    );
    expect(delivered.subject).toBe('Reminder: an event on Plenary is coming up');
    expect(delivered.text).toContain(links[week.id]);
  }, 60_000);
});
