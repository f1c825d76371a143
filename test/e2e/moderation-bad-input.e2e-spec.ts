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
  CREATE_TAG,
  dataOf,
  DECIDE,
  drafted,
  errorOf,
  QUEUE,
  rejected,
  RELEASE,
  RESOLVE_APPEAL,
  REVEAL,
  SET_TAGS,
  setTags,
  SIMILAR,
  storedSubmission,
  submitted,
  submittingOrg,
  SubmittingOrg,
  UPDATE_TAG,
  vocabulary,
  Vocabulary,
  writtenRows,
} from './support/moderation.operations';

/**
 * Bad input and refused moves: each is answered with a clear code (and the fields at fault), and
 * nothing is written — no decision, claim, tag, note, appeal, audit event, notification, email or job.
 */
describe('moderation bad input (api over HTTP)', () => {
  let plenary: TestPlenary;
  let staff: TestUser;
  let moderator: TestUser;
  /** A moderator who is a MEMBER of `org`. */
  let conflicted: TestUser;
  let org: SubmittingOrg;
  let roundId: string;
  let tags: Vocabulary;
  let inactiveTag: string;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    [staff, moderator, conflicted, org] = await Promise.all([
      createStaff(plenary),
      createModerator(plenary),
      createModerator(plenary),
      submittingOrg(plenary),
    ]);
    await addMember(plenary, org.id, conflicted.user.id, MemberRole.MEMBER);
    roundId = (await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG })).roundId;
    tags = await vocabulary(plenary);
    const retired = await plenary.get(TagService).create(staff.actor, {
      category: TagCategory.GENDER,
      slug: `retired-${randomUUID().slice(0, 8)}`,
      label: 'Retired',
    });
    await plenary
      .get(TagService)
      .update(staff.actor, { id: retired.id, expectedVersion: retired.version, active: false });
    inactiveTag = retired.id;
  });

  afterAll(async () => {
    await plenary?.close();
  });

  /** A submission claimed by `moderator`. */
  const claimed = async (disclosure = Disclosure.NAMED): Promise<SubmissionRef> =>
    claim(plenary, moderator.token, (await submitted(plenary, org, roundId, { disclosure })).id);
  const decideInput = (s: SubmissionRef, input: Record<string, unknown>) => ({
    i: { submissionId: s.id, expectedVersion: s.version, ...input },
  });

  interface Case {
    name: string;
    /** Builds what the case needs, and the request that must be refused. */
    prepare: () => Promise<{
      document: string;
      variables: Record<string, unknown>;
      token?: string;
      submissionId?: string;
    }>;
    code: string;
    /** The fields the error must name (checked when given). */
    fields?: string[];
    /** Extra expectations on the error message. */
    message?: (message: string) => void;
  }

  const NO_MEMBERSHIP_HINT = (message: string) =>
    expect(message).not.toMatch(/member|belong|organi[sz]ation|conflict of interest/i);

  const CASES: Case[] = [
    {
      name: 'an unknown reason code (not in the ReasonCode enum)',
      prepare: async () => {
        const s = await claimed();
        return {
          document: DECIDE,
          variables: decideInput(s, { decision: 'REJECT', reasonCode: 'BECAUSE_I_SAY_SO', message: 'No.' }),
          token: moderator.token,
          submissionId: s.id,
        };
      },
      code: 'BAD_USER_INPUT',
      fields: ['reasonCode'],
    },
    {
      name: 'a reason code that does not fit the decision (REJECT with IN_SCOPE)',
      prepare: async () => {
        const s = await claimed();
        return {
          document: DECIDE,
          variables: decideInput(s, { decision: 'REJECT', reasonCode: 'IN_SCOPE', message: 'No.' }),
          token: moderator.token,
          submissionId: s.id,
        };
      },
      code: 'BAD_USER_INPUT',
      fields: ['reasonCode'],
    },
    {
      name: 'REJECT without a message to the submitter',
      prepare: async () => {
        const s = await claimed();
        return {
          document: DECIDE,
          variables: decideInput(s, { decision: 'REJECT', reasonCode: 'SPAM' }),
          token: moderator.token,
          submissionId: s.id,
        };
      },
      code: 'BAD_USER_INPUT',
      fields: ['message'],
    },
    {
      name: 'REQUEST_CHANGES with a blank message',
      prepare: async () => {
        const s = await claimed();
        return {
          document: DECIDE,
          variables: decideInput(s, { decision: 'REQUEST_CHANGES', reasonCode: 'FORMATTING', message: '   ' }),
          token: moderator.token,
          submissionId: s.id,
        };
      },
      code: 'BAD_USER_INPUT',
      fields: ['message'],
    },
    {
      name: 'an unknown tag id',
      prepare: async () => {
        const s = await claimed();
        return {
          document: SET_TAGS,
          variables: decideInput(s, { tagIds: [tags.gender[0], randomUUID()], noHumanRightsConsiderations: true }),
          token: moderator.token,
          submissionId: s.id,
        };
      },
      code: 'BAD_USER_INPUT',
      fields: ['tagIds'],
    },
    {
      name: 'a deactivated tag',
      prepare: async () => {
        const s = await claimed();
        return {
          document: SET_TAGS,
          variables: decideInput(s, { tagIds: [inactiveTag], noHumanRightsConsiderations: true }),
          token: moderator.token,
          submissionId: s.id,
        };
      },
      code: 'BAD_USER_INPUT',
      fields: ['tagIds'],
    },
    {
      name: 'a tag id that is not an id',
      prepare: async () => {
        const s = await claimed();
        return {
          document: SET_TAGS,
          variables: decideInput(s, { tagIds: ['gender-mainstreaming'] }),
          token: moderator.token,
          submissionId: s.id,
        };
      },
      code: 'BAD_USER_INPUT',
      fields: ['tagIds'],
    },
    {
      name: 'a GENDER tag together with noGenderConsiderations',
      prepare: async () => {
        const s = await claimed();
        return {
          document: SET_TAGS,
          variables: decideInput(s, { tagIds: [tags.gender[0], tags.humanRights[0]], noGenderConsiderations: true }),
          token: moderator.token,
          submissionId: s.id,
        };
      },
      code: 'BAD_USER_INPUT',
      fields: ['noGenderConsiderations'],
    },
    {
      name: 'a HUMAN_RIGHTS tag together with noHumanRightsConsiderations',
      prepare: async () => {
        const s = await claimed();
        return {
          document: SET_TAGS,
          variables: decideInput(s, {
            tagIds: [tags.humanRights[0]],
            noGenderConsiderations: true,
            noHumanRightsConsiderations: true,
          }),
          token: moderator.token,
          submissionId: s.id,
        };
      },
      code: 'BAD_USER_INPUT',
      fields: ['noHumanRightsConsiderations'],
    },
    {
      name: 'a stale expectedVersion when deciding',
      prepare: async () => {
        const s = await claimed();
        const tagged = await setTags(plenary, moderator.token, s, { tagIds: [tags.gender[0], tags.humanRights[0]] });
        return {
          document: DECIDE,
          variables: decideInput({ ...tagged, version: s.version }, { decision: 'APPROVE', reasonCode: 'IN_SCOPE' }),
          token: moderator.token,
          submissionId: s.id,
        };
      },
      code: 'CONFLICT',
      fields: ['expectedVersion'],
    },
    {
      name: 'a stale expectedVersion when tagging',
      prepare: async () => {
        const s = await claimed();
        await setTags(plenary, moderator.token, s, { tagIds: [tags.gender[0]], noHumanRightsConsiderations: true });
        return {
          document: SET_TAGS,
          variables: decideInput(s, { tagIds: [tags.humanRights[0]], noGenderConsiderations: true }),
          token: moderator.token,
          submissionId: s.id,
        };
      },
      code: 'CONFLICT',
      fields: ['expectedVersion'],
    },
    {
      name: 'a stale expectedVersion when resolving an appeal',
      prepare: async () => {
        const s = await rejected(plenary, moderator.token, (await submitted(plenary, org, roundId)).id);
        dataOf(await plenary.gql(APPEAL, { i: { submissionId: s.id, reason: 'In scope.' } }, org.admin.token));
        return {
          document: RESOLVE_APPEAL,
          variables: { i: { submissionId: s.id, expectedVersion: s.version, decision: 'OVERTURN' } },
          token: staff.token,
          submissionId: s.id,
        };
      },
      code: 'CONFLICT',
      fields: ['expectedVersion'],
    },
    {
      name: 'tagging a submission nobody claimed',
      prepare: async () => {
        const s = await submitted(plenary, org, roundId);
        return {
          document: SET_TAGS,
          variables: decideInput(s, { tagIds: [], noGenderConsiderations: true, noHumanRightsConsiderations: true }),
          token: moderator.token,
          submissionId: s.id,
        };
      },
      code: 'CONFLICT',
    },
    ...(['NAMED', 'ANONYMOUS'] as const).flatMap((disclosure): Case[] => [
      {
        name: `a moderator claiming their own organisation's ${disclosure} submission`,
        prepare: async () => {
          const s = await submitted(plenary, org, roundId, { disclosure: Disclosure[disclosure] });
          return { document: CLAIM, variables: { id: s.id }, token: conflicted.token, submissionId: s.id };
        },
        code: 'FORBIDDEN',
        message: NO_MEMBERSHIP_HINT,
      },
      {
        name: `a moderator deciding on their own organisation's ${disclosure} submission`,
        prepare: async () => {
          const s = await claimed(Disclosure[disclosure]);
          return {
            document: DECIDE,
            variables: decideInput(s, { decision: 'REJECT', reasonCode: 'SPAM', message: 'No.' }),
            token: conflicted.token,
            submissionId: s.id,
          };
        },
        code: 'FORBIDDEN',
        message: NO_MEMBERSHIP_HINT,
      },
    ]),
    {
      name: "a moderator tagging their own organisation's submission",
      prepare: async () => {
        const s = await claimed();
        return {
          document: SET_TAGS,
          variables: decideInput(s, { tagIds: [], noGenderConsiderations: true, noHumanRightsConsiderations: true }),
          token: conflicted.token,
          submissionId: s.id,
        };
      },
      code: 'FORBIDDEN',
      message: NO_MEMBERSHIP_HINT,
    },
    {
      name: "a moderator noting on their own organisation's submission",
      prepare: async () => {
        const s = await submitted(plenary, org, roundId);
        return {
          document: ADD_NOTE,
          variables: { i: { submissionId: s.id, body: 'Looks fine to me.' } },
          token: conflicted.token,
          submissionId: s.id,
        };
      },
      code: 'FORBIDDEN',
      message: NO_MEMBERSHIP_HINT,
    },
    {
      name: "a moderator releasing another's claim on their own organisation's submission",
      prepare: async () => {
        const s = await claimed();
        return { document: RELEASE, variables: { id: s.id }, token: conflicted.token, submissionId: s.id };
      },
      code: 'FORBIDDEN',
      message: NO_MEMBERSHIP_HINT,
    },
    {
      name: 'revealSubmitter on a submission that is not ANONYMOUS',
      prepare: async () => {
        const s = await submitted(plenary, org, roundId, { disclosure: Disclosure.REGION_ONLY });
        return {
          document: REVEAL,
          variables: { i: { submissionId: s.id, reason: 'Curious.' } },
          token: staff.token,
          submissionId: s.id,
        };
      },
      code: 'BAD_USER_INPUT',
      fields: ['submissionId'],
    },
    {
      name: 'revealSubmitter with an empty reason',
      prepare: async () => {
        const s = await submitted(plenary, org, roundId, { disclosure: Disclosure.ANONYMOUS });
        return {
          document: REVEAL,
          variables: { i: { submissionId: s.id, reason: '   ' } },
          token: staff.token,
          submissionId: s.id,
        };
      },
      code: 'BAD_USER_INPUT',
      fields: ['reason'],
    },
    {
      name: 'revealSubmitter without a reason',
      prepare: async () => {
        const s = await submitted(plenary, org, roundId, { disclosure: Disclosure.ANONYMOUS });
        return { document: REVEAL, variables: { i: { submissionId: s.id } }, token: staff.token, submissionId: s.id };
      },
      code: 'BAD_USER_INPUT',
    },
    {
      name: 'claiming a draft (drafts are not found, as a missing id)',
      prepare: async () => {
        const s = await drafted(plenary, org, roundId);
        return { document: CLAIM, variables: { id: s.id }, token: moderator.token, submissionId: s.id };
      },
      code: 'NOT_FOUND',
    },
    {
      name: 'claiming an id that does not exist',
      prepare: () => Promise.resolve({ document: CLAIM, variables: { id: randomUUID() }, token: moderator.token }),
      code: 'NOT_FOUND',
    },
    {
      name: 'claiming with an id that is not an id',
      prepare: () =>
        Promise.resolve({ document: CLAIM, variables: { id: 'not-a-submission' }, token: moderator.token }),
      code: 'NOT_FOUND',
    },
    {
      name: 'near-duplicates of an id that is not an id',
      prepare: () =>
        Promise.resolve({ document: SIMILAR, variables: { id: 'not-a-submission' }, token: moderator.token }),
      code: 'NOT_FOUND',
    },
    {
      name: 'a note with an empty body',
      prepare: async () => {
        const s = await submitted(plenary, org, roundId);
        return {
          document: ADD_NOTE,
          variables: { i: { submissionId: s.id, body: ' ' } },
          token: moderator.token,
          submissionId: s.id,
        };
      },
      code: 'BAD_USER_INPUT',
      fields: ['body'],
    },
    {
      name: 'the queue filtered on a status it does not hold (DRAFT)',
      prepare: () =>
        Promise.resolve({ document: QUEUE, variables: { f: { status: 'DRAFT' } }, token: moderator.token }),
      code: 'BAD_USER_INPUT',
      fields: ['status'],
    },
    {
      name: 'a tag slug already used in its category',
      prepare: () =>
        Promise.resolve({
          document: CREATE_TAG,
          variables: { i: { category: 'GENDER', slug: 'gender-mainstreaming', label: 'Again' } },
          token: staff.token,
        }),
      code: 'BAD_USER_INPUT',
      fields: ['slug'],
    },
    {
      name: 'a stale expectedVersion when updating a tag',
      prepare: async () => {
        const tag = await plenary.get(TagService).create(staff.actor, {
          category: TagCategory.THEME,
          slug: `stale-${randomUUID().slice(0, 8)}`,
          label: 'Stale',
        });
        await plenary
          .get(TagService)
          .update(staff.actor, { id: tag.id, expectedVersion: tag.version, label: 'Renamed' });
        return {
          document: UPDATE_TAG,
          variables: { i: { id: tag.id, expectedVersion: tag.version, active: false } },
          token: staff.token,
        };
      },
      code: 'CONFLICT',
    },
  ];

  it.each(CASES.map((c) => [c.name, c] as const))('refuses %s, and writes nothing', async (_name, c) => {
    const request = await c.prepare();
    const before = await writtenRows(plenary);
    const stored = request.submissionId ? await storedSubmission(plenary, request.submissionId) : null;
    const res: GraphqlResult<unknown> = await plenary.gql(request.document, request.variables, request.token);
    const error = errorOf(res);
    expect(error.code).toBe(c.code);
    if (c.fields) expect(error.fields).toEqual(c.fields);
    c.message?.(error.message);
    expect(await writtenRows(plenary)).toEqual(before);
    if (request.submissionId) expect(await storedSubmission(plenary, request.submissionId)).toEqual(stored);
  });

  it('tells a moderator the same thing for their own organisation’s NAMED and ANONYMOUS submissions', async () => {
    const named = await submitted(plenary, org, roundId, { disclosure: Disclosure.NAMED });
    const anonymous = await submitted(plenary, org, roundId, { disclosure: Disclosure.ANONYMOUS });
    const refusals = await Promise.all(
      [named, anonymous].map(async (s) => errorOf(await plenary.gql(CLAIM, { id: s.id }, conflicted.token))),
    );
    expect(refusals[0]).toEqual(refusals[1]);
  });

  it('gives the submitting organisation no moderation notes: the field is null, the note appears nowhere in its answers', async () => {
    const s = await submitted(plenary, org, roundId);
    const note = `Internal ${randomUUID()}`;
    dataOf(await plenary.gql(ADD_NOTE, { i: { submissionId: s.id, body: note } }, moderator.token));
    const one = await plenary.gql<{ submission: { id: string; moderationNotes: unknown } }>(
      'query($id: ID!) { submission(id: $id) { id moderationNotes { body } } }',
      { id: s.id },
      org.admin.token,
    );
    expect(one.errors).toBeUndefined();
    expect(one.data?.submission).toEqual({ id: s.id, moderationNotes: null });
    const list = await plenary.gql(
      'query($f: SubmissionFilterInput) { submissions(filter: $f, first: 50) { edges { node { id moderationNotes { body } } } } }',
      { f: { roundId } },
      org.admin.token,
    );
    expect(list.errors).toBeUndefined();
    expect(JSON.stringify(list)).toContain(s.id);
    expect(JSON.stringify(list)).not.toContain(note);
    // The moderator does see it.
    const moderators = await plenary.gql<{ submission: { moderationNotes: { body: string }[] } }>(
      'query($id: ID!) { submission(id: $id) { moderationNotes { body } } }',
      { id: s.id },
      moderator.token,
    );
    expect(dataOf(moderators).submission.moderationNotes).toEqual([{ body: note }]);
  });
});
