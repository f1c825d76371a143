import { randomUUID } from 'node:crypto';
import { ProvisionService } from '@app/consultations';
import { MemberRole, Region } from '@app/identity';
import { Disclosure } from '@app/submissions';
import { TagCategory, TagService } from '@app/taxonomy';
import {
  addMember,
  createModerator,
  createSessionAndOpenRound,
  createStaff,
  GraphqlResult,
  SubmissionRef,
  TestPlenary,
  TestUser,
} from '@app/testing';
import {
  ADD_NOTE,
  APPEAL,
  claim,
  CLAIM,
  COUNTS,
  COVERAGE,
  CREATE_TAG,
  DECIDE,
  decide,
  QUEUE,
  QueuePage,
  rejected,
  RELEASE,
  RESOLVE_APPEAL,
  REVEAL,
  SET_TAGS,
  setTags,
  SIMILAR,
  submitted,
  submittingOrg,
  SubmittingOrg,
  TAGS,
  uniqueText,
  UPDATE_TAG,
  vocabulary,
  dataOf,
} from './support/moderation.operations';

/**
 * The authorisation table of issue 4: every moderation operation and moderation field × every kind
 * of caller, with the outcome each one must get. One row per operation; one test per (row, caller).
 * Rows that change state build a fresh submission in `setup`, so no cell depends on another.
 */

const CALLERS = ['anonymous', 'submitter', 'otherMember', 'moderator', 'conflictedModerator', 'staff'] as const;
type Caller = (typeof CALLERS)[number];
/** `null`: the request succeeds but the field is withheld from this caller. */
type Outcome = 'ok' | 'null' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
type Data = Record<string, unknown>;

interface RowContext {
  caller: Caller;
  me: TestUser | null;
}

interface Setup {
  variables: Record<string, unknown>;
  state?: Record<string, string>;
}

interface Row {
  /** The operation (or `Submission.<field>`), then what the row targets. */
  operation: string;
  document: string;
  /** The root field of the answer. */
  root: string;
  /** For field rows: the field of the root object whose visibility the row is about. */
  field?: string;
  /** A moderator's action on a submission: the refusal for their own organisation must not say why. */
  moderatesSubmission?: boolean;
  setup: (ctx: RowContext) => Promise<Setup> | Setup;
  expect: Record<Caller, Outcome>;
  /** What a user would notice besides the answer's code; runs for every outcome. */
  check?: (
    res: GraphqlResult<Data>,
    ctx: RowContext & { outcome: Outcome; state: Record<string, string> },
  ) => Promise<void> | void;
}

const EVERYONE: Record<Caller, Outcome> = {
  anonymous: 'ok',
  submitter: 'ok',
  otherMember: 'ok',
  moderator: 'ok',
  conflictedModerator: 'ok',
  staff: 'ok',
};
/** Moderators and staff (the guard's @Roles); a moderator's own organisation does not matter. */
const MODERATORS: Record<Caller, Outcome> = {
  ...EVERYONE,
  anonymous: 'UNAUTHENTICATED',
  submitter: 'FORBIDDEN',
  otherMember: 'FORBIDDEN',
};
/** Moderators and staff, never on a submission of an organisation they belong to. */
const MODERATORS_NOT_OWN: Record<Caller, Outcome> = { ...MODERATORS, conflictedModerator: 'FORBIDDEN' };
const STAFF_ONLY: Record<Caller, Outcome> = { ...MODERATORS, moderator: 'FORBIDDEN', conflictedModerator: 'FORBIDDEN' };
/** A moderation field of a submission under review: hidden submissions are NOT_FOUND, the submitting organisation gets null. */
const INTERNAL_FIELD_UNDER_REVIEW: Record<Caller, Outcome> = {
  anonymous: 'NOT_FOUND',
  submitter: 'null',
  otherMember: 'NOT_FOUND',
  moderator: 'ok',
  conflictedModerator: 'null',
  staff: 'ok',
};

let plenary: TestPlenary;
let w: {
  users: Record<Exclude<Caller, 'anonymous'>, TestUser>;
  /** A second moderator: holds the claims callers who may not claim need to find in place. */
  holder: TestUser;
  /** The submitting organisation: `submitter` is its ADMIN, `conflictedModerator` a MEMBER. */
  org: SubmittingOrg;
  /** Another organisation: `otherMember` is its ADMIN. */
  other: SubmittingOrg;
  sessionId: string;
  roundId: string;
  /** Only the queue row submits here, so its page holds what the row planted. */
  queueRoundId: string;
  otherQueued: string;
  /** UNDER_REVIEW, claimed by `holder`, tagged, with a note and an earlier REQUEST_CHANGES decision. */
  underReview: string;
  /** APPROVED and NAMED (public), with a note and its decision. */
  published: string;
  gender: string;
  humanRights: string;
};

const NOTE_BODY = 'Internal: check the cited article numbers.';

async function scalar(sql: string, params: unknown[]): Promise<string | null> {
  const rows: { v: string | null }[] = await plenary.dataSource.query(sql, params);
  return rows[0]?.v ?? null;
}

const statusOf = (id: string) => scalar('SELECT status::text AS v FROM submissions WHERE id = $1', [id]);
const claimHolder = (id: string) =>
  scalar('SELECT moderator_id::text AS v FROM moderation_claims WHERE submission_id = $1', [id]);
const countWhere = (table: string, id: string) =>
  scalar(`SELECT count(*)::text AS v FROM ${table} WHERE submission_id = $1`, [id]);

const mayClaim = (caller: Caller): boolean => caller === 'moderator' || caller === 'staff';

/** A fresh SUBMITTED submission of the organisation. */
const fresh = (disclosure: Disclosure = Disclosure.NAMED): Promise<SubmissionRef> =>
  submitted(plenary, w.org, w.roundId, { disclosure });

/** A fresh submission claimed by the caller when they may claim, else by the holder. */
async function claimedFor(ctx: RowContext): Promise<SubmissionRef> {
  const s = await fresh();
  return claim(plenary, (mayClaim(ctx.caller) && ctx.me ? ctx.me : w.holder).token, s.id);
}

/** A fresh submission the holder REJECTED; `appealed`: its ADMIN appealed. */
async function rejectedOne(appealed: boolean): Promise<SubmissionRef> {
  const s = await fresh();
  const r = await rejected(plenary, w.holder.token, s.id);
  if (!appealed) return r;
  const res = await plenary.gql<{ appealDecision: SubmissionRef }>(
    APPEAL,
    { i: { submissionId: s.id, reason: 'It is in scope.' } },
    w.org.admin.token,
  );
  return dataOf(res).appealDecision;
}

const fieldDocument = (selection: string) => `query($id: ID!) { submission(id: $id) { id ${selection} } }`;

const TABLE: Row[] = [
  {
    operation: 'moderationQueue',
    document: QUEUE,
    root: 'moderationQueue',
    setup: async () => {
      const s = await submitted(plenary, w.org, w.queueRoundId);
      return { variables: { f: { roundId: w.queueRoundId }, first: 50 }, state: { id: s.id } };
    },
    expect: MODERATORS,
    check: (res, { caller, outcome, state }) => {
      if (outcome !== 'ok') return;
      const ids = (res.data as unknown as QueuePage).moderationQueue.edges.map((e) => e.node.submission.id);
      expect(ids).toContain(w.otherQueued);
      // A moderator's own organisation's items are left out of their queue: they could not take them.
      if (caller === 'conflictedModerator') expect(ids).not.toContain(state.id);
      else expect(ids).toContain(state.id);
    },
  },
  {
    operation: 'moderationCounts',
    document: COUNTS,
    root: 'moderationCounts',
    setup: () => ({ variables: { r: w.roundId } }),
    expect: MODERATORS,
    check: (res, { outcome }) => {
      if (outcome !== 'ok') return;
      const counts = res.data?.moderationCounts as { status: string; count: number }[];
      expect(counts.find((c) => c.status === 'UNDER_REVIEW')?.count).toBeGreaterThanOrEqual(1);
      expect(counts.find((c) => c.status === 'APPROVED')?.count).toBeGreaterThanOrEqual(1);
    },
  },
  {
    operation: 'coverage',
    document: COVERAGE,
    root: 'coverage',
    setup: () => ({ variables: { f: { sessionId: w.sessionId } } }),
    expect: MODERATORS,
    check: (res, { outcome }) => {
      if (outcome !== 'ok') return;
      const rows = res.data?.coverage as { roundId: string; approved: number }[];
      expect(rows.find((r) => r.roundId === w.roundId)?.approved).toBeGreaterThanOrEqual(1);
    },
  },
  {
    operation: 'claimSubmission',
    document: CLAIM,
    root: 'claimSubmission',
    moderatesSubmission: true,
    setup: async () => {
      const s = await fresh();
      return { variables: { id: s.id }, state: { id: s.id } };
    },
    expect: MODERATORS_NOT_OWN,
    check: async (_res, { outcome, state, me }) => {
      expect(await claimHolder(state.id)).toBe(outcome === 'ok' ? me?.user.id : null);
      expect(await statusOf(state.id)).toBe(outcome === 'ok' ? 'UNDER_REVIEW' : 'SUBMITTED');
    },
  },
  {
    operation: 'releaseSubmission',
    document: RELEASE,
    root: 'releaseSubmission',
    moderatesSubmission: true,
    setup: async ({ caller, me }) => {
      const s = await fresh();
      // The moderator releases their own claim; staff release the holder's (they may); the others try on the holder's.
      const holder = caller === 'moderator' && me ? me : w.holder;
      await claim(plenary, holder.token, s.id);
      return { variables: { id: s.id }, state: { id: s.id, holder: holder.user.id } };
    },
    expect: MODERATORS_NOT_OWN,
    check: async (_res, { outcome, state }) => {
      expect(await claimHolder(state.id)).toBe(outcome === 'ok' ? null : state.holder);
    },
  },
  {
    operation: 'setSubmissionTags',
    document: SET_TAGS,
    root: 'setSubmissionTags',
    moderatesSubmission: true,
    setup: async (ctx) => {
      const s = await claimedFor(ctx);
      return {
        variables: { i: { submissionId: s.id, expectedVersion: s.version, tagIds: [w.gender, w.humanRights] } },
        state: { id: s.id },
      };
    },
    expect: MODERATORS_NOT_OWN,
    check: async (_res, { outcome, state }) => {
      expect(await countWhere('submission_tags', state.id)).toBe(outcome === 'ok' ? '2' : '0');
      expect(await countWhere('tag_reviews', state.id)).toBe(outcome === 'ok' ? '1' : '0');
    },
  },
  {
    operation: 'decideSubmission',
    document: DECIDE,
    root: 'decideSubmission',
    moderatesSubmission: true,
    setup: async (ctx) => {
      const s = await claimedFor(ctx);
      return {
        variables: {
          i: {
            submissionId: s.id,
            expectedVersion: s.version,
            decision: 'REQUEST_CHANGES',
            reasonCode: 'NEEDS_CLARIFICATION',
            message: 'Cite the articles.',
          },
        },
        state: { id: s.id },
      };
    },
    expect: MODERATORS_NOT_OWN,
    check: async (_res, { outcome, state }) => {
      expect(await countWhere('moderation_decisions', state.id)).toBe(outcome === 'ok' ? '1' : '0');
      expect(await statusOf(state.id)).toBe(outcome === 'ok' ? 'CHANGES_REQUESTED' : 'UNDER_REVIEW');
    },
  },
  {
    operation: 'addModerationNote',
    document: ADD_NOTE,
    root: 'addModerationNote',
    moderatesSubmission: true,
    setup: async () => {
      const s = await fresh();
      return { variables: { i: { submissionId: s.id, body: NOTE_BODY } }, state: { id: s.id } };
    },
    expect: MODERATORS_NOT_OWN,
    check: async (_res, { outcome, state }) => {
      expect(await countWhere('moderation_notes', state.id)).toBe(outcome === 'ok' ? '1' : '0');
    },
  },
  {
    operation: 'appealDecision',
    document: APPEAL,
    root: 'appealDecision',
    setup: async () => {
      const s = await rejectedOne(false);
      return {
        variables: { i: { submissionId: s.id, reason: 'The position is about Article 24.' } },
        state: { id: s.id },
      };
    },
    // Only an ADMIN of the submitting organisation appeals. Moderators and staff can see the
    // submission, so they are told they may not (FORBIDDEN); another organisation cannot see it.
    expect: {
      anonymous: 'UNAUTHENTICATED',
      submitter: 'ok',
      otherMember: 'NOT_FOUND',
      moderator: 'FORBIDDEN',
      conflictedModerator: 'FORBIDDEN',
      staff: 'FORBIDDEN',
    },
    check: async (_res, { outcome, state }) => {
      expect(await statusOf(state.id)).toBe(outcome === 'ok' ? 'APPEALED' : 'REJECTED');
      expect(await countWhere('appeals', state.id)).toBe(outcome === 'ok' ? '1' : '0');
    },
  },
  {
    operation: 'resolveAppeal',
    document: RESOLVE_APPEAL,
    root: 'resolveAppeal',
    setup: async () => {
      const s = await rejectedOne(true);
      return {
        variables: {
          i: { submissionId: s.id, expectedVersion: s.version, decision: 'OVERTURN', message: 'In scope after all.' },
        },
        state: { id: s.id },
      };
    },
    expect: STAFF_ONLY,
    check: async (_res, { outcome, state }) => {
      expect(await statusOf(state.id)).toBe(outcome === 'ok' ? 'APPROVED' : 'APPEALED');
    },
  },
  {
    operation: 'revealSubmitter (ANONYMOUS)',
    document: REVEAL,
    root: 'revealSubmitter',
    setup: async () => {
      const s = await fresh(Disclosure.ANONYMOUS);
      return {
        variables: { i: { submissionId: s.id, reason: 'Credible threat report needs the organisation contacted.' } },
        state: { id: s.id },
      };
    },
    expect: STAFF_ONLY,
    check: async (res, { outcome, state }) => {
      const reveals = await scalar(
        `SELECT count(*)::text AS v FROM audit_events WHERE entity_id = $1 AND action = 'submission.submitter_revealed'`,
        [state.id],
      );
      expect(reveals).toBe(outcome === 'ok' ? '1' : '0');
      if (outcome === 'ok')
        expect((res.data?.revealSubmitter as { organisation: { id: string } }).organisation.id).toBe(w.org.id);
      else expect(JSON.stringify(res)).not.toContain(w.org.id);
    },
  },
  {
    operation: 'similarSubmissions',
    document: SIMILAR,
    root: 'similarSubmissions',
    setup: async () => {
      const text = uniqueText();
      const s = await submitted(plenary, w.org, w.roundId, { text });
      const copy = await submitted(plenary, w.other, w.roundId, { text: { ...text, title: `${text.title} (copy)` } });
      return { variables: { id: s.id }, state: { copy: copy.id } };
    },
    // A moderation tool: a moderator of the submitting organisation is refused it, as for a claim
    // (they see their own organisation's submission as a member, not as a moderator).
    moderatesSubmission: true,
    expect: MODERATORS_NOT_OWN,
    check: (res, { outcome, state }) => {
      if (outcome !== 'ok') return;
      expect((res.data?.similarSubmissions as { submission: { id: string } }[]).map((s) => s.submission.id)).toContain(
        state.copy,
      );
    },
  },
  {
    operation: 'tags',
    document: TAGS,
    root: 'tags',
    setup: () => ({ variables: { c: 'GENDER' } }),
    expect: EVERYONE,
    check: (res) => {
      expect((res.data?.tags as { category: string }[]).length).toBeGreaterThanOrEqual(10);
      expect(new Set((res.data?.tags as { category: string }[]).map((t) => t.category))).toEqual(new Set(['GENDER']));
    },
  },
  {
    operation: 'createTag',
    document: CREATE_TAG,
    root: 'createTag',
    setup: () => {
      const slug = `probe-${randomUUID().slice(0, 8)}`;
      return { variables: { i: { category: 'THEME', slug, label: 'Probe' } }, state: { slug } };
    },
    expect: STAFF_ONLY,
    check: async (_res, { outcome, state }) => {
      expect(await scalar('SELECT count(*)::text AS v FROM tags WHERE slug = $1', [state.slug])).toBe(
        outcome === 'ok' ? '1' : '0',
      );
    },
  },
  {
    operation: 'updateTag (deactivate)',
    document: UPDATE_TAG,
    root: 'updateTag',
    setup: async () => {
      const tag = await plenary.get(TagService).create(w.users.staff.actor, {
        category: TagCategory.THEME,
        slug: `fixture-${randomUUID().slice(0, 8)}`,
        label: 'Fixture',
      });
      return { variables: { i: { id: tag.id, expectedVersion: tag.version, active: false } }, state: { id: tag.id } };
    },
    expect: STAFF_ONLY,
    check: async (_res, { outcome, state }) => {
      expect(await scalar('SELECT active::text AS v FROM tags WHERE id = $1', [state.id])).toBe(
        outcome === 'ok' ? 'false' : 'true',
      );
    },
  },
  {
    operation: 'Submission.moderationNotes (under review)',
    document: fieldDocument('moderationNotes { body }'),
    root: 'submission',
    field: 'moderationNotes',
    setup: () => ({ variables: { id: w.underReview } }),
    expect: INTERNAL_FIELD_UNDER_REVIEW,
    check: (res, { outcome }) => {
      if (outcome === 'ok')
        expect((res.data?.submission as { moderationNotes: { body: string }[] }).moderationNotes).toEqual([
          { body: NOTE_BODY },
        ]);
    },
  },
  {
    operation: 'Submission.claim (under review)',
    document: fieldDocument('claim { mine moderator { id } expiresAt }'),
    root: 'submission',
    field: 'claim',
    setup: () => ({ variables: { id: w.underReview } }),
    expect: INTERNAL_FIELD_UNDER_REVIEW,
    check: (res, { outcome }) => {
      if (outcome === 'ok')
        expect((res.data?.submission as { claim: { mine: boolean; moderator: { id: string } } }).claim).toMatchObject({
          mine: false,
          moderator: { id: w.holder.user.id },
        });
    },
  },
  {
    operation: 'Submission.tagReview (under review)',
    document: fieldDocument('tagReview { done noGenderConsiderations noHumanRightsConsiderations }'),
    root: 'submission',
    field: 'tagReview',
    setup: () => ({ variables: { id: w.underReview } }),
    expect: INTERNAL_FIELD_UNDER_REVIEW,
    check: (res, { outcome }) => {
      if (outcome === 'ok')
        expect((res.data?.submission as { tagReview: unknown }).tagReview).toEqual({
          done: true,
          noGenderConsiderations: false,
          noHumanRightsConsiderations: false,
        });
    },
  },
  {
    operation: 'Submission.decisions (under review)',
    document: fieldDocument('decisions { decision reasonCode message versionNumber }'),
    root: 'submission',
    field: 'decisions',
    setup: () => ({ variables: { id: w.underReview } }),
    // The submitting organisation hears every decision with its reason (a moderator of that organisation, as a member, too).
    expect: { ...INTERNAL_FIELD_UNDER_REVIEW, submitter: 'ok', conflictedModerator: 'ok' },
    check: (res, { outcome }) => {
      if (outcome === 'ok') {
        expect((res.data?.submission as { decisions: unknown }).decisions).toEqual([
          {
            decision: 'REQUEST_CHANGES',
            reasonCode: 'MISSING_PROVISIONS',
            message: 'Name the articles.',
            versionNumber: 1,
          },
        ]);
      }
    },
  },
  {
    operation: 'Submission.moderationNotes (approved, public)',
    document: fieldDocument('moderationNotes { body }'),
    root: 'submission',
    field: 'moderationNotes',
    setup: () => ({ variables: { id: w.published } }),
    expect: {
      anonymous: 'null',
      submitter: 'null',
      otherMember: 'null',
      moderator: 'ok',
      conflictedModerator: 'null',
      staff: 'ok',
    },
  },
  {
    operation: 'Submission.claim (approved, public)',
    document: fieldDocument('claim { mine }'),
    root: 'submission',
    field: 'claim',
    setup: () => ({ variables: { id: w.published } }),
    // A decision ends the claim: nobody holds one on an approved submission.
    expect: {
      anonymous: 'null',
      submitter: 'null',
      otherMember: 'null',
      moderator: 'null',
      conflictedModerator: 'null',
      staff: 'null',
    },
  },
  {
    operation: 'Submission.tagReview (approved, public)',
    document: fieldDocument('tagReview { done }'),
    root: 'submission',
    field: 'tagReview',
    setup: () => ({ variables: { id: w.published } }),
    expect: {
      anonymous: 'null',
      submitter: 'null',
      otherMember: 'null',
      moderator: 'ok',
      conflictedModerator: 'null',
      staff: 'ok',
    },
  },
  {
    operation: 'Submission.decisions (approved, public)',
    document: fieldDocument('decisions { decision reasonCode }'),
    root: 'submission',
    field: 'decisions',
    setup: () => ({ variables: { id: w.published } }),
    expect: {
      anonymous: 'null',
      submitter: 'ok',
      otherMember: 'null',
      moderator: 'ok',
      conflictedModerator: 'ok',
      staff: 'ok',
    },
    check: (res, { outcome }) => {
      if (outcome === 'ok')
        expect((res.data?.submission as { decisions: unknown }).decisions).toEqual([
          { decision: 'APPROVE', reasonCode: 'IN_SCOPE' },
        ]);
    },
  },
];

describe('moderation authorisation table (api over HTTP)', () => {
  beforeAll(async () => {
    plenary = await TestPlenary.start();
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    const [staff, moderator, conflictedModerator, holder, org, other] = await Promise.all([
      createStaff(plenary),
      createModerator(plenary),
      createModerator(plenary),
      createModerator(plenary),
      submittingOrg(plenary),
      submittingOrg(plenary),
    ]);
    await addMember(plenary, org.id, conflictedModerator.user.id, MemberRole.MEMBER);
    const round = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG });
    const queueRound = await createSessionAndOpenRound(plenary, staff.token, {
      region: Region.AG,
      sessionId: round.sessionId,
    });
    const tags = await vocabulary(plenary);
    w = {
      users: { submitter: org.admin, otherMember: other.admin, moderator, conflictedModerator, staff },
      holder,
      org,
      other,
      sessionId: round.sessionId,
      roundId: round.roundId,
      queueRoundId: queueRound.roundId,
      otherQueued: (await submitted(plenary, other, queueRound.roundId)).id,
      underReview: '',
      published: '',
      gender: tags.gender[0],
      humanRights: tags.humanRights[0],
    };

    // Under review: changes were requested on version 1, version 2 is claimed, tagged and noted.
    const first = await claim(plenary, holder.token, (await submitted(plenary, org, round.roundId)).id);
    const asked = await decide(plenary, holder.token, first, {
      decision: 'REQUEST_CHANGES',
      reasonCode: 'MISSING_PROVISIONS',
      message: 'Name the articles.',
    });
    const revised = await plenary.gql<{ updateSubmission: SubmissionRef }>(
      'mutation($i: UpdateSubmissionInput!) { updateSubmission(input: $i) { id version status } }',
      { i: { id: asked.id, expectedVersion: asked.version, body: `${uniqueText().body} Article 24.` } },
      org.admin.token,
    );
    const resubmitted = await plenary.gql<{ submitSubmission: SubmissionRef }>(
      'mutation($i: SubmitSubmissionInput!) { submitSubmission(input: $i) { id version status } }',
      { i: { id: asked.id, expectedVersion: dataOf(revised).updateSubmission.version } },
      org.admin.token,
    );
    const second = await claim(plenary, holder.token, dataOf(resubmitted).submitSubmission.id);
    await setTags(plenary, holder.token, second, { tagIds: [w.gender, w.humanRights] });
    dataOf(await plenary.gql(ADD_NOTE, { i: { submissionId: second.id, body: NOTE_BODY } }, holder.token));
    w.underReview = second.id;

    // Published: approved and NAMED, with a note.
    const toApprove = await claim(plenary, holder.token, (await submitted(plenary, org, round.roundId)).id);
    dataOf(await plenary.gql(ADD_NOTE, { i: { submissionId: toApprove.id, body: NOTE_BODY } }, holder.token));
    const tagged = await setTags(plenary, holder.token, toApprove, {
      tagIds: [w.gender],
      noHumanRightsConsiderations: true,
    });
    w.published = (await decide(plenary, holder.token, tagged, { decision: 'APPROVE', reasonCode: 'IN_SCOPE' })).id;
  });

  afterAll(async () => {
    await plenary?.close();
  });

  it('covers every operation and moderation field of issue 4', () => {
    expect([...new Set(TABLE.map((row) => row.operation.split(' ')[0]))].sort()).toEqual(
      [
        'moderationQueue',
        'moderationCounts',
        'coverage',
        'claimSubmission',
        'releaseSubmission',
        'setSubmissionTags',
        'decideSubmission',
        'addModerationNote',
        'appealDecision',
        'resolveAppeal',
        'revealSubmitter',
        'similarSubmissions',
        'tags',
        'createTag',
        'updateTag',
        'Submission.moderationNotes',
        'Submission.claim',
        'Submission.tagReview',
        'Submission.decisions',
      ].sort(),
    );
  });

  describe.each(TABLE.map((row) => [row.operation, row] as const))('%s', (_operation, row) => {
    it.each(CALLERS.map((caller) => [caller, row.expect[caller]] as const))('%s → %s', async (caller, outcome) => {
      const me = caller === 'anonymous' ? null : w.users[caller];
      const ctx: RowContext = { caller, me };
      const { variables, state = {} } = await row.setup(ctx);
      const res = await plenary.gql<Data>(row.document, variables, me?.token);
      const root = res.data?.[row.root] ?? null;
      if (outcome === 'ok' || outcome === 'null') {
        expect(res.errors).toBeUndefined();
        expect(root).not.toBeNull();
        const value = row.field ? (root as Data)[row.field] : root;
        if (outcome === 'ok') expect(value ?? null).not.toBeNull();
        else expect(value).toBeNull();
      } else {
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
        expect(root).toBeNull();
        if (row.moderatesSubmission && caller === 'conflictedModerator') {
          // The server knows why; the moderator is told only that they cannot take it.
          expect(res.errors?.[0].message).not.toMatch(/member|belong|organi[sz]ation|conflict of interest/i);
        }
      }
      await row.check?.(res, { ...ctx, outcome, state });
    });
  });
});
