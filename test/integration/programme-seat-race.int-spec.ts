import {
  createProgrammeEvent,
  createStaff,
  createUser,
  gqlData,
  registerForEvent,
  TestPlenary,
  TestUser,
} from '@app/testing';

/**
 * The last seat, taken by several people at the same moment: real concurrent HTTP requests, each on
 * its own database connection. The event's row lock serialises them, so exactly as many get a place
 * as there are places; the others are on the waiting list in a strict order, and nobody is twice.
 */
describe('programme: people taking the last seats at once', () => {
  let plenary: TestPlenary;
  let staff: TestUser;
  let people: TestUser[];

  beforeAll(async () => {
    plenary = await TestPlenary.start({ api: { DATABASE_POOL_SIZE: 10 } });
    staff = await createStaff(plenary);
    people = await Promise.all(Array.from({ length: 8 }, (_, i) => createUser(plenary, { name: `Racer ${i}` })));
  });
  afterAll(() => plenary?.close());

  it('gives the last seat to exactly one of two people asking at once, twenty times over', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 20; round++) {
      const event = await createProgrammeEvent(plenary, staff.token, { capacity: 1 });
      const [a, b] = round % 2 ? [people[0], people[1]] : [people[1], people[0]];
      const answers = await Promise.all([a, b].map((p) => registerForEvent(plenary, p.token, { eventId: event.id })));
      const statuses = answers.map((res) => gqlData(res, 'race').registerForEvent.status).sort();
      expect(statuses).toEqual(['CONFIRMED', 'WAITLISTED']);
      outcomes.push(answers[0].data?.registerForEvent.status ?? '');
      const [{ n }] = await plenary.dataSource.query(
        `SELECT count(*)::int AS n FROM event_registrations WHERE event_id = $1 AND status = 'CONFIRMED'`,
        [event.id],
      );
      expect(n).toBe(1);
    }
    // Both orders happened: the winner is whoever the database served first, not always the same caller.
    process.stdout.write(`seat race: first caller won ${outcomes.filter((s) => s === 'CONFIRMED').length} of 20\n`);
  });

  it('gives three seats to three of eight people asking at once; the five others wait in a strict order', async () => {
    const event = await createProgrammeEvent(plenary, staff.token, { capacity: 3 });
    const answers = await Promise.all(people.map((p) => registerForEvent(plenary, p.token, { eventId: event.id })));
    const results = answers.map((res) => gqlData(res, 'race').registerForEvent);
    expect(results.filter((r) => r.status === 'CONFIRMED')).toHaveLength(3);
    const waiting = results.filter((r) => r.status === 'WAITLISTED');
    expect(waiting.map((r) => r.waitlistPosition).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('registers one person asking twice at once only once', async () => {
    for (let round = 0; round < 5; round++) {
      const event = await createProgrammeEvent(plenary, staff.token, { capacity: 5 });
      const twice = await Promise.all(
        [0, 1].map(() => registerForEvent(plenary, people[0].token, { eventId: event.id })),
      );
      const outcomes = twice
        .map((res) => (res.errors?.[0]?.extensions?.reason as string | undefined) ?? res.data?.registerForEvent.status)
        .sort();
      expect(outcomes).toEqual(['ALREADY_REGISTERED', 'CONFIRMED']);
    }
  });
});
