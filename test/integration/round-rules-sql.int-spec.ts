import { ConsultationRoundEntity, isLive, isPublicRound, RoundSql, RoundStatus } from '@app/consultations';
import { Region } from '@app/identity';
import { createSessionAndOpenRound, createStaff, TestPlenary } from '@app/testing';

/** The round rules that exist in both TypeScript (round-rules.ts) and SQL (RoundSql) agree on stored rounds of every status. */
describe('round rules: SQL and TypeScript agree (real PostgreSQL)', () => {
  let plenary: TestPlenary;
  let rounds: ConsultationRoundEntity[];

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    const staff = await createStaff(plenary);
    const { roundId } = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG });
    await plenary.dataSource.query(
      `INSERT INTO consultation_rounds (session_id, region, title, description, guiding_questions, opens_at, closes_at,
                                        revisions_close_at, word_limit, languages, time_zone, status, version)
       SELECT r.session_id, r.region, s.status, '', '{}', r.opens_at, r.closes_at, r.revisions_close_at, r.word_limit,
              r.languages, r.time_zone, s.status::round_status, 1
         FROM consultation_rounds r, unnest($2::text[]) AS s(status) WHERE r.id = $1`,
      [roundId, Object.values(RoundStatus)],
    );
    rounds = await plenary.dataSource.getRepository(ConsultationRoundEntity).find();
    expect(new Set(rounds.map((r) => r.status)).size).toBe(Object.values(RoundStatus).length);
  });
  afterAll(() => plenary.close());

  it.each([
    ['public (not a DRAFT)', RoundSql.public('r'), isPublicRound],
    ['live (the clock decides)', RoundSql.live('r'), isLive],
    ['closed by staff', RoundSql.closed('r'), (r: ConsultationRoundEntity) => r.status === RoundStatus.CLOSED],
  ] as const)('%s', async (_name, sql, twin) => {
    const found: { id: string }[] = await plenary.dataSource.query(
      `SELECT r.id FROM consultation_rounds r WHERE ${sql}`,
    );
    const fromSql = found.map((r) => r.id).sort();
    expect(fromSql).toEqual(
      rounds
        .filter(twin)
        .map((r) => r.id)
        .sort(),
    );
    expect(fromSql.length).toBeGreaterThan(0);
    expect(fromSql.length).toBeLessThan(rounds.length);
  });
});
