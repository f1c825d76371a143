import { createStaff, TestPlenary, TestUser } from '@app/testing';

const CREATE = `mutation($i: CreateConsultationRoundInput!) {
  createConsultationRound(input: $i) { id version timeZone }
}`;
const UPDATE = `mutation($i: UpdateConsultationRoundInput!) {
  updateConsultationRound(input: $i) { id version timeZone }
}`;

/** A round announces its dates in a reference time zone, which clients show beside the reader's own. */
describe('consultation rounds: the reference time zone (api over HTTP)', () => {
  let plenary: TestPlenary;
  let staff: TestUser;
  let sessionId: string;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    staff = await createStaff(plenary);
    const session = await plenary.gql<{ createNegotiationSession: { id: string } }>(
      'mutation($i: CreateNegotiationSessionInput!) { createNegotiationSession(input: $i) { id } }',
      {
        i: {
          title: 'Time zones',
          processName: 'AHC',
          location: 'Vienna',
          startsAt: '2030-04-01T08:00:00Z',
          endsAt: '2030-04-12T18:00:00Z',
        },
      },
      staff.token,
    );
    sessionId = session.data!.createNegotiationSession.id;
  });

  afterAll(async () => {
    await plenary.close();
  });

  const fields = (extra: Record<string, unknown> = {}) => ({
    sessionId,
    region: 'WEOG',
    title: 'Round',
    opensAt: '2030-03-01T09:00:00Z',
    closesAt: '2030-03-20T17:00:00Z',
    ...extra,
  });

  it('is UTC unless staff choose one, and can be changed while the round is not closed', async () => {
    const plain = await plenary.gql<{ createConsultationRound: { id: string; version: number; timeZone: string } }>(
      CREATE,
      { i: fields() },
      staff.token,
    );
    expect(plain.data?.createConsultationRound.timeZone).toBe('UTC');

    const vienna = await plenary.gql<{ createConsultationRound: { id: string; version: number; timeZone: string } }>(
      CREATE,
      { i: fields({ timeZone: 'Europe/Vienna' }) },
      staff.token,
    );
    const round = vienna.data!.createConsultationRound;
    expect(round.timeZone).toBe('Europe/Vienna');

    const moved = await plenary.gql<{ updateConsultationRound: { timeZone: string } }>(
      UPDATE,
      { i: { id: round.id, expectedVersion: round.version, timeZone: 'America/New_York' } },
      staff.token,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateConsultationRound.timeZone).toBe('America/New_York');
  });

  it.each(['Mars/Olympus_Mons', 'europe/vienna', '+01:00', ''])(
    'refuses %j with BAD_USER_INPUT on timeZone and writes nothing',
    async (timeZone) => {
      const [{ count: before }] = await plenary.dataSource.query<{ count: number }[]>(
        'SELECT count(*)::int AS count FROM consultation_rounds',
      );
      const res = await plenary.gql(CREATE, { i: fields({ timeZone }) }, staff.token);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain('timeZone');
      const [{ count: after }] = await plenary.dataSource.query<{ count: number }[]>(
        'SELECT count(*)::int AS count FROM consultation_rounds',
      );
      expect(after).toBe(before);
    },
  );
});
