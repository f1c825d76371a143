import { ProvisionService } from '@app/consultations';
import { Region } from '@app/identity';
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
  CLAIM,
  dataOf,
  errorOf,
  QUEUE,
  QueuePage,
  SIMILAR,
  submitted,
  submittingOrg,
  SubmittingOrg,
  uniqueText,
} from './support/moderation.operations';

type Similar = { similarSubmissions: { score: number; submission: { id: string } }[] };

/**
 * Issue 10, finding 10: a moderator who joins an organisation is excluded from its items
 * everywhere, at once (the rule is read at the time of each request, not from anything cached),
 * near-duplicates included.
 */
describe('a moderator who joins an organisation (api over HTTP)', () => {
  let plenary: TestPlenary;
  let staff: TestUser;
  let moderator: TestUser;
  let joined: SubmittingOrg;
  let other: SubmittingOrg;
  let roundId: string;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    [staff, moderator, joined, other] = await Promise.all([
      createStaff(plenary),
      createModerator(plenary),
      submittingOrg(plenary),
      submittingOrg(plenary),
    ]);
    ({ roundId } = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG }));
  });

  afterAll(async () => {
    await plenary.close();
  });

  it('no longer sees or takes its items — queue, near-duplicates (both ways), hasSimilar, claim — from the next request on', async () => {
    const text = uniqueText();
    const own = await submitted(plenary, joined, roundId, { text, disclosure: Disclosure.ANONYMOUS });
    const copy = await submitted(plenary, other, roundId, { text: { ...text, title: `${text.title} (copy)` } });

    const queueIds = async (): Promise<Map<string, boolean | null>> => {
      const page = dataOf(
        await plenary.gql<QueuePage>(QUEUE, { f: { roundId }, first: 100 }, moderator.token),
      ).moderationQueue;
      return new Map(page.edges.map((e) => [e.node.submission.id, e.node.submission.hasSimilar]));
    };
    const similarOf = (id: string) => plenary.gql<Similar>(SIMILAR, { id }, moderator.token);

    // Before joining: an ordinary moderator sees both, and each as the other's near-duplicate.
    const before = await queueIds();
    expect(before.get(own.id)).toBe(true);
    expect(before.get(copy.id)).toBe(true);
    expect(dataOf(await similarOf(copy.id)).similarSubmissions.map((s) => s.submission.id)).toContain(own.id);

    await addMember(plenary, joined.id, moderator.user.id);

    // After joining, with the same access token: gone from every moderation view.
    const after = await queueIds();
    expect(after.has(own.id)).toBe(false);
    expect(after.get(copy.id)).toBe(false);
    const similar = await similarOf(copy.id);
    expect(dataOf(similar).similarSubmissions.map((s) => s.submission.id)).not.toContain(own.id);
    expect(JSON.stringify(similar)).not.toContain(own.id);
    const ofOwn = errorOf(await similarOf(own.id));
    expect(ofOwn.code).toBe('FORBIDDEN');
    expect(ofOwn.message).not.toMatch(/member|belong|organi[sz]ation/i);
    expect(errorOf(await plenary.gql(CLAIM, { id: own.id }, moderator.token)).code).toBe('FORBIDDEN');

    // Another moderator still sees the pair.
    const colleague = await createModerator(plenary);
    const theirs = dataOf(await plenary.gql<Similar>(SIMILAR, { id: copy.id }, colleague.token));
    expect(theirs.similarSubmissions.map((s) => s.submission.id)).toContain(own.id);
  });
});
