import { ProvisionService } from '@app/consultations';
import { MemberRole, Region } from '@app/identity';
import { EMAIL_SUBJECTS } from '@app/notifications';
import { Disclosure } from '@app/submissions';
import { TagService } from '@app/taxonomy';
import {
  addMember,
  createModerator,
  createSessionAndOpenRound,
  createStaff,
  TestPlenary,
  TestUser,
} from '@app/testing';
import {
  APPEAL,
  approved,
  claim,
  CLAIM,
  dataOf,
  errorOf,
  notificationsOf,
  QUEUE,
  QueuePage,
  rejected,
  submitted,
  submittingOrg,
  SubmittingOrg,
  uniqueText,
  vocabulary,
  Vocabulary,
} from './support/moderation.operations';

/**
 * What the moderator desk in the browser asks of the api besides the contract's core: the queue's
 * "has similar" and "missing tag category" filters and its read-only listing of decided items
 * (coverage links to it), the reason codes each decision accepts, whether the caller may take an
 * item, and staff hearing of a new appeal.
 */
describe('moderation desk additions (api over HTTP)', () => {
  let plenary: TestPlenary;
  let staff: TestUser;
  let moderator: TestUser;
  let org: SubmittingOrg;
  let other: SubmittingOrg;
  let roundId: string;
  let tags: Vocabulary;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    [staff, moderator, org, other] = await Promise.all([
      createStaff(plenary),
      createModerator(plenary),
      submittingOrg(plenary),
      submittingOrg(plenary),
    ]);
    ({ roundId } = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG }));
    tags = await vocabulary(plenary);
  });
  afterAll(() => plenary?.close());

  const queueIds = async (filter: Record<string, unknown>, token = moderator.token): Promise<string[]> =>
    dataOf(
      await plenary.gql<QueuePage>(QUEUE, { f: { roundId, ...filter }, first: 100 }, token),
    ).moderationQueue.edges.map((e) => e.node.submission.id);

  it('lists the reason codes each decision accepts, as decideSubmission applies them', async () => {
    const res = await plenary.gql<{
      moderationReasons: { decision: string; reasonCodes: string[]; messageRequired: boolean }[];
    }>('{ moderationReasons { decision reasonCodes messageRequired } }', {}, moderator.token);
    const reasons = dataOf(res).moderationReasons;
    expect(reasons.map((r) => r.decision).sort()).toEqual(['APPROVE', 'REJECT', 'REQUEST_CHANGES']);
    expect(reasons.find((r) => r.decision === 'APPROVE')).toEqual({
      decision: 'APPROVE',
      reasonCodes: ['IN_SCOPE'],
      messageRequired: false,
    });
    const reject = reasons.find((r) => r.decision === 'REJECT')!;
    expect(reject.messageRequired).toBe(true);
    expect(reject.reasonCodes).toContain('OUT_OF_SCOPE');
    expect(reject.reasonCodes).not.toContain('IN_SCOPE');
    // A CSO member is not a moderator.
    const member = await plenary.gql('{ moderationReasons { decision } }', {}, org.admin.token);
    expect(errorOf(member).code).toBe('FORBIDDEN');
  });

  it('filters the queue to items with a near-duplicate', async () => {
    const text = uniqueText();
    const original = await submitted(plenary, org, roundId, { text });
    const copy = await submitted(plenary, other, roundId, { text: { ...text, title: `${text.title} again` } });
    const alone = await submitted(plenary, org, roundId);
    const similar = await queueIds({ hasSimilar: true });
    expect(similar).toEqual(expect.arrayContaining([original.id, copy.id]));
    expect(similar).not.toContain(alone.id);
    expect(await queueIds({ hasSimilar: false })).toEqual(expect.arrayContaining([original.id, copy.id, alone.id]));
    // Oldest first, as without the filter.
    expect(similar.indexOf(original.id)).toBeLessThan(similar.indexOf(copy.id));
  });

  it('lists decided items read-only when asked by status, and finds approved ones without a GENDER tag', async () => {
    const withGender = await submitted(plenary, org, roundId);
    const withoutGender = await submitted(plenary, org, roundId);
    await approved(plenary, moderator.token, withGender.id, { tagIds: [tags.gender[0], tags.humanRights[0]] });
    await approved(plenary, moderator.token, withoutGender.id, {
      tagIds: [tags.humanRights[0]],
      noGenderConsiderations: true,
    });
    const approvedIds = await queueIds({ status: 'APPROVED' });
    expect(approvedIds).toEqual(expect.arrayContaining([withGender.id, withoutGender.id]));
    const gaps = await queueIds({ status: 'APPROVED', missingTagCategory: 'GENDER' });
    expect(gaps).toContain(withoutGender.id);
    expect(gaps).not.toContain(withGender.id);
    expect(await queueIds({ status: 'APPROVED', missingTagCategory: 'HUMAN_RIGHTS' })).not.toContain(withoutGender.id);
    // Waiting items are the default: decided ones are not among them.
    expect(await queueIds({})).not.toContain(withGender.id);
    // Listed, not workable: an approved item cannot be claimed.
    expect(errorOf(await plenary.gql(CLAIM, { id: withGender.id }, moderator.token)).code).toBe('CONFLICT');
    // Drafts and withdrawn items stay out of reach.
    expect(errorOf(await plenary.gql(QUEUE, { f: { status: 'DRAFT' } }, moderator.token)).fields).toEqual(['status']);
    expect(errorOf(await plenary.gql(QUEUE, { f: { status: 'WITHDRAWN' } }, moderator.token)).fields).toEqual([
      'status',
    ]);
  });

  it('tells a moderator which items they may take: never their own organisation’s, ANONYMOUS included', async () => {
    const mine = await submitted(plenary, org, roundId, { disclosure: Disclosure.ANONYMOUS });
    const theirs = await submitted(plenary, other, roundId);
    const insider = await createModerator(plenary);
    await addMember(plenary, org.id, insider.user.id, MemberRole.MEMBER);
    const ask = async (id: string, token: string) =>
      dataOf(
        await plenary.gql<{ submission: { moderatable: boolean | null } }>(
          'query($id: ID!) { submission(id: $id) { moderatable } }',
          { id },
          token,
        ),
      ).submission.moderatable;
    expect(await ask(mine.id, insider.token)).toBe(false);
    expect(await ask(theirs.id, insider.token)).toBe(true);
    expect(await ask(mine.id, staff.token)).toBe(true);
    // Not a moderation fact for the submitting organisation itself.
    expect(await ask(mine.id, org.admin.token)).toBeNull();
    // And the server refuses what the flag says.
    expect(errorOf(await plenary.gql(CLAIM, { id: mine.id }, insider.token)).code).toBe('FORBIDDEN');
    await claim(plenary, insider.token, theirs.id);
  });

  it('tells every staff member of a new appeal, linking to it, and nobody else', async () => {
    const item = await submitted(plenary, org, roundId);
    await rejected(plenary, moderator.token, item.id);
    dataOf(
      await plenary.gql(APPEAL, { i: { submissionId: item.id, reason: 'It is about Article 6.' } }, org.admin.token),
    );
    const received = (await notificationsOf(plenary, staff.token)).filter((n) => n.kind === 'APPEAL_RECEIVED');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ entityType: 'Submission', entityId: item.id });
    // Never who appealed: neither the organisation nor the person.
    expect(JSON.stringify(received[0])).not.toContain(org.name);
    expect(JSON.stringify(received[0])).not.toContain(org.admin.email);
    for (const who of [moderator, org.admin]) {
      expect((await notificationsOf(plenary, who.token)).some((n) => n.kind === 'APPEAL_RECEIVED')).toBe(false);
    }
    const emails: { to: string; text: string }[] = await plenary.dataSource.query(
      `SELECT to_address AS "to", text_body AS text FROM email_messages WHERE subject = $1`,
      [EMAIL_SUBJECTS.APPEAL_RECEIVED],
    );
    expect(emails.map((e) => e.to)).toEqual([staff.email]);
    expect(emails[0].text).toContain(`/staff/appeals/${item.id}`);
    expect(emails[0].text).not.toContain(org.name);
  });
});
