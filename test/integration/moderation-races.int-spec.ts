import { ProvisionService } from '@app/consultations';
import { MemberRole, Region } from '@app/identity';
import { ClaimService, DecisionService, ModerationDecision, ReasonCode, TaggingService } from '@app/moderation';
import { Actor, DomainException, ErrorCode, FixedClock, PlatformRole } from '@app/platform';
import { TagService } from '@app/taxonomy';
import {
  addMember,
  createSessionAndOpenRound,
  createStaff,
  insertPerson,
  rowCounts,
  SubmissionRef,
  TestPlenary,
} from '@app/testing';
import { submitted, submittingOrg, SubmittingOrg, vocabulary, Vocabulary } from '../e2e/support/moderation.operations';

/**
 * Races with real concurrency: the calls start together (Promise.all) against the real database,
 * through the services the resolvers use. Exactly one of each race wins, and nothing is lost or
 * written twice.
 */
describe('moderation races (PostgreSQL, concurrent transactions)', () => {
  const LEASE_MINUTES = 1;
  const clock = new FixedClock(new Date());
  let plenary: TestPlenary;
  /** The services take actors: the moderators need no password or session (and cost no argon2 hash). */
  let moderators: Actor[];
  let org: SubmittingOrg;
  let roundId: string;
  let tags: Vocabulary;

  beforeAll(async () => {
    // A pool larger than the number of racers, so the race is decided by the database, not by waiting for a connection.
    plenary = await TestPlenary.start({
      clock,
      api: { MODERATION_LEASE_MINUTES: LEASE_MINUTES, DATABASE_POOL_SIZE: 12 },
    });
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    const staff = await createStaff(plenary);
    [org, moderators] = await Promise.all([
      submittingOrg(plenary),
      Promise.all(
        Array.from({ length: 6 }, async () => {
          const person = await insertPerson(plenary, { roles: [PlatformRole.MODERATOR], name: 'Moderator' });
          return { userId: person.id, sessionId: 'test', roles: person.roles };
        }),
      ),
    ]);
    // The organisation has two members: "one set of notifications" is one for each.
    const member = await insertPerson(plenary, { name: 'Second member' });
    await addMember(plenary, org.id, member.id, MemberRole.MEMBER);
    roundId = (await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG })).roundId;
    tags = await vocabulary(plenary);
  });

  afterAll(async () => {
    await plenary?.close();
  });

  interface Outcome<T> {
    /** Index of each winning call and what it returned. */
    won: { index: number; value: T }[];
    lost: DomainException[];
  }

  /** Starts every call at once and sorts the outcomes; anything but a DomainException fails the test. */
  async function race<T>(calls: (() => Promise<T>)[]): Promise<Outcome<T>> {
    const settled = await Promise.allSettled(calls.map((call) => call()));
    const outcome: Outcome<T> = { won: [], lost: [] };
    settled.forEach((s, index) => {
      if (s.status === 'fulfilled') outcome.won.push({ index, value: s.value });
      else if (s.reason instanceof DomainException) outcome.lost.push(s.reason);
      else throw s.reason;
    });
    return outcome;
  }

  async function one<T>(sql: string, params: unknown[]): Promise<T> {
    const rows: T[] = await plenary.dataSource.query(sql, params);
    return rows[0];
  }

  const claimRows = (id: string) =>
    plenary.dataSource.query<{ moderator_id: string }[]>(
      'SELECT moderator_id FROM moderation_claims WHERE submission_id = $1',
      [id],
    );
  const auditActions = async (id: string): Promise<string[]> =>
    (
      await plenary.dataSource.query<{ action: string }[]>(
        'SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id',
        [id],
      )
    ).map((r) => r.action);
  const stored = (id: string) =>
    one<{ status: string; version: number }>('SELECT status::text AS status, version FROM submissions WHERE id = $1', [
      id,
    ]);

  const fresh = (): Promise<SubmissionRef> => submitted(plenary, org, roundId);
  const racers = (n: number) => moderators.slice(0, n);

  it.each([1, 2, 3])('five moderators claim the same submission at once: exactly one wins (run %i)', async () => {
    const s = await fresh();
    const before = await stored(s.id);
    const result = await race(racers(5).map((m) => () => plenary.get(ClaimService).claim(m, s.id)));

    expect(result.won).toHaveLength(1);
    expect(result.lost).toHaveLength(4);
    for (const error of result.lost) {
      expect(error.code).toBe(ErrorCode.CONFLICT);
      expect(error.fields.map((f) => f.field)).toEqual(['id']);
    }
    const winner = moderators[result.won[0].index];
    expect(await claimRows(s.id)).toEqual([{ moderator_id: winner.userId }]);
    expect(result.won[0].value.claim.moderatorId).toBe(winner.userId);
    // Moved to UNDER_REVIEW once, audited once.
    expect(await stored(s.id)).toEqual({ status: 'UNDER_REVIEW', version: before.version + 1 });
    expect((await auditActions(s.id)).filter((a) => a.startsWith('moderation.'))).toEqual(['moderation.claimed']);
  });

  it('five moderators race for an expired lease: exactly one takes it over from the clock', async () => {
    const s = await fresh();
    const [first, ...others] = racers(6);
    await plenary.get(ClaimService).claim(first, s.id);
    clock.advance((LEASE_MINUTES * 60 + 1) * 1000);

    const result = await race(others.map((m) => () => plenary.get(ClaimService).claim(m, s.id)));

    expect(result.won).toHaveLength(1);
    expect(result.lost.map((e) => e.code)).toEqual(Array(4).fill(ErrorCode.CONFLICT));
    const winner = others[result.won[0].index];
    expect(await claimRows(s.id)).toEqual([{ moderator_id: winner.userId }]);
    // An expired lease is free: taking it is a claim, not a take-over.
    expect((await auditActions(s.id)).filter((a) => a.startsWith('moderation.'))).toEqual([
      'moderation.claimed',
      'moderation.claimed',
    ]);
  });

  const decisionPairs: [string, ModerationDecision, ModerationDecision][] = [
    ['REQUEST_CHANGES and REJECT', ModerationDecision.REQUEST_CHANGES, ModerationDecision.REJECT],
    ['APPROVE twice (a double click)', ModerationDecision.APPROVE, ModerationDecision.APPROVE],
    ['REJECT twice', ModerationDecision.REJECT, ModerationDecision.REJECT],
  ];
  const REASON: Record<ModerationDecision, ReasonCode> = {
    [ModerationDecision.APPROVE]: ReasonCode.IN_SCOPE,
    [ModerationDecision.REJECT]: ReasonCode.OUT_OF_SCOPE,
    [ModerationDecision.REQUEST_CHANGES]: ReasonCode.NEEDS_CLARIFICATION,
  };
  const STATUS: Record<ModerationDecision, string> = {
    APPROVE: 'APPROVED',
    REJECT: 'REJECTED',
    REQUEST_CHANGES: 'CHANGES_REQUESTED',
  };

  it.each(decisionPairs)(
    'the holder decides twice at once with the same expectedVersion (%s): one decision, one audit event, one set of notifications',
    async (_label, a, b) => {
      const holder = moderators[0];
      const s = await fresh();
      let current = (await plenary.get(ClaimService).claim(holder, s.id)).submission;
      current = await plenary.get(TaggingService).setTags(holder, {
        submissionId: s.id,
        expectedVersion: current.version,
        tagIds: [tags.gender[0], tags.humanRights[0]],
        noGenderConsiderations: false,
        noHumanRightsConsiderations: false,
      });
      const tables = [
        'moderation_decisions',
        'audit_events',
        'notifications',
        'email_messages',
        'outbox_jobs',
        'moderation_claims',
      ];
      const before = await rowCounts(plenary, tables);

      const result = await race(
        [a, b].map(
          (decision) => () =>
            plenary.get(DecisionService).decide(holder, {
              submissionId: s.id,
              expectedVersion: current.version,
              decision,
              reasonCode: REASON[decision],
              message: 'Please see the guidance.',
            }),
        ),
      );

      expect(result.won).toHaveLength(1);
      expect(result.lost).toHaveLength(1);
      expect(result.lost[0].code).toBe(ErrorCode.CONFLICT);
      // The loser either found the version moved on or, if it started after the winner committed, the claim gone.
      expect(['expectedVersion', 'submissionId']).toContain(result.lost[0].fields[0]?.field);
      const winning = [a, b][result.won[0].index];
      const decisions = await plenary.dataSource.query<{ decision: string }[]>(
        'SELECT decision::text AS decision FROM moderation_decisions WHERE submission_id = $1',
        [s.id],
      );
      expect(decisions).toEqual([{ decision: winning }]);
      expect((await stored(s.id)).status).toBe(STATUS[winning]);
      expect((await auditActions(s.id)).filter((x) => x === 'moderation.decided')).toHaveLength(1);
      const notified = await plenary.dataSource.query<{ user_id: string; kind: string }[]>(
        'SELECT user_id, kind FROM notifications WHERE entity_id = $1 ORDER BY user_id',
        [s.id],
      );
      expect(notified).toHaveLength(2);
      expect(new Set(notified.map((n) => n.user_id)).size).toBe(2);
      const after = await rowCounts(plenary, tables);
      // One decision, one audit event, a notification and an email (with its outbox job) per member,
      // the claim ended; an approval also queues the public cache's invalidation (one more job).
      const publicChange = winning === ModerationDecision.APPROVE ? 1 : 0;
      expect({
        decisions: after.moderation_decisions - before.moderation_decisions,
        audit: after.audit_events - before.audit_events,
        notifications: after.notifications - before.notifications,
        emails: after.email_messages - before.email_messages,
        jobs: after.outbox_jobs - before.outbox_jobs,
        claims: after.moderation_claims - before.moderation_claims,
      }).toEqual({ decisions: 1, audit: 1, notifications: 2, emails: 2, jobs: 2 + publicChange, claims: -1 });
    },
  );

  it.each([1, 2, 3])(
    'the holder sets tags twice at once with the same expectedVersion: one wins, the other is told its version is stale (run %i)',
    async () => {
      const holder = moderators[1];
      const s = await fresh();
      const claimed = (await plenary.get(ClaimService).claim(holder, s.id)).submission;
      const inputs = [
        {
          tagIds: [tags.gender[0], tags.humanRights[0]],
          noGenderConsiderations: false,
          noHumanRightsConsiderations: false,
        },
        { tagIds: [tags.theme[0], tags.theme[1]], noGenderConsiderations: true, noHumanRightsConsiderations: true },
      ];

      const result = await race(
        inputs.map(
          (input) => () =>
            plenary
              .get(TaggingService)
              .setTags(holder, { submissionId: s.id, expectedVersion: claimed.version, ...input }),
        ),
      );

      expect(result.won).toHaveLength(1);
      expect(result.lost).toHaveLength(1);
      expect(result.lost[0].code).toBe(ErrorCode.CONFLICT);
      expect(result.lost[0].fields.map((f) => f.field)).toEqual(['expectedVersion']);
      const winner = inputs[result.won[0].index];
      const applied = await plenary.dataSource.query<{ tag_id: string }[]>(
        'SELECT tag_id FROM submission_tags WHERE submission_id = $1',
        [s.id],
      );
      expect(applied.map((t) => t.tag_id).sort()).toEqual([...winner.tagIds].sort());
      const review = await one<{ no_gender_considerations: boolean; no_human_rights_considerations: boolean }>(
        'SELECT no_gender_considerations, no_human_rights_considerations FROM tag_reviews WHERE submission_id = $1',
        [s.id],
      );
      expect(review).toEqual({
        no_gender_considerations: winner.noGenderConsiderations,
        no_human_rights_considerations: winner.noHumanRightsConsiderations,
      });
      expect((await stored(s.id)).version).toBe(claimed.version + 1);
      expect((await auditActions(s.id)).filter((x) => x === 'moderation.tagged')).toHaveLength(1);
    },
  );
});
