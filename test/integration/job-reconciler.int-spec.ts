import { randomUUID } from 'node:crypto';
import { QueueRegistry } from '@app/platform';
import {
  createOrganisation,
  createStaff,
  createUser,
  deleteRedisKeys,
  eventually,
  TestPlenary,
  TestUser,
} from '@app/testing';

/**
 * Redis loses every job it held (a restart without persistence: all keys of the queues gone) after
 * the outbox relayed them. PostgreSQL still says what must happen, and the worker's reconciler puts
 * it back under the same job ids: the round opens and notifies its region once, the closing
 * reminder and an unsent email go out, and the repeatable moderation schedule exists again.
 */
describe('job reconciler (PostgreSQL is the source of truth for the queues)', () => {
  const HOUR = 3600_000;
  let plenary: TestPlenary;
  let staff: TestUser;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    staff = await createStaff(plenary);
  });

  afterAll(async () => {
    await plenary?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const res = await plenary.gql<T>(query, variables, token);
    if (res.errors?.length || !res.data) throw new Error(`expected success, got ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  const count = async (sql: string, params: unknown[]): Promise<number> =>
    Number((await plenary.dataSource.query<{ n: string }[]>(sql, params))[0].n);

  it('re-queues what Redis lost: the round opens, notifies and reminds once; the email is sent', async () => {
    // A verified organisation in the round's region with one member who has a draft-free admin.
    const member = await createUser(plenary, { name: 'Region member' });
    await createOrganisation(plenary, member, { country: 'KE' });
    const { createNegotiationSession } = await ok<{ createNegotiationSession: { id: string } }>(
      'mutation($i: CreateNegotiationSessionInput!) { createNegotiationSession(input: $i) { id } }',
      {
        i: {
          title: 'Reconciled session',
          processName: 'Ad Hoc Committee on Cybercrime',
          location: 'Vienna',
          startsAt: new Date(Date.now() + 30 * 24 * HOUR),
          endsAt: new Date(Date.now() + 31 * 24 * HOUR),
        },
      },
      staff.token,
    );
    // Opens in 4 s; closes 48 h + 6 s from now, so its closing reminder is due 6 s from now.
    const opensAt = new Date(Date.now() + 4_000);
    const closesAt = new Date(Date.now() + 48 * HOUR + 6_000);
    const { createConsultationRound } = await ok<{ createConsultationRound: { id: string } }>(
      'mutation($i: CreateConsultationRoundInput!) { createConsultationRound(input: $i) { id } }',
      { i: { sessionId: createNegotiationSession.id, region: 'AG', title: 'Reconciled round', opensAt, closesAt } },
      staff.token,
    );
    const roundId = createConsultationRound.id;
    await ok('mutation($id: ID!) { scheduleConsultationRound(id: $id) { id } }', { id: roundId }, staff.token);

    await plenary.startWorker({ RECONCILE_INTERVAL_MS: 1_000 });
    const registry = plenary.get(QueueRegistry);
    // The relay moved the round's jobs into Redis (delayed) and the outbox rows are marked relayed.
    await eventually(async () => (await registry.get('consultations').getDelayedCount()) >= 2, 15_000);
    // (Marked when the relay's batch commits, just after BullMQ took the jobs.)
    await eventually(
      async () =>
        (await count(`SELECT count(*) AS n FROM outbox_jobs WHERE payload->>'roundId' = $1 AND relayed_at IS NULL`, [
          roundId,
        ])) === 0,
      5_000,
    );

    // An email whose job was lost with Redis (its outbox row long relayed and cleaned up).
    const address = `lost-${randomUUID().slice(0, 8)}@example.org`;
    const [{ id: emailId }] = await plenary.dataSource.query<{ id: string }[]>(
      `INSERT INTO email_messages (to_address, subject, text_body) VALUES ($1, 'Lost with Redis', 'Hello') RETURNING id`,
      [address],
    );

    // Redis loses everything it held for this installation.
    await deleteRedisKeys(registry.prefix);
    expect(await registry.get('consultations').getDelayedCount()).toBe(0);

    const stored = () =>
      plenary.dataSource
        .query<{ status: string; opened_notified_at: Date | null; closing_reminded_at: Date | null }[]>(
          'SELECT status, opened_notified_at, closing_reminded_at FROM consultation_rounds WHERE id = $1',
          [roundId],
        )
        .then((r) => r[0]);
    await eventually(async () => (await stored()).opened_notified_at !== null, 20_000);
    await eventually(async () => (await stored()).closing_reminded_at !== null, 20_000);
    expect((await stored()).status).toBe('OPEN');
    await eventually(
      async () =>
        (await count(`SELECT count(*) AS n FROM email_messages WHERE id = $1 AND status = 'SENT'`, [emailId])) === 1,
      20_000,
    );
    // The repeatable moderation schedule is back too.
    const schedulers = await registry.get('moderation').getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toContain('moderation.waiting-digest');

    // Several more passes ran meanwhile (every second); the region was still told once.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(
      await count(`SELECT count(*) AS n FROM notifications WHERE kind = 'ROUND_OPENED' AND entity_id = $1`, [roundId]),
    ).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM email_messages WHERE text_body LIKE 'Consultation open:%'`, [])).toBe(
      1,
    );
  }, 60_000);
});
