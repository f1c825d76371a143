import { randomUUID } from 'node:crypto';
import { ProvisionService } from '@app/consultations';
import { Region } from '@app/identity';
import { Disclosure } from '@app/submissions';
import { TagService } from '@app/taxonomy';
import {
  createModerator,
  createSessionAndOpenRound,
  createStaff,
  GraphqlResult,
  TestPlenary,
  TestUser,
} from '@app/testing';
import {
  auditTrail,
  COUNTS,
  COVERAGE,
  dataOf,
  errorOf,
  REVEAL,
  submitted,
  submittingOrg,
  SubmittingOrg,
  uniqueText,
  vocabulary,
  Vocabulary,
  AUDIT,
  MY_NOTIFICATIONS,
} from './support/moderation.operations';

/**
 * Who wrote an ANONYMOUS submission is the most sensitive fact Plenary holds. A moderator works
 * the submission from queue to decision and never learns it: the organisation's name and id (and
 * its author) appear in no answer they can get. Staff may reveal it, with a reason, and the reveal
 * is in the audit trail.
 */
describe('ANONYMOUS submissions under moderation (api over HTTP)', () => {
  let plenary: TestPlenary;
  let staff: TestUser;
  let moderator: TestUser;
  let anonymousOrg: SubmittingOrg;
  let namedOrg: SubmittingOrg;
  let sessionId: string;
  let roundId: string;
  let tags: Vocabulary;
  const MARKER = `Marker${randomUUID().replace(/-/g, '')}`;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    [staff, moderator, anonymousOrg, namedOrg] = await Promise.all([
      createStaff(plenary),
      createModerator(plenary),
      submittingOrg(plenary, { name: `${MARKER} Digital Rights Collective` }),
      submittingOrg(plenary, { name: 'Openly Named Association' }),
    ]);
    ({ sessionId, roundId } = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG }));
    tags = await vocabulary(plenary);
  });

  afterAll(async () => {
    await plenary?.close();
  });

  /** Everything a moderator can ask of a submission, organisation and author included. */
  const EVERY_FIELD = `id roundId sessionId region title summary body bodyHtml language status disclosure suggestedTagIds withdrawalReason
    currentVersion version contentHash createdAt updatedAt submittedAt wordCount provisionIds
    attribution { text region masked } organisation { id name country } author { id displayName email }
    cosigners { id status disclosure attribution { text masked } organisation { id name } }
    versions { number title body contentHash } tags { id slug } round { id title region }
    claim { mine expiresAt moderator { id displayName } } tagReview { done noGenderConsiderations noHumanRightsConsiderations reviewedAt }
    hasSimilar moderationNotes { id body authorId createdAt } decisions { decision reasonCode message versionNumber createdAt }
    appeal { reason resolution resolutionMessage createdAt }`;

  it('shows a moderator nothing of the organisation of an ANONYMOUS submission, in any answer from queue to decision; staff reveal it with a reason, audited', async () => {
    const text = uniqueText();
    const anonymous = await submitted(plenary, anonymousOrg, roundId, { disclosure: Disclosure.ANONYMOUS, text });
    // A near-duplicate by another organisation, so the anonymous one shows up among "similar submissions" too.
    const copy = await submitted(plenary, namedOrg, roundId, { text: { ...text, title: `${text.title} too` } });

    const answers: { what: string; res: GraphqlResult<unknown> }[] = [];
    /** Asks as the moderator, keeps the answer for the search below, and fails on errors. */
    const ask = async <T>(what: string, query: string, variables: Record<string, unknown>): Promise<T> => {
      const res = await plenary.gql<T>(query, variables, moderator.token);
      answers.push({ what, res });
      return dataOf(res);
    };
    const id = anonymous.id;
    const input = (extra: Record<string, unknown>) => ({ i: { submissionId: id, ...extra } });

    await ask(
      'moderationQueue',
      `query($f: ModerationQueueFilter) { moderationQueue(filter: $f, first: 20) { edges { cursor node { waitingSince submission { ${EVERY_FIELD} } } } } }`,
      {
        f: { roundId },
      },
    );
    await ask('submission', `query($id: ID!) { submission(id: $id) { ${EVERY_FIELD} } }`, { id });
    await ask(
      'submissions',
      `query($f: SubmissionFilterInput) { submissions(filter: $f, first: 20) { edges { cursor node { ${EVERY_FIELD} } } } }`,
      { f: { roundId } },
    );
    await ask(
      'submissions by search',
      `query($f: SubmissionFilterInput) { submissions(filter: $f, first: 20) { edges { node { id attribution { text } organisation { id name } } } } }`,
      {
        f: { search: text.summary.split(' ')[0] },
      },
    );
    const byOrganisation = await ask<{ submissions: { edges: { node: { id: string } }[] } }>(
      'submissions filtered by the organisation',
      `query($f: SubmissionFilterInput) { submissions(filter: $f, first: 20) { edges { node { id } } } }`,
      { f: { organisationId: anonymousOrg.id } },
    );
    // Filtering by organisation cannot be used to unmask it.
    expect(byOrganisation.submissions.edges.map((e) => e.node.id)).not.toContain(id);
    await ask(
      'similarSubmissions (of it)',
      `query($id: ID!) { similarSubmissions(id: $id) { score submission { ${EVERY_FIELD} } } }`,
      { id },
    );
    const similarOfCopy = await ask<{ similarSubmissions: { submission: { id: string } }[] }>(
      'similarSubmissions (of its near-duplicate)',
      `query($id: ID!) { similarSubmissions(id: $id) { score submission { ${EVERY_FIELD} } } }`,
      { id: copy.id },
    );
    expect(similarOfCopy.similarSubmissions.map((s) => s.submission.id)).toContain(id);

    const claimed = await ask<{ claimSubmission: { version: number } }>(
      'claimSubmission',
      `mutation($id: ID!) { claimSubmission(id: $id) { ${EVERY_FIELD} } }`,
      { id },
    );
    const tagged = await ask<{ setSubmissionTags: { version: number } }>(
      'setSubmissionTags',
      `mutation($i: SetSubmissionTagsInput!) { setSubmissionTags(input: $i) { ${EVERY_FIELD} } }`,
      {
        ...input({ expectedVersion: claimed.claimSubmission.version, tagIds: [tags.gender[0], tags.humanRights[0]] }),
      },
    );
    await ask(
      'addModerationNote',
      'mutation($i: AddModerationNoteInput!) { addModerationNote(input: $i) { id body authorId createdAt } }',
      input({ body: 'Possibly a campaign: see the near-duplicate.' }),
    );
    await ask('releaseSubmission', `mutation($id: ID!) { releaseSubmission(id: $id) { ${EVERY_FIELD} } }`, { id });
    const reclaimed = await ask<{ claimSubmission: { version: number } }>(
      'claimSubmission (again)',
      `mutation($id: ID!) { claimSubmission(id: $id) { ${EVERY_FIELD} } }`,
      { id },
    );
    expect(reclaimed.claimSubmission.version).toBe(tagged.setSubmissionTags.version);
    await ask(
      'decideSubmission',
      `mutation($i: DecideSubmissionInput!) { decideSubmission(input: $i) { ${EVERY_FIELD} } }`,
      {
        ...input({
          expectedVersion: reclaimed.claimSubmission.version,
          decision: 'REQUEST_CHANGES',
          reasonCode: 'NEEDS_CLARIFICATION',
          message: 'Please clarify the scope.',
        }),
      },
    );
    await ask('submission (after the decision)', `query($id: ID!) { submission(id: $id) { ${EVERY_FIELD} } }`, { id });
    await ask('coverage', COVERAGE, { f: { sessionId } });
    await ask('moderationCounts', COUNTS, { r: roundId });
    await ask('myNotifications', MY_NOTIFICATIONS, { first: 50 });
    await ask('tags', 'query { tags { id slug } }', {});
    await ask('me', '{ me { id email } }', {});
    // The audit trail is staff-only: the moderator is refused, and the refusal says nothing either.
    const audit = await plenary.gql(AUDIT, { f: { entityId: id }, first: 50 }, moderator.token);
    expect(errorOf(audit).code).toBe('FORBIDDEN');
    answers.push({ what: 'auditEvents', res: audit });

    // The answers are about the submission (so the search below means something)…
    const aboutIt = answers.filter((a) => JSON.stringify(a.res).includes(id)).map((a) => a.what);
    expect(aboutIt).toEqual(
      expect.arrayContaining([
        'moderationQueue',
        'submission',
        'submissions',
        'submissions by search',
        'similarSubmissions (of its near-duplicate)',
        'claimSubmission',
        'setSubmissionTags',
        'releaseSubmission',
        'decideSubmission',
      ]),
    );
    // A control: the same answers do name the NAMED near-duplicate's organisation, so a leak would be seen.
    expect(JSON.stringify(answers.find((a) => a.what === 'moderationQueue')?.res)).toContain(namedOrg.name);
    // …and none names the organisation or its author, or carries their ids.
    const secrets = {
      name: MARKER,
      organisationId: anonymousOrg.id,
      authorId: anonymousOrg.admin.user.id,
      authorEmail: anonymousOrg.admin.email,
    };
    const leaks = answers.flatMap((a) =>
      Object.entries(secrets)
        .filter(([, secret]) => JSON.stringify(a.res).includes(secret))
        .map(([kind]) => `${a.what} shows the ${kind}`),
    );
    expect(leaks).toEqual([]);

    // Staff do not see it either, until they reveal it with a reason.
    const staffView = await plenary.gql(
      `query($id: ID!) { submission(id: $id) { attribution { text masked } organisation { id name } } }`,
      { id },
      staff.token,
    );
    expect(dataOf(staffView)).toEqual({
      submission: {
        attribution: { text: expect.stringContaining('a civil-society organisation from'), masked: true },
        organisation: null,
      },
    });
    const reason =
      'A credible report says this submission is part of a coordinated campaign; we must contact its authors.';
    const reveal = await plenary.gql<{
      revealSubmitter: { organisation: { id: string; name: string }; revealedAt: string };
    }>(REVEAL, { i: { submissionId: id, reason } }, staff.token);
    expect(dataOf(reveal).revealSubmitter.organisation).toEqual({ id: anonymousOrg.id, name: anonymousOrg.name });
    const revealed = (await auditTrail(plenary, staff.token, id)).filter(
      (e) => e.action === 'submission.submitter_revealed',
    );
    expect(revealed).toHaveLength(1);
    expect(revealed[0]).toMatchObject({ actorId: staff.user.id, after: { reason } });
  });
});
