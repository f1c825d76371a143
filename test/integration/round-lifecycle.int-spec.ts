import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemberRole, MembershipEntity } from '@app/identity';
import { FixedClock, Job, OUTBOX_CHANNEL, QueueRegistry } from '@app/platform';
import { createOrganisation, createStaff, createUser, eventually, TestPlenary, TestUser } from '@app/testing';

/**
 * A round's life as the worker runs it (PostgreSQL + Redis + the worker in-process): it is open or
 * closed by the clock even when no job ran; the open job flips the stored status and tells the
 * region's verified organisations (in-app and by email), once; the closing reminder goes only to
 * organisations holding drafts in the round; the close job records the close.
 *
 * BullMQ delays run on the wall clock, so rounds that need a job to run are dated around the real
 * now, and the FixedClock is set to the real now before each of those tests.
 */
describe('round lifecycle (worker jobs)', () => {
  const MINUTE = 60_000;
  const HOUR = 60 * MINUTE;
  const DAY = 24 * HOUR;
  const clock = new FixedClock(new Date());
  let plenary: TestPlenary;
  let staff: TestUser;
  let sessionId: string;
  let mailDir: string | undefined;

  beforeAll(async () => {
    plenary = await TestPlenary.start({ clock });
    staff = await createStaff(plenary);
    const { createNegotiationSession } = await ok<{ createNegotiationSession: { id: string } }>(
      'mutation($i: CreateNegotiationSessionInput!) { createNegotiationSession(input: $i) { id } }',
      {
        i: {
          title: 'AHC eighth session',
          processName: 'Ad Hoc Committee on Cybercrime',
          location: 'New York',
          startsAt: new Date(Date.now() + 30 * DAY),
          endsAt: new Date(Date.now() + 40 * DAY),
        },
      },
      staff.token,
    );
    sessionId = createNegotiationSession.id;
  });

  beforeEach(() => {
    clock.set(new Date());
  });

  afterAll(async () => {
    await plenary?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const res = await plenary.gql<T>(query, variables, token);
    if (res.errors?.length || !res.data) throw new Error(`expected success, got ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  interface Round {
    id: string;
    status: string;
    acceptingSubmissions: boolean;
    acceptingRevisions: boolean;
    version: number;
    closesAt: string;
  }
  const ROUND_FIELDS = 'id status acceptingSubmissions acceptingRevisions version closesAt';

  /** A round created and scheduled by staff over GraphQL. */
  async function scheduleRound(region: string, title: string, opensAt: Date, closesAt: Date): Promise<Round> {
    const { createConsultationRound } = await ok<{ createConsultationRound: { id: string } }>(
      'mutation($i: CreateConsultationRoundInput!) { createConsultationRound(input: $i) { id } }',
      { i: { sessionId, region, title, opensAt, closesAt } },
      staff.token,
    );
    const { scheduleConsultationRound } = await ok<{ scheduleConsultationRound: Round }>(
      `mutation($id: ID!) { scheduleConsultationRound(id: $id) { ${ROUND_FIELDS} } }`,
      { id: createConsultationRound.id },
      staff.token,
    );
    return scheduleConsultationRound;
  }

  /** The round as the public sees it (status from the clock). */
  const publicRound = async (id: string): Promise<Round> =>
    (
      await ok<{ consultationRound: Round }>(`query($id: ID!) { consultationRound(id: $id) { ${ROUND_FIELDS} } }`, {
        id,
      })
    ).consultationRound;

  const publicRoundIds = async (status: string): Promise<string[]> =>
    (
      await ok<{ consultationRounds: { edges: { node: { id: string } }[] } }>(
        'query($f: ConsultationRoundFilter) { consultationRounds(filter: $f, first: 100) { edges { node { id } } } }',
        { f: { status } },
      )
    ).consultationRounds.edges.map((e) => e.node.id);

  /** The round's row: what the jobs recorded. */
  interface StoredRound {
    status: string;
    opened_notified_at: Date | null;
    closing_reminded_at: Date | null;
  }

  async function storedRound(id: string): Promise<StoredRound> {
    const [row] = await plenary.dataSource.query<StoredRound[]>(
      'SELECT status, opened_notified_at, closing_reminded_at FROM consultation_rounds WHERE id = $1',
      [id],
    );
    return row;
  }

  /** Starts the in-process worker once for the rest of the suite. */
  async function workerRunning(): Promise<void> {
    mailDir ??= await plenary.startWorker();
  }

  /** A person who is a member (ADMIN, or MEMBER added to an existing organisation) of an organisation. */
  async function person(name: string): Promise<TestUser> {
    return createUser(plenary, { name });
  }

  async function addMember(organisationId: string, user: TestUser): Promise<void> {
    await plenary.dataSource
      .getRepository(MembershipEntity)
      .insert({ organisationId, userId: user.user.id, role: MemberRole.MEMBER });
  }

  /** The kinds of notification `user` sees about `entityId`. */
  async function notificationKinds(user: TestUser, entityId: string): Promise<string[]> {
    const { myNotifications } = await ok<{
      myNotifications: { edges: { node: { kind: string; entityId: string | null } }[] };
    }>('{ myNotifications(first: 100) { edges { node { kind entityId } } } }', {}, user.token);
    return myNotifications.edges.filter((e) => e.node.entityId === entityId).map((e) => e.node.kind);
  }

  async function notificationCount(kind: string, entityId: string): Promise<number> {
    const [row] = await plenary.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM notifications WHERE kind = $1 AND entity_id = $2',
      [kind, entityId],
    );
    return row.n;
  }

  /**
   * Addresses of the emails queued whose text starts with this line (the notification's title: the
   * subject is fixed text); each must have been written by the worker as an .eml.
   */
  async function emailedTo(firstLine: string): Promise<string[]> {
    const rows = await plenary.dataSource.query<{ id: string; to_address: string }[]>(
      'SELECT id, to_address FROM email_messages WHERE starts_with(text_body, $1) ORDER BY to_address',
      [firstLine],
    );
    for (const row of rows) {
      const file = join(mailDir ?? '', `${row.id}.eml`);
      await eventually(async () => existsSync(file) && readFileSync(file, 'utf8').includes(`To: ${row.to_address}`));
    }
    return rows.map((r) => r.to_address);
  }

  /**
   * Delivers a job to the worker once more, as a redelivery would: an outbox row with a fresh
   * BullMQ job id (the deterministic one would be de-duplicated by BullMQ), then waits until it ran.
   */
  async function runAgain(job: Job): Promise<void> {
    const jobId = `${job.name}-again-${Date.now()}`;
    await plenary.dataSource.query('INSERT INTO outbox_jobs (name, payload, job_id) VALUES ($1, $2, $3)', [
      job.name,
      JSON.stringify(job.payload),
      jobId,
    ]);
    await plenary.dataSource.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
    const queue = plenary.get(QueueRegistry).get('consultations');
    const state = await eventually(async () => {
      const s = await (await queue.getJob(jobId))?.getState();
      return s === 'completed' || s === 'failed' ? s : undefined;
    }, 15_000);
    expect(state).toBe('completed');
  }

  const sorted = (emails: string[]): string[] => [...emails].sort();

  // First, with no worker at all: only the clock moves.
  it('reports status and acceptingSubmissions from the clock when no job has run', async () => {
    const t0 = new Date(Math.floor(Date.now() / 1000) * 1000);
    clock.set(t0);
    const opensAt = new Date(t0.getTime() + HOUR);
    const closesAt = new Date(t0.getTime() + 2 * HOUR);
    const scheduled = await scheduleRound('EEG', 'Eastern European Group: clock only', opensAt, closesAt);
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', acceptingSubmissions: false, acceptingRevisions: false });
    expect(await publicRoundIds('SCHEDULED')).toContain(scheduled.id);

    clock.set(new Date(opensAt.getTime() - 1000));
    expect(await publicRound(scheduled.id)).toMatchObject({ status: 'SCHEDULED', acceptingSubmissions: false });

    clock.set(opensAt);
    expect(await publicRound(scheduled.id)).toMatchObject({
      status: 'OPEN',
      acceptingSubmissions: true,
      acceptingRevisions: true,
    });
    expect(await publicRoundIds('OPEN')).toContain(scheduled.id);
    expect(await publicRoundIds('SCHEDULED')).not.toContain(scheduled.id);
    // The stored status is untouched: no job ran.
    expect(await storedRound(scheduled.id)).toMatchObject({ status: 'SCHEDULED', opened_notified_at: null });

    clock.set(new Date(closesAt.getTime() - 1000));
    expect(await publicRound(scheduled.id)).toMatchObject({ status: 'OPEN', acceptingSubmissions: true });

    clock.set(closesAt);
    expect(await publicRound(scheduled.id)).toMatchObject({
      status: 'CLOSED',
      acceptingSubmissions: false,
      acceptingRevisions: true,
    });
    expect(await publicRoundIds('CLOSED')).toContain(scheduled.id);
    expect(await publicRoundIds('OPEN')).not.toContain(scheduled.id);
    expect((await storedRound(scheduled.id)).status).toBe('SCHEDULED');

    // Revisions stay possible until revisionsCloseAt (default closesAt + 7 days), then nothing is.
    clock.set(new Date(closesAt.getTime() + 7 * DAY));
    expect(await publicRound(scheduled.id)).toMatchObject({
      status: 'CLOSED',
      acceptingSubmissions: false,
      acceptingRevisions: false,
    });
  });

  it('opens a round with the worker: flips the stored status, tells members of the region’s verified organisations once, in-app and by email', async () => {
    await workerRunning();
    // In the region: two people of one verified organisation, an admin of another, and a PENDING one.
    const [adminA, memberA, adminB, adminPending, adminOther] = await Promise.all(
      ['Ama', 'Kwame', 'Bola', 'Pat', 'Wim'].map(person),
    );
    const orgA = await createOrganisation(plenary, adminA, { country: 'GH' });
    await addMember(orgA.id, memberA);
    await createOrganisation(plenary, adminB, { country: 'SN' });
    await createOrganisation(plenary, adminPending, { country: 'GH', verified: false });
    // Another region: not told.
    await createOrganisation(plenary, adminOther, { country: 'NL' });

    const now = clock.now();
    const title = 'African Group: opened by the worker';
    const round = await scheduleRound('AG', title, new Date(now.getTime() - 1000), new Date(now.getTime() + 5 * DAY));
    // Open by the clock at once; the job records it.
    expect(round.status).toBe('OPEN');
    await eventually(async () => (await storedRound(round.id)).status === 'OPEN');
    const opened = await storedRound(round.id);
    expect(opened.opened_notified_at).not.toBeNull();

    const told = [adminA, memberA, adminB];
    for (const user of told) expect(await notificationKinds(user, round.id)).toEqual(['ROUND_OPENED']);
    for (const user of [adminPending, adminOther, staff]) expect(await notificationKinds(user, round.id)).toEqual([]);
    const subject = `Consultation open: ${title}`;
    expect(await emailedTo(subject)).toEqual(sorted(told.map((u) => u.email)));

    // The job delivered again (a retry, a second relay) sends nothing new and changes nothing.
    await runAgain({
      name: 'round.open',
      payload: { roundId: round.id, at: new Date(now.getTime() - 1000).getTime() },
    });
    expect(await notificationCount('ROUND_OPENED', round.id)).toBe(told.length);
    expect(await emailedTo(subject)).toEqual(sorted(told.map((u) => u.email)));
    expect(await storedRound(round.id)).toEqual(opened);
  });

  it('reminds only organisations holding drafts in the round, 48 hours before it closes, once', async () => {
    await workerRunning();
    const [drafting, memberOfDrafting, submitted, idle, elsewhere] = await Promise.all(
      ['Dora', 'Dan', 'Sami', 'Ines', 'Eli'].map(person),
    );
    const orgDrafting = await createOrganisation(plenary, drafting, { country: 'BR' });
    await addMember(orgDrafting.id, memberOfDrafting);
    const orgSubmitted = await createOrganisation(plenary, submitted, { country: 'AR' });
    await createOrganisation(plenary, idle, { country: 'CL' });
    const orgElsewhere = await createOrganisation(plenary, elsewhere, { country: 'MX' });

    const now = clock.now();
    const title = 'GRULAC: closing soon';
    const round = await scheduleRound(
      'GRULAC',
      title,
      new Date(now.getTime() - MINUTE),
      new Date(now.getTime() + 5 * DAY),
    );
    const other = await scheduleRound(
      'GRULAC',
      'GRULAC: another round',
      new Date(now.getTime() - MINUTE),
      new Date(now.getTime() + 5 * DAY),
    );
    await eventually(
      async () => (await storedRound(round.id)).status === 'OPEN' && (await storedRound(other.id)).status === 'OPEN',
    );

    const create = async (user: TestUser, organisationId: string, roundId: string) =>
      (
        await ok<{ createSubmission: { id: string; version: number } }>(
          'mutation($i: CreateSubmissionInput!) { createSubmission(input: $i) { id version } }',
          {
            i: {
              roundId,
              organisationId,
              title: 'Position',
              summary: 'Short.',
              body: 'Cooperation needs safeguards.',
              language: 'es',
              disclosure: 'NAMED',
            },
          },
          user.token,
        )
      ).createSubmission;
    await create(drafting, orgDrafting.id, round.id);
    const toSubmit = await create(submitted, orgSubmitted.id, round.id);
    await ok(
      'mutation($i: SubmitSubmissionInput!) { submitSubmission(input: $i) { id } }',
      { i: { id: toSubmit.id, expectedVersion: toSubmit.version } },
      submitted.token,
    );
    await create(elsewhere, orgElsewhere.id, other.id);

    // Nothing yet: the round closes in five days.
    await new Promise((r) => setTimeout(r, 300));
    expect(await notificationCount('ROUND_CLOSING_SOON', round.id)).toBe(0);

    // Staff bring the close forward to 47 hours from now: the reminder is due at once.
    const current = await publicRound(round.id);
    const closesAt = new Date(now.getTime() + 47 * HOUR);
    const { updateConsultationRound } = await ok<{ updateConsultationRound: Round }>(
      `mutation($i: UpdateConsultationRoundInput!) { updateConsultationRound(input: $i) { ${ROUND_FIELDS} } }`,
      { i: { id: round.id, expectedVersion: current.version, closesAt } },
      staff.token,
    );
    expect(new Date(updateConsultationRound.closesAt).getTime()).toBe(closesAt.getTime());
    await eventually(async () => (await storedRound(round.id)).closing_reminded_at !== null);

    const told = [drafting, memberOfDrafting];
    for (const user of told)
      expect(await notificationKinds(user, round.id)).toEqual(['ROUND_CLOSING_SOON', 'ROUND_OPENED']);
    for (const user of [submitted, idle, elsewhere])
      expect(await notificationKinds(user, round.id)).not.toContain('ROUND_CLOSING_SOON');
    expect(await notificationKinds(elsewhere, other.id)).not.toContain('ROUND_CLOSING_SOON');
    const subject = `Closing soon: ${title}`;
    expect(await emailedTo(subject)).toEqual(sorted(told.map((u) => u.email)));

    // Delivered again: nothing new.
    const reminded = await storedRound(round.id);
    await runAgain({ name: 'round.closing-reminder', payload: { roundId: round.id, at: closesAt.getTime() } });
    expect(await notificationCount('ROUND_CLOSING_SOON', round.id)).toBe(told.length);
    expect(await emailedTo(subject)).toEqual(sorted(told.map((u) => u.email)));
    expect(await storedRound(round.id)).toEqual(reminded);
  });

  it('records the close with the close job once closesAt has passed', async () => {
    await workerRunning();
    const now = clock.now();
    const closesAt = new Date(Date.now() + 1500);
    const round = await scheduleRound(
      'APG',
      'Asia-Pacific Group: a short round',
      new Date(now.getTime() - MINUTE),
      closesAt,
    );
    await eventually(async () => (await storedRound(round.id)).status === 'OPEN');

    // The close job is due at closesAt on the wall clock; the round's clock passes closesAt too.
    clock.set(new Date(closesAt.getTime() + 1000));
    expect((await publicRound(round.id)).status).toBe('CLOSED');
    await eventually(async () => (await storedRound(round.id)).status === 'CLOSED', 15_000);
  });
});
