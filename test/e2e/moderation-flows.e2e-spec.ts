import { ProvisionService } from '@app/consultations';
import { MemberRole, Region } from '@app/identity';
import { FixedClock } from '@app/platform';
import { TagService } from '@app/taxonomy';
import {
  addMember,
  createModerator,
  createSessionAndOpenRound,
  createStaff,
  createUser,
  submit,
  SubmissionRef,
  TestPlenary,
  TestUser,
} from '@app/testing';
import {
  APPEAL,
  auditTrail,
  claim,
  CLAIM,
  COUNTS,
  COVERAGE,
  dataOf,
  decide,
  DECIDE,
  drafted,
  errorOf,
  notificationsOf,
  QUEUE,
  QueueNode,
  QueuePage,
  rejected,
  RESOLVE_APPEAL,
  SET_TAGS,
  setTags,
  SIMILAR,
  storedSubmission,
  submitted,
  submittingOrg,
  SubmittingOrg,
  uniqueText,
  vocabulary,
  Vocabulary,
  writtenRows,
  approved,
} from './support/moderation.operations';

/**
 * Moderation as its users live it, over HTTP: a submission through review, revision and approval;
 * a rejection appealed and overturned; the tag review gate; leases that expire by the clock; near-
 * duplicates; coverage figures that add up; and the queue's order, pages and filters.
 */
describe('moderation flows (api over HTTP)', () => {
  const LEASE_MINUTES = 1;
  const clock = new FixedClock(new Date());
  let plenary: TestPlenary;
  let staff: TestUser;
  let moderator: TestUser;
  let moderator2: TestUser;
  /** AG (Kenya): its ADMIN submits; `member` is a MEMBER. */
  let org: SubmittingOrg;
  let member: TestUser;
  /** WEOG (Germany). */
  let west: SubmittingOrg;
  let tags: Vocabulary;
  let roundId: string;

  beforeAll(async () => {
    plenary = await TestPlenary.start({ clock, api: { MODERATION_LEASE_MINUTES: LEASE_MINUTES } });
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    [staff, moderator, moderator2, org, west, member] = await Promise.all([
      createStaff(plenary),
      createModerator(plenary),
      createModerator(plenary),
      submittingOrg(plenary, { country: 'KE' }),
      submittingOrg(plenary, { country: 'DE' }),
      createUser(plenary, { name: 'Member' }),
    ]);
    await addMember(plenary, org.id, member.user.id, MemberRole.MEMBER);
    tags = await vocabulary(plenary);
    ({ roundId } = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG }));
  });

  afterAll(async () => {
    await plenary?.close();
  });

  const SUBMITTER_VIEW =
    'query($id: ID!) { submission(id: $id) { id status version currentVersion decisions { decision reasonCode message versionNumber } } }';
  interface SubmitterView {
    submission: {
      id: string;
      status: string;
      version: number;
      currentVersion: number;
      decisions: { decision: string; reasonCode: string; message: string | null; versionNumber: number }[];
    };
  }

  async function queue(
    token: string,
    filter: Record<string, unknown>,
    first = 50,
    after?: string,
  ): Promise<QueuePage['moderationQueue']> {
    return dataOf(await plenary.gql<QueuePage>(QUEUE, { f: filter, first, after }, token)).moderationQueue;
  }
  const queueIds = async (token: string, filter: Record<string, unknown>): Promise<string[]> =>
    (await queue(token, filter)).edges.map((e) => e.node.submission.id);

  it('(a) SUBMITTED → claim → tags → REQUEST_CHANGES → revision → re-review → APPROVED, with the submitter told and the audit trail complete', async () => {
    const s = await submitted(plenary, org, roundId);
    expect(s.status).toBe('SUBMITTED');

    const claimed = dataOf(
      await plenary.gql<{ claimSubmission: SubmissionRef & { claim: { mine: boolean } } }>(
        CLAIM,
        { id: s.id },
        moderator.token,
      ),
    ).claimSubmission;
    expect(claimed).toMatchObject({ status: 'UNDER_REVIEW', claim: { mine: true } });
    const tagged = await setTags(plenary, moderator.token, claimed, { tagIds: [tags.gender[0], tags.humanRights[0]] });
    const message = 'Please say which articles of the Convention your proposals concern.';
    const asked = await decide(plenary, moderator.token, tagged, {
      decision: 'REQUEST_CHANGES',
      reasonCode: 'MISSING_PROVISIONS',
      message,
    });
    expect(asked.status).toBe('CHANGES_REQUESTED');

    // The submitter sees the decision with its reason and message, and was notified.
    const seen = dataOf(await plenary.gql<SubmitterView>(SUBMITTER_VIEW, { id: s.id }, org.admin.token)).submission;
    expect(seen.status).toBe('CHANGES_REQUESTED');
    expect(seen.decisions).toEqual([
      { decision: 'REQUEST_CHANGES', reasonCode: 'MISSING_PROVISIONS', message, versionNumber: 1 },
    ]);
    const changes = (await notificationsOf(plenary, org.admin.token)).filter((n) => n.entityId === s.id);
    expect(changes.map((n) => n.kind)).toEqual(['CHANGES_REQUESTED']);
    expect(changes[0].body).toContain('MISSING_PROVISIONS');
    expect(changes[0].body).toContain(message);
    // Every member hears it, not only the author.
    expect(
      (await notificationsOf(plenary, member.token)).filter((n) => n.entityId === s.id).map((n) => n.kind),
    ).toEqual(['CHANGES_REQUESTED']);

    // The revision: a new version.
    const updated = await plenary.gql<{ updateSubmission: SubmissionRef }>(
      'mutation($i: UpdateSubmissionInput!) { updateSubmission(input: $i) { id version status } }',
      {
        i: {
          id: s.id,
          expectedVersion: seen.version,
          body: `${uniqueText().body} We address Articles 24 and 35.`,
          provisionIds: ['article-24'],
        },
      },
      org.admin.token,
    );
    const resubmitted = await submit(plenary, org.admin.token, dataOf(updated).updateSubmission);
    expect(resubmitted.status).toBe('SUBMITTED');
    expect(
      dataOf(await plenary.gql<SubmitterView>(SUBMITTER_VIEW, { id: s.id }, org.admin.token)).submission.currentVersion,
    ).toBe(2);

    // Re-review.
    const reclaimed = await claim(plenary, moderator.token, s.id);
    const retagged = await setTags(plenary, moderator.token, reclaimed, {
      tagIds: [tags.gender[0], tags.humanRights[1]],
    });
    const done = await decide(plenary, moderator.token, retagged, { decision: 'APPROVE', reasonCode: 'IN_SCOPE' });
    expect(done.status).toBe('APPROVED');

    const final = dataOf(await plenary.gql<SubmitterView>(SUBMITTER_VIEW, { id: s.id }, org.admin.token)).submission;
    expect(final.decisions).toEqual([
      { decision: 'REQUEST_CHANGES', reasonCode: 'MISSING_PROVISIONS', message, versionNumber: 1 },
      { decision: 'APPROVE', reasonCode: 'IN_SCOPE', message: null, versionNumber: 2 },
    ]);
    const told = (await notificationsOf(plenary, org.admin.token)).filter((n) => n.entityId === s.id);
    expect(told.map((n) => n.kind)).toEqual(['DECISION_MADE', 'CHANGES_REQUESTED']);
    expect(told[0].body).toContain('IN_SCOPE');

    // The audit trail: the moderator's actions name them; the submitter's own are sealed, and
    // keep only their day, so they come first (in their own order), never between the others.
    const trail = (await auditTrail(plenary, staff.token, s.id)).map((e) => [e.action, e.actorId]);
    const mod = moderator.user.id;
    expect(trail).toEqual([
      ['submission.created', null],
      ['submission.submitted', null],
      ['submission.updated', null],
      ['submission.submitted', null],
      ['moderation.claimed', mod],
      ['moderation.tagged', mod],
      ['moderation.decided', mod],
      ['moderation.claimed', mod],
      ['moderation.tagged', mod],
      ['moderation.decided', mod],
    ]);
  });

  it('(b) REJECT → appeal by an ADMIN → APPEALED → OVERTURN by staff → APPROVED; a MEMBER cannot appeal, and a submission is appealed once', async () => {
    const s = await rejected(plenary, moderator.token, (await submitted(plenary, org, roundId)).id);
    expect(s.status).toBe('REJECTED');

    // A MEMBER (not ADMIN) of the organisation is refused, and nothing is written.
    const before = await writtenRows(plenary);
    const byMember = await plenary.gql(APPEAL, { i: { submissionId: s.id, reason: 'We disagree.' } }, member.token);
    expect(errorOf(byMember).code).toBe('FORBIDDEN');
    expect(await writtenRows(plenary)).toEqual(before);
    expect((await storedSubmission(plenary, s.id)).status).toBe('REJECTED');

    const appealed = dataOf(
      await plenary.gql<{ appealDecision: SubmissionRef & { appeal: { reason: string; resolution: string | null } } }>(
        APPEAL,
        { i: { submissionId: s.id, reason: 'Our position concerns Article 24 safeguards, which is in scope.' } },
        org.admin.token,
      ),
    ).appealDecision;
    expect(appealed).toMatchObject({
      status: 'APPEALED',
      appeal: { reason: 'Our position concerns Article 24 safeguards, which is in scope.', resolution: null },
    });

    // While it is APPEALED, a second appeal is refused.
    const whileOpen = await plenary.gql(APPEAL, { i: { submissionId: s.id, reason: 'Again.' } }, org.admin.token);
    expect(errorOf(whileOpen).code).toBe('CONFLICT');

    const resolved = dataOf(
      await plenary.gql<{ resolveAppeal: SubmissionRef & { appeal: { resolution: string } } }>(
        RESOLVE_APPEAL,
        {
          i: {
            submissionId: s.id,
            expectedVersion: appealed.version,
            decision: 'OVERTURN',
            message: 'On review, the position is in scope.',
          },
        },
        staff.token,
      ),
    ).resolveAppeal;
    expect(resolved).toMatchObject({ status: 'APPROVED', appeal: { resolution: 'OVERTURN' } });
    const told = (await notificationsOf(plenary, org.admin.token)).filter((n) => n.entityId === s.id);
    expect(told.map((n) => n.kind)).toEqual(['DECISION_MADE', 'DECISION_MADE']);
    expect(told[0].body).toContain('On review, the position is in scope.');

    const beforeSecond = await writtenRows(plenary);
    const second = await plenary.gql(APPEAL, { i: { submissionId: s.id, reason: 'Once more.' } }, org.admin.token);
    expect(errorOf(second).code).toBe('CONFLICT');
    expect(await writtenRows(plenary)).toEqual(beforeSecond);
    expect((await storedSubmission(plenary, s.id)).status).toBe('APPROVED');
  });

  it('(b) an appeal upheld leaves the rejection, and the submission cannot be appealed a second time', async () => {
    const s = await rejected(plenary, moderator.token, (await submitted(plenary, org, roundId)).id);
    const appealed = dataOf(
      await plenary.gql<{ appealDecision: SubmissionRef }>(
        APPEAL,
        { i: { submissionId: s.id, reason: 'Please reconsider.' } },
        org.admin.token,
      ),
    ).appealDecision;
    const upheld = dataOf(
      await plenary.gql<{ resolveAppeal: SubmissionRef }>(
        RESOLVE_APPEAL,
        { i: { submissionId: s.id, expectedVersion: appealed.version, decision: 'UPHOLD' } },
        staff.token,
      ),
    ).resolveAppeal;
    expect(upheld.status).toBe('REJECTED');

    const before = await writtenRows(plenary);
    const again = await plenary.gql(
      APPEAL,
      { i: { submissionId: s.id, reason: 'Please reconsider once more.' } },
      org.admin.token,
    );
    const error = errorOf(again);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/appealed once/);
    expect(await writtenRows(plenary)).toEqual(before);
    expect(await storedSubmission(plenary, s.id)).toEqual({ status: 'REJECTED', version: upheld.version });
  });

  it('(b2) overturning an appeal needs the gender and human-rights review; staff record it on the APPEALED item', async () => {
    // Rejected without a tag review (claim, then REJECT directly).
    const claimedItem = await claim(plenary, moderator.token, (await submitted(plenary, org, roundId)).id);
    const r = await decide(plenary, moderator.token, claimedItem, {
      decision: 'REJECT',
      reasonCode: 'OUT_OF_SCOPE',
      message: 'Not about the Convention.',
    });
    const appealed = dataOf(
      await plenary.gql<{ appealDecision: SubmissionRef }>(
        APPEAL,
        { i: { submissionId: r.id, reason: 'In scope.' } },
        org.admin.token,
      ),
    ).appealDecision;
    const overturn = (version: number) =>
      plenary.gql<{ resolveAppeal: SubmissionRef }>(
        RESOLVE_APPEAL,
        { i: { submissionId: r.id, expectedVersion: version, decision: 'OVERTURN' } },
        staff.token,
      );

    const refused = await overturn(appealed.version);
    expect(errorOf(refused).code).toBe('CONFLICT');
    expect((await storedSubmission(plenary, r.id)).status).toBe('APPEALED');

    // A moderator cannot tag an APPEALED item; staff can, without a claim.
    const byModerator = await plenary.gql(
      SET_TAGS,
      {
        i: {
          submissionId: r.id,
          expectedVersion: appealed.version,
          tagIds: [],
          noGenderConsiderations: true,
          noHumanRightsConsiderations: true,
        },
      },
      moderator.token,
    );
    expect(errorOf(byModerator).code).toBe('CONFLICT');
    const tagged = dataOf(
      await plenary.gql<{ setSubmissionTags: SubmissionRef }>(
        SET_TAGS,
        {
          i: {
            submissionId: r.id,
            expectedVersion: appealed.version,
            tagIds: [],
            noGenderConsiderations: true,
            noHumanRightsConsiderations: true,
          },
        },
        staff.token,
      ),
    ).setSubmissionTags;
    expect(dataOf(await overturn(tagged.version)).resolveAppeal.status).toBe('APPROVED');
  });

  it('(c) approving is refused until the gender and human-rights review is recorded; explicit "no considerations" count as the review', async () => {
    const s = await claim(plenary, moderator.token, (await submitted(plenary, org, roundId)).id);
    const approve = (ref: SubmissionRef) =>
      plenary.gql<{ decideSubmission: SubmissionRef }>(
        DECIDE,
        { i: { submissionId: s.id, expectedVersion: ref.version, decision: 'APPROVE', reasonCode: 'IN_SCOPE' } },
        moderator.token,
      );

    let before = await writtenRows(plenary);
    const untagged = errorOf(await approve(s));
    expect(untagged.code).toBe('CONFLICT');
    expect(untagged.fields).toEqual(['decision']);
    expect(await writtenRows(plenary)).toEqual(before);
    expect(await storedSubmission(plenary, s.id)).toEqual({ status: 'UNDER_REVIEW', version: s.version });

    // Half a review (a GENDER tag, nothing said about human rights) is not enough.
    const half = await setTags(plenary, moderator.token, s, { tagIds: [tags.gender[0], tags.theme[0]] });
    before = await writtenRows(plenary);
    expect(errorOf(await approve(half)).code).toBe('CONFLICT');
    expect(await writtenRows(plenary)).toEqual(before);

    const reviewed = dataOf(
      await plenary.gql<{ setSubmissionTags: SubmissionRef & { tagReview: { done: boolean } } }>(
        SET_TAGS,
        {
          i: {
            submissionId: s.id,
            expectedVersion: half.version,
            tagIds: [],
            noGenderConsiderations: true,
            noHumanRightsConsiderations: true,
          },
        },
        moderator.token,
      ),
    ).setSubmissionTags;
    expect(reviewed.tagReview.done).toBe(true);
    expect(dataOf(await approve(reviewed)).decideSubmission.status).toBe('APPROVED');
  });

  it('(c2) the tags and the decision in one request: recorded together, by the same rules, or not at all', async () => {
    const s = await claim(plenary, moderator.token, (await submitted(plenary, org, roundId)).id);
    const approveWith = (review: Record<string, unknown>, expectedVersion = s.version) =>
      plenary.gql<{ decideSubmission: SubmissionRef & { tags: { id: string }[]; tagReview: { done: boolean } } }>(
        `mutation Decide($i: DecideSubmissionInput!) {
          decideSubmission(input: $i) { id status version currentVersion tags { id } tagReview { done } }
        }`,
        { i: { submissionId: s.id, expectedVersion, decision: 'APPROVE', reasonCode: 'IN_SCOPE', tags: review } },
        moderator.token,
      );
    const refused = async (
      review: Record<string, unknown>,
      code: string,
      fields: string[],
      expectedVersion?: number,
    ) => {
      const before = await writtenRows(plenary);
      const error = errorOf(await approveWith(review, expectedVersion));
      expect({ code: error.code, fields: error.fields }).toEqual({ code, fields });
      // Nothing of the request is left: not the tags, the review, an audit event, nor a decision.
      expect(await writtenRows(plenary)).toEqual(before);
      expect(await storedSubmission(plenary, s.id)).toEqual({ status: 'UNDER_REVIEW', version: s.version });
    };

    // Half a review is not enough to approve, sent with the decision as when recorded before.
    await refused({ tagIds: [tags.gender[0]] }, 'CONFLICT', ['decision']);
    // The tags' rules, with the field named inside `tags`.
    await refused({ tagIds: ['not-a-tag'] }, 'BAD_USER_INPUT', ['tags.tagIds']);
    await refused({ tagIds: ['00000000-0000-4000-8000-000000000000'] }, 'BAD_USER_INPUT', ['tags.tagIds']);
    await refused(
      { tagIds: [tags.gender[0]], noGenderConsiderations: true, noHumanRightsConsiderations: true },
      'BAD_USER_INPUT',
      ['tags.noGenderConsiderations'],
    );
    // The version the moderator loaded, as for either alone.
    await refused({ tagIds: [tags.gender[0], tags.humanRights[0]] }, 'CONFLICT', ['expectedVersion'], s.version - 1);

    const decided = dataOf(
      await approveWith({ tagIds: [tags.gender[0], tags.humanRights[0], tags.theme[0]] }),
    ).decideSubmission;
    expect(decided).toMatchObject({ status: 'APPROVED', version: s.version + 2, tagReview: { done: true } });
    expect(decided.tags.map((t) => t.id).sort()).toEqual([tags.gender[0], tags.humanRights[0], tags.theme[0]].sort());
    const trail = (await auditTrail(plenary, staff.token, s.id)).map((e) => e.action);
    expect(trail.slice(-2)).toEqual(['moderation.tagged', 'moderation.decided']);

    // A rejection may carry the tags too: what the moderator set is recorded with it.
    const t = await claim(plenary, moderator.token, (await submitted(plenary, org, roundId)).id);
    const rejectedWithTags = await decide(plenary, moderator.token, t, {
      decision: 'REJECT',
      reasonCode: 'OUT_OF_SCOPE',
      message: 'Not about the Convention.',
      tags: { tagIds: [tags.theme[0]], noGenderConsiderations: true },
    });
    expect(rejectedWithTags).toMatchObject({ status: 'REJECTED', version: t.version + 2 });
    const [review] = await plenary.dataSource.query(
      'SELECT no_gender_considerations, has_gender_tag FROM tag_reviews WHERE submission_id = $1',
      [t.id],
    );
    expect(review).toEqual({ no_gender_considerations: true, has_gender_tag: false });
  });

  it('(d) only the holder of a live lease decides: no claim, an expired lease, another moderator’s claim are refused; an expired lease frees the item; staff take over (audited)', async () => {
    const decideAs = (token: string, ref: SubmissionRef) =>
      plenary.gql(
        DECIDE,
        {
          i: {
            submissionId: ref.id,
            expectedVersion: ref.version,
            decision: 'REJECT',
            reasonCode: 'SPAM',
            message: 'Advertising.',
          },
        },
        token,
      );

    // Without a claim.
    const unclaimed = await submitted(plenary, org, roundId);
    let before = await writtenRows(plenary);
    const noClaim = errorOf(await decideAs(moderator.token, unclaimed));
    expect(noClaim).toMatchObject({ code: 'CONFLICT', fields: ['submissionId'] });
    expect(await writtenRows(plenary)).toEqual(before);
    expect((await storedSubmission(plenary, unclaimed.id)).status).toBe('SUBMITTED');

    // The lease expires by the clock: its holder can no longer decide or tag.
    const s = await claim(plenary, moderator.token, (await submitted(plenary, org, roundId)).id);
    clock.advance((LEASE_MINUTES * 60 + 1) * 1000);
    before = await writtenRows(plenary);
    const expired = errorOf(await decideAs(moderator.token, s));
    expect(expired).toMatchObject({ code: 'CONFLICT', fields: ['submissionId'] });
    expect(expired.message).toMatch(/expired/);
    expect(
      errorOf(
        await plenary.gql(
          SET_TAGS,
          {
            i: {
              submissionId: s.id,
              expectedVersion: s.version,
              tagIds: [tags.gender[0]],
              noHumanRightsConsiderations: true,
            },
          },
          moderator.token,
        ),
      ).code,
    ).toBe('CONFLICT');
    expect(await writtenRows(plenary)).toEqual(before);
    expect(await storedSubmission(plenary, s.id)).toEqual({ status: 'UNDER_REVIEW', version: s.version });

    // An expired lease frees the item: it is back among the unclaimed, and another moderator claims it.
    expect(await queueIds(moderator2.token, { roundId, unclaimed: true })).toContain(s.id);
    const taken = dataOf(
      await plenary.gql<{ claimSubmission: { claim: { mine: boolean } } }>(CLAIM, { id: s.id }, moderator2.token),
    ).claimSubmission;
    expect(taken.claim.mine).toBe(true);
    expect(await queueIds(moderator2.token, { roundId, unclaimed: true })).not.toContain(s.id);
    expect(errorOf(await decideAs(moderator.token, s)).code).toBe('CONFLICT');
    // …and a live claim cannot be taken by another moderator.
    expect(errorOf(await plenary.gql(CLAIM, { id: s.id }, moderator.token))).toMatchObject({
      code: 'CONFLICT',
      fields: ['id'],
    });

    // Staff take over a live claim; the holder is out.
    const takenOver = dataOf(
      await plenary.gql<{ claimSubmission: SubmissionRef & { claim: { mine: boolean } } }>(
        CLAIM,
        { id: s.id },
        staff.token,
      ),
    ).claimSubmission;
    expect(takenOver.claim.mine).toBe(true);
    expect(errorOf(await decideAs(moderator2.token, takenOver)).code).toBe('CONFLICT');
    expect(
      (
        await decide(plenary, staff.token, takenOver, {
          decision: 'REJECT',
          reasonCode: 'SPAM',
          message: 'Advertising.',
        })
      ).status,
    ).toBe('REJECTED');

    const trail = await auditTrail(plenary, staff.token, s.id);
    const moderation = trail.filter((e) => e.action.startsWith('moderation.')).map((e) => [e.action, e.actorId]);
    expect(moderation).toEqual([
      ['moderation.claimed', moderator.user.id],
      // The first lease had expired: claiming it again is a claim, not a take-over.
      ['moderation.claimed', moderator2.user.id],
      ['moderation.taken_over', staff.user.id],
      ['moderation.decided', staff.user.id],
    ]);
    expect(trail.find((e) => e.action === 'moderation.taken_over')?.before).toMatchObject({
      moderatorId: moderator2.user.id,
    });
  });

  it('(e) near-duplicates in different rounds are found with their score, and the queue shows "has similar"', async () => {
    const other = await createSessionAndOpenRound(plenary, staff.token, { region: Region.WEOG });
    const text = uniqueText();
    const original = await submitted(plenary, org, roundId, { text });
    const words = text.body.split(' ');
    words[7] = 'campaign';
    const copy = await submitted(plenary, west, other.roundId, {
      text: { title: `${text.title} campaign`, summary: text.summary, body: words.join(' ') },
    });
    const unrelated = await submitted(plenary, org, roundId);

    const similar = dataOf(
      await plenary.gql<{ similarSubmissions: { score: number; submission: { id: string } }[] }>(
        SIMILAR,
        { id: original.id },
        moderator.token,
      ),
    ).similarSubmissions;
    const match = similar.find((x) => x.submission.id === copy.id);
    expect(match?.score).toBeGreaterThan(0.35);
    expect(match?.score).toBeLessThanOrEqual(1);
    expect(similar.map((x) => x.submission.id)).not.toContain(unrelated.id);
    const ofUnrelated = dataOf(
      await plenary.gql<{ similarSubmissions: { submission: { id: string } }[] }>(
        SIMILAR,
        { id: unrelated.id },
        moderator.token,
      ),
    ).similarSubmissions;
    expect(ofUnrelated.map((x) => x.submission.id)).not.toContain(original.id);
    expect(ofUnrelated.map((x) => x.submission.id)).not.toContain(copy.id);

    const hasSimilar = async (filter: Record<string, unknown>, id: string) =>
      (await queue(moderator.token, filter)).edges.find((e) => e.node.submission.id === id)?.node.submission.hasSimilar;
    expect(await hasSimilar({ roundId }, original.id)).toBe(true);
    expect(await hasSimilar({ roundId: other.roundId }, copy.id)).toBe(true);
    expect(await hasSimilar({ roundId }, unrelated.id)).toBe(false);
  });

  it('(f) coverage and counts add up against the data: per round, counts by status and the shares of approved submissions with GENDER, HUMAN_RIGHTS tags and a review', async () => {
    const ag = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG });
    const weog = await createSessionAndOpenRound(plenary, staff.token, {
      region: Region.WEOG,
      sessionId: ag.sessionId,
    });
    const [g, h, t] = [tags.gender[0], tags.humanRights[0], tags.theme[0]];
    const approveIn = async (
      o: SubmittingOrg,
      round: string,
      tagging: { tagIds: string[]; noGenderConsiderations?: boolean; noHumanRightsConsiderations?: boolean },
    ) => approved(plenary, moderator.token, (await submitted(plenary, o, round)).id, tagging);

    const overturnedOnAppeal = async () => {
      const overturned = await rejected(plenary, moderator.token, (await submitted(plenary, org, ag.roundId)).id);
      const appealed = dataOf(
        await plenary.gql<{ appealDecision: SubmissionRef }>(
          APPEAL,
          { i: { submissionId: overturned.id, reason: 'In scope.' } },
          org.admin.token,
        ),
      ).appealDecision;
      dataOf(
        await plenary.gql(
          RESOLVE_APPEAL,
          { i: { submissionId: overturned.id, expectedVersion: appealed.version, decision: 'OVERTURN' } },
          staff.token,
        ),
      );
    };
    const withdrawn = async () => {
      const s = await submitted(plenary, org, ag.roundId);
      dataOf(
        await plenary.gql(
          'mutation($i: WithdrawSubmissionInput!) { withdrawSubmission(input: $i) { id } }',
          { i: { id: s.id, reason: 'Merged with a joint submission.' } },
          org.admin.token,
        ),
      );
    };
    // Independent submissions, so their stories run side by side.
    await Promise.all([
      // AG: four approved — GENDER+HR, GENDER only (no HR considerations), neither (both "no considerations"),
      // and one approved on appeal without a review — plus one waiting, one rejected, one withdrawn.
      approveIn(org, ag.roundId, { tagIds: [g, h] }),
      approveIn(org, ag.roundId, { tagIds: [g, t], noHumanRightsConsiderations: true }),
      approveIn(org, ag.roundId, { tagIds: [t], noGenderConsiderations: true, noHumanRightsConsiderations: true }),
      overturnedOnAppeal(),
      submitted(plenary, org, ag.roundId),
      submitted(plenary, org, ag.roundId).then((s) => rejected(plenary, moderator.token, s.id)),
      withdrawn(),
      // WEOG: two approved — HR only (no gender considerations), GENDER+HR — one under review, and a draft (not counted).
      approveIn(west, weog.roundId, { tagIds: [h], noGenderConsiderations: true }),
      approveIn(west, weog.roundId, { tagIds: [g, h, t] }),
      submitted(plenary, west, weog.roundId).then((s) => claim(plenary, moderator.token, s.id)),
      drafted(plenary, west, weog.roundId),
    ]);

    interface CoverageRow {
      sessionId: string;
      roundId: string;
      region: string;
      counts: { status: string; count: number }[];
      approved: number;
      approvedWithGenderTag: number;
      approvedWithHumanRightsTag: number;
      approvedTagReviewed: number;
      genderShare: number | null;
      humanRightsShare: number | null;
      tagReviewedShare: number | null;
    }
    const coverage = async (token: string, filter: Record<string, unknown>) =>
      dataOf(await plenary.gql<{ coverage: CoverageRow[] }>(COVERAGE, { f: filter }, token)).coverage;
    const byStatus = (counts: { status: string; count: number }[]) =>
      Object.fromEntries(counts.map((c) => [c.status, c.count]));

    const rows = await coverage(moderator.token, { sessionId: ag.sessionId });
    expect(rows).toHaveLength(2);
    const agRow = rows.find((r) => r.region === 'AG') as CoverageRow;
    const weogRow = rows.find((r) => r.region === 'WEOG') as CoverageRow;
    expect({ ...agRow, counts: byStatus(agRow.counts) }).toEqual({
      sessionId: ag.sessionId,
      roundId: ag.roundId,
      region: 'AG',
      counts: { APPROVED: 4, SUBMITTED: 1, REJECTED: 1, WITHDRAWN: 1 },
      approved: 4,
      approvedWithGenderTag: 2,
      approvedWithHumanRightsTag: 1,
      approvedTagReviewed: 4,
      genderShare: 0.5,
      humanRightsShare: 0.25,
      tagReviewedShare: 1,
    });
    expect({ ...weogRow, counts: byStatus(weogRow.counts) }).toEqual({
      sessionId: ag.sessionId,
      roundId: weog.roundId,
      region: 'WEOG',
      counts: { APPROVED: 2, UNDER_REVIEW: 1 },
      approved: 2,
      approvedWithGenderTag: 1,
      approvedWithHumanRightsTag: 2,
      approvedTagReviewed: 2,
      genderShare: 0.5,
      humanRightsShare: 1,
      tagReviewedShare: 1,
    });
    // Staff see the same figures; a region filter narrows them.
    expect(await coverage(staff.token, { sessionId: ag.sessionId, region: 'WEOG' })).toEqual([weogRow]);

    const counts = async (variables: Record<string, unknown>) =>
      byStatus(
        dataOf(
          await plenary.gql<{ moderationCounts: { status: string; count: number }[] }>(
            COUNTS,
            variables,
            moderator.token,
          ),
        ).moderationCounts,
      );
    const zero = {
      SUBMITTED: 0,
      UNDER_REVIEW: 0,
      APPROVED: 0,
      REJECTED: 0,
      CHANGES_REQUESTED: 0,
      APPEALED: 0,
      WITHDRAWN: 0,
    };
    expect(await counts({ r: ag.roundId })).toEqual({ ...zero, SUBMITTED: 1, APPROVED: 4, REJECTED: 1, WITHDRAWN: 1 });
    expect(await counts({ r: weog.roundId })).toEqual({ ...zero, UNDER_REVIEW: 1, APPROVED: 2 });
    expect(await counts({ s: ag.sessionId })).toEqual({
      ...zero,
      SUBMITTED: 1,
      UNDER_REVIEW: 1,
      APPROVED: 6,
      REJECTED: 1,
      WITHDRAWN: 1,
    });
  });

  it('(g) the queue: oldest submittedAt first, pages of two without gaps or duplicates, and every filter', async () => {
    const ag = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG });
    const weog = await createSessionAndOpenRound(plenary, staff.token, {
      region: Region.WEOG,
      sessionId: ag.sessionId,
    });
    const [d1, d2, d3, d4] = await Promise.all([
      drafted(plenary, org, ag.roundId),
      drafted(plenary, org, ag.roundId),
      drafted(plenary, org, ag.roundId),
      drafted(plenary, org, ag.roundId, { language: 'fr' }),
    ]);
    const d5 = await drafted(plenary, west, weog.roundId);
    // Submitted in an order unlike the drafting order; d4 and d1 at the same instant (the id breaks the tie).
    await submit(plenary, org.admin.token, d2);
    clock.advance(1000);
    await submit(plenary, org.admin.token, d4);
    await submit(plenary, org.admin.token, d1);
    clock.advance(1000);
    await submit(plenary, west.admin.token, d5);
    clock.advance(1000);
    await submit(plenary, org.admin.token, d3);
    const expected = [d2.id, ...[d4.id, d1.id].sort(), d5.id, d3.id];
    const session = { sessionId: ag.sessionId };

    const pages: QueuePage['moderationQueue'][] = [];
    let after: string | undefined;
    do {
      const page = await queue(moderator.token, session, 2, after);
      pages.push(page);
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
    } while (after && pages.length < 10);
    expect(pages.map((p) => p.edges.length)).toEqual([2, 2, 1]);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    const nodes: QueueNode[] = pages.flatMap((p) => p.edges.map((e) => e.node));
    expect(nodes.map((n) => n.submission.id)).toEqual(expected);
    const waiting = nodes.map((n) => Date.parse(n.waitingSince));
    expect(waiting).toEqual([...waiting].sort((a, b) => a - b));

    // Claims and a tag review to filter on.
    const mine = await claim(plenary, moderator.token, d1.id);
    const theme = tags.theme[2];
    await setTags(plenary, moderator.token, mine, {
      tagIds: [theme],
      noGenderConsiderations: true,
      noHumanRightsConsiderations: true,
    });
    await claim(plenary, moderator2.token, d5.id);
    const without = (...ids: string[]) => expected.filter((id) => !ids.includes(id));

    expect(await queueIds(moderator.token, { ...session, unclaimed: true })).toEqual(without(d1.id, d5.id));
    expect(await queueIds(moderator.token, { ...session, claimedByMe: true })).toEqual([d1.id]);
    expect(await queueIds(moderator2.token, { ...session, claimedByMe: true })).toEqual([d5.id]);
    expect(await queueIds(moderator.token, { ...session, needsTagReview: true })).toEqual(without(d1.id));
    expect(await queueIds(moderator.token, { ...session, region: 'WEOG' })).toEqual([d5.id]);
    expect(await queueIds(moderator.token, { ...session, language: 'fr' })).toEqual([d4.id]);
    expect(await queueIds(moderator.token, { ...session, tagIds: [theme] })).toEqual([d1.id]);
    expect(await queueIds(moderator.token, { ...session, status: 'UNDER_REVIEW' })).toEqual([d1.id, d5.id]);
    expect(await queueIds(moderator.token, { roundId: ag.roundId, unclaimed: true })).toEqual(without(d1.id, d5.id));
    const mineInQueue = (await queue(moderator.token, { ...session, claimedByMe: true })).edges[0].node.submission;
    expect(mineInQueue).toMatchObject({ status: 'UNDER_REVIEW', claim: { mine: true } });
  });
});
