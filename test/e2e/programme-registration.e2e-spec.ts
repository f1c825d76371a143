import { Clock, FixedClock } from '@app/platform';
import {
  addMember,
  createOrganisation,
  createProgrammeEvent,
  createStaff,
  createUser,
  gqlData,
  latestEmailToken,
  refusalOf,
  registerAndVerify,
  registerForEvent,
  rowCounts,
  TestPlenary,
  TestUser,
} from '@app/testing';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const TABLES = ['event_registrations', 'event_invitations', 'audit_events', 'email_messages', 'notifications'];

/**
 * Registering as people do it over GraphQL: places then the waiting list, the waiting list moving
 * up when someone cancels or staff add places (told by email, with the link), and every refusal —
 * past the deadline, twice, a cancelled event, an organisation one is not a member of, no consent,
 * no invitation — answering its code and reason and writing nothing.
 */
describe('programme: registration, waiting list, invitations, attendance', () => {
  // Sessions expire on the database's own clock: the fixed clock starts at the real now.
  const start = new Date();
  const clock = new FixedClock(start);
  let plenary: TestPlenary;
  let staff: TestUser;
  let people: TestUser[];

  beforeAll(async () => {
    plenary = await TestPlenary.start({ clock });
    staff = await createStaff(plenary);
    people = [];
    for (let i = 0; i < 5; i++) people.push(await createUser(plenary, { name: `Person ${i}` }));
  });
  afterAll(() => plenary?.close());
  beforeEach(() => clock.set(start));

  const eventQuery = `query($id: ID!) { event(id: $id) { id placesLeft onlineLink acceptingRegistrations myRegistration { id status waitlistPosition } } }`;

  async function emailsTo(address: string): Promise<string[]> {
    const rows: { text_body: string; subject: string }[] = await plenary.dataSource.query(
      `SELECT subject, text_body FROM email_messages WHERE lower(to_address) = lower($1) ORDER BY created_at, id`,
      [address],
    );
    return rows.map((r) => `${r.subject}\n${r.text_body}`);
  }

  it('gives places in order, then the waiting list; a cancellation moves the first in line up and emails them the link', async () => {
    const event = await createProgrammeEvent(plenary, staff.token, { capacity: 2 });
    const onlineUrl = (
      await plenary.dataSource.query('SELECT online_url FROM programme_events WHERE id = $1', [event.id])
    )[0].online_url as string;
    const [a, b, c, d] = people;
    const ra = gqlData(await registerForEvent(plenary, a.token, { eventId: event.id }), 'a').registerForEvent;
    const rb = gqlData(await registerForEvent(plenary, b.token, { eventId: event.id }), 'b').registerForEvent;
    const rc = gqlData(await registerForEvent(plenary, c.token, { eventId: event.id }), 'c').registerForEvent;
    const rd = gqlData(await registerForEvent(plenary, d.token, { eventId: event.id }), 'd').registerForEvent;
    expect([ra.status, rb.status, rc.status, rd.status]).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'WAITLISTED',
      'WAITLISTED',
    ]);
    expect([rc.waitlistPosition, rd.waitlistPosition]).toEqual([1, 2]);

    // The link: confirmed people and staff; not the waiting, not the public.
    const view = async (token?: string) =>
      gqlData(await plenary.gql<{ event: Record<string, unknown> }>(eventQuery, { id: event.id }, token), 'event')
        .event;
    expect((await view(a.token)).onlineLink).toBe(onlineUrl);
    expect((await view(staff.token)).onlineLink).toBe(onlineUrl);
    expect((await view(c.token)).onlineLink).toBeNull();
    expect((await view()).onlineLink).toBeNull();
    expect((await view()).placesLeft).toBe(0);
    expect((await emailsTo(a.email)).join('\n')).toContain(onlineUrl);
    expect((await emailsTo(c.email)).join('\n')).not.toContain(onlineUrl);
    expect((await emailsTo(c.email)).join('\n')).toContain('number 1 on the waiting list');

    const cancelled = await plenary.gql<{ cancelRegistration: { status: string } }>(
      'mutation($id: ID!) { cancelRegistration(id: $id) { status } }',
      { id: ra.id },
      a.token,
    );
    expect(gqlData(cancelled, 'cancel').cancelRegistration.status).toBe('CANCELLED');
    expect((await view(c.token)).myRegistration).toMatchObject({ status: 'CONFIRMED', waitlistPosition: null });
    expect((await view(c.token)).onlineLink).toBe(onlineUrl);
    expect((await view(d.token)).myRegistration).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    const promotedMail = (await emailsTo(c.email)).pop() ?? '';
    expect(promotedMail).toContain('A place has become free for you');
    expect(promotedMail).toContain(onlineUrl);

    // Cancelling again: refused, nothing written.
    const before = await rowCounts(plenary, TABLES);
    const again = await plenary.gql(
      'mutation($id: ID!) { cancelRegistration(id: $id) { status } }',
      { id: ra.id },
      a.token,
    );
    expect(refusalOf(again)).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_CANCELLED' });
    // Someone else's registration is NOT_FOUND, as if it did not exist.
    const foreign = await plenary.gql(
      'mutation($id: ID!) { cancelRegistration(id: $id) { status } }',
      { id: rb.id },
      d.token,
    );
    expect(refusalOf(foreign).code).toBe('NOT_FOUND');
    expect(await rowCounts(plenary, TABLES)).toEqual(before);

    // Staff add a place: the next in line moves up.
    const current = gqlData(
      await plenary.gql<{ event: { version: number } }>('query($id: ID!) { event(id: $id) { version } }', {
        id: event.id,
      }),
      'version',
    ).event;
    gqlData(
      await plenary.gql(
        'mutation($i: UpdateEventInput!) { updateEvent(input: $i) { id capacity } }',
        { i: { id: event.id, expectedVersion: current.version, capacity: 3 } },
        staff.token,
      ),
      'updateEvent',
    );
    expect((await view(d.token)).myRegistration).toMatchObject({ status: 'CONFIRMED' });
    // Lowering it below the confirmed places is refused.
    const lower = await plenary.gql(
      'mutation($i: UpdateEventInput!) { updateEvent(input: $i) { id } }',
      { i: { id: event.id, expectedVersion: current.version + 1, capacity: 1 } },
      staff.token,
    );
    expect(refusalOf(lower)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CAPACITY_BELOW_CONFIRMED' });
  });

  it('refuses with a clear code and writes nothing: twice, past the deadline, cancelled event, not a member, no consent', async () => {
    const [a, b] = people;
    const event = await createProgrammeEvent(plenary, staff.token, { capacity: 10 });
    gqlData(await registerForEvent(plenary, a.token, { eventId: event.id }), 'first');
    const own = await createOrganisation(plenary, b, { name: 'Own Org' });
    const other = await createOrganisation(plenary, people[4], { name: 'Someone Else’s Org' });
    const cancelledEvent = await createProgrammeEvent(plenary, staff.token);
    gqlData(
      await plenary.gql(
        'mutation($i: CancelEventInput!) { cancelEvent(input: $i) { status } }',
        { i: { id: cancelledEvent.id, reason: 'Venue closed' } },
        staff.token,
      ),
      'cancelEvent',
    );
    const before = await rowCounts(plenary, TABLES);
    const cases: [string, () => Promise<unknown>, { code: string; reason: string }][] = [
      [
        'twice',
        () => registerForEvent(plenary, a.token, { eventId: event.id }),
        { code: 'CONFLICT', reason: 'ALREADY_REGISTERED' },
      ],
      [
        'cancelled event',
        () => registerForEvent(plenary, b.token, { eventId: cancelledEvent.id }),
        { code: 'CONFLICT', reason: 'EVENT_CANCELLED' },
      ],
      [
        'not a member',
        () => registerForEvent(plenary, b.token, { eventId: event.id, organisationId: other.id }),
        { code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' },
      ],
      [
        'no consent',
        () => registerForEvent(plenary, b.token, { eventId: event.id, consent: false }),
        { code: 'BAD_USER_INPUT', reason: 'CONSENT_REQUIRED' },
      ],
      [
        'past the deadline',
        async () => {
          clock.set(new Date(clock.now().getTime() + 9 * DAY + HOUR));
          return registerForEvent(plenary, b.token, { eventId: event.id, organisationId: own.id });
        },
        { code: 'CONFLICT', reason: 'REGISTRATION_DEADLINE_PASSED' },
      ],
      [
        'after the start',
        async () => {
          clock.set(new Date(clock.now().getTime() + 2 * DAY));
          return registerForEvent(plenary, b.token, { eventId: event.id });
        },
        { code: 'CONFLICT', reason: 'EVENT_STARTED' },
      ],
    ];
    for (const [what, run, expected] of cases) {
      const res = (await run()) as Parameters<typeof refusalOf>[0];
      expect({ what, ...refusalOf(res) }).toMatchObject({ what, ...expected });
    }
    expect(await rowCounts(plenary, TABLES)).toEqual(before);
    // On behalf of one's own organisation it works (and records the organisation's region and type).
    clock.set(start);
    const mine = gqlData(
      await registerForEvent(plenary, b.token, { eventId: event.id, organisationId: own.id }),
      'own org',
    ).registerForEvent;
    const [row] = await plenary.dataSource.query(
      'SELECT region, organisation_type FROM event_registrations WHERE id = $1',
      [mine.id],
    );
    expect(row).toEqual({ region: 'AG', organisation_type: 'NGO' });
  });

  it('lets an invited person without an account create one through the emailed link and register', async () => {
    const event = await createProgrammeEvent(plenary, staff.token, {
      registrationMode: 'INVITATION_ONLY',
      capacity: 5,
    });
    const stranger = people[3];
    const refused = await registerForEvent(plenary, stranger.token, { eventId: event.id });
    expect(refusalOf(refused)).toMatchObject({ code: 'FORBIDDEN', reason: 'INVITATION_REQUIRED' });

    const delegate = 'delegate.of.somewhere@example.org';
    const invited = await plenary.gql<{ inviteToEvent: { email: string }[] }>(
      'mutation($i: InviteToEventInput!) { inviteToEvent(input: $i) { email expiresAt } }',
      { i: { eventId: event.id, emails: [delegate] } },
      staff.token,
    );
    expect(gqlData(invited, 'invite').inviteToEvent.map((i) => i.email)).toEqual([delegate]);
    const token = await latestEmailToken(plenary, delegate);
    expect((await emailsTo(delegate))[0]).toContain('/programme/invitation#token=');
    const preview = await plenary.gql<{ eventInvitation: { event: { id: string }; used: boolean } }>(
      'query($t: String!) { eventInvitation(token: $t) { event { id title } used } }',
      { t: token },
    );
    expect(gqlData(preview, 'preview').eventInvitation).toMatchObject({ event: { id: event.id }, used: false });

    // The link's token is for the delegate's address: someone else holding it is refused.
    const stolen = await registerForEvent(plenary, stranger.token, { eventId: event.id, invitationToken: token });
    expect(refusalOf(stolen)).toMatchObject({ code: 'FORBIDDEN', reason: 'INVITATION_REQUIRED' });

    const account = await registerAndVerify(plenary, {
      email: delegate,
      password: 'a-long-delegate-passphrase-7',
      displayName: 'Delegate',
    });
    const registered = await registerForEvent(plenary, account.accessToken, {
      eventId: event.id,
      invitationToken: token,
    });
    expect(gqlData(registered, 'delegate registers').registerForEvent.status).toBe('CONFIRMED');
    expect(
      gqlData(
        await plenary.gql<{ eventInvitation: { used: boolean } }>(
          'query($t: String!) { eventInvitation(token: $t) { used } }',
          { t: token },
        ),
        'used',
      ).eventInvitation.used,
    ).toBe(true);
  });

  it('marks attendance once the event has started, confirmed places only', async () => {
    const event = await createProgrammeEvent(plenary, staff.token, { capacity: 1 });
    const [a, b] = people;
    const ra = gqlData(await registerForEvent(plenary, a.token, { eventId: event.id }), 'a').registerForEvent;
    const rb = gqlData(await registerForEvent(plenary, b.token, { eventId: event.id }), 'b').registerForEvent;
    const mark = (entries: { registrationId: string; attended: boolean }[]) =>
      plenary.gql<{ markAttendance: { id: string; attended: boolean }[] }>(
        'mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { id attended } }',
        { i: { eventId: event.id, entries } },
        staff.token,
      );
    expect(refusalOf(await mark([{ registrationId: ra.id, attended: true }]))).toMatchObject({
      code: 'CONFLICT',
      reason: 'EVENT_NOT_STARTED',
    });
    clock.set(new Date(clock.now().getTime() + 10 * DAY + 30 * 60_000));
    expect(refusalOf(await mark([{ registrationId: rb.id, attended: true }]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_CONFIRMED',
    });
    expect(gqlData(await mark([{ registrationId: ra.id, attended: true }]), 'mark').markAttendance).toEqual([
      { id: ra.id, attended: true },
    ]);
    // After the start the waiting list no longer moves, and people can no longer cancel.
    const late = await plenary.gql(
      'mutation($id: ID!) { cancelRegistration(id: $id) { status } }',
      { id: rb.id },
      b.token,
    );
    expect(refusalOf(late)).toMatchObject({ code: 'CONFLICT', reason: 'EVENT_STARTED' });
  });

  it('keeps clock-dependent answers on the plenary clock', () => {
    expect(plenary.get(Clock)).toBe(clock);
  });

  it('lets a member register with their organisation after being added to it', async () => {
    const event = await createProgrammeEvent(plenary, staff.token);
    const org = await createOrganisation(plenary, people[0], { name: 'Later Org', country: 'BR' });
    await addMember(plenary, org.id, people[2].user.id);
    const res = await registerForEvent(plenary, people[2].token, {
      eventId: event.id,
      organisationId: org.id,
      genderIdentity: 'WOMAN',
      needs: 'Step-free access',
    });
    expect(gqlData(res, 'member').registerForEvent.status).toBe('CONFIRMED');
  });
});
