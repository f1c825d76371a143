import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createOrganisation,
  createStaff,
  createUser,
  eventually,
  GraphqlResult,
  TestPlenary,
  TestUser,
} from '@app/testing';

/**
 * The civil-society side end to end, over HTTP as clients see it: staff open a round; a CSO drafts,
 * gets a co-signer, edits (the co-signature goes back to PENDING and the co-signer is told in-app
 * and by email), gets it re-accepted, submits (version 1 with a SHA-256), the public cannot see it;
 * then withdraws it, after which every further move is refused.
 */
describe('submission flow (api + worker over HTTP)', () => {
  let plenary: TestPlenary;
  let mailDir: string;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    mailDir = await plenary.startWorker();
  });

  afterAll(async () => {
    await plenary?.close();
  });

  type GqlError = NonNullable<GraphqlResult['errors']>[number];

  /** Runs an operation that must succeed and returns its data. */
  async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const res = await plenary.gql<T>(query, variables, token);
    if (res.errors?.length || !res.data) throw new Error(`expected success, got ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** Runs an operation that must fail and returns its one error. */
  async function refused(query: string, variables: Record<string, unknown>, token?: string): Promise<GqlError> {
    const res = await plenary.gql(query, variables, token);
    expect(res.errors).toHaveLength(1);
    return (res.errors ?? [])[0];
  }

  interface Submission {
    id: string;
    status: string;
    version: number;
    currentVersion: number;
    contentHash: string;
    body: string;
    withdrawalReason: string | null;
    versions: { number: number; contentHash: string; body: string }[] | null;
    cosigners: { id: string; status: string; disclosure: string | null }[];
  }

  const SUBMISSION_FIELDS =
    'id status version currentVersion contentHash body withdrawalReason versions { number contentHash body } cosigners { id status disclosure }';
  const CREATE = `mutation($i: CreateSubmissionInput!) { createSubmission(input: $i) { ${SUBMISSION_FIELDS} } }`;
  const UPDATE = `mutation($i: UpdateSubmissionInput!) { updateSubmission(input: $i) { ${SUBMISSION_FIELDS} } }`;
  const SUBMIT = `mutation($i: SubmitSubmissionInput!) { submitSubmission(input: $i) { ${SUBMISSION_FIELDS} } }`;
  const WITHDRAW = `mutation($i: WithdrawSubmissionInput!) { withdrawSubmission(input: $i) { ${SUBMISSION_FIELDS} } }`;
  const GET = `query($id: ID!) { submission(id: $id) { ${SUBMISSION_FIELDS} } }`;
  const INVITE = 'mutation($i: InviteCosignerInput!) { inviteCosigner(input: $i) { id status } }';
  const RESPOND =
    'mutation($i: RespondToCosignatureInput!) { respondToCosignature(input: $i) { id status disclosure } }';
  const NOTIFICATIONS = '{ myNotifications(first: 50) { edges { node { kind entityType entityId title } } } }';

  const DAY = 24 * 3600 * 1000;

  async function openRound(staff: TestUser): Promise<{ sessionId: string; roundId: string }> {
    const now = Date.now();
    const { createNegotiationSession: session } = await ok<{ createNegotiationSession: { id: string } }>(
      'mutation($i: CreateNegotiationSessionInput!) { createNegotiationSession(input: $i) { id } }',
      {
        i: {
          title: 'AHC concluding session',
          processName: 'Ad Hoc Committee on Cybercrime',
          location: 'New York',
          startsAt: new Date(now + 30 * DAY),
          endsAt: new Date(now + 40 * DAY),
        },
      },
      staff.token,
    );
    const { createConsultationRound: draft } = await ok<{ createConsultationRound: { id: string; status: string } }>(
      'mutation($i: CreateConsultationRoundInput!) { createConsultationRound(input: $i) { id status } }',
      {
        i: {
          sessionId: session.id,
          region: 'AG',
          title: 'African Group consultation',
          opensAt: new Date(now - 60_000),
          closesAt: new Date(now + 7 * DAY),
        },
      },
      staff.token,
    );
    expect(draft.status).toBe('DRAFT');
    const { scheduleConsultationRound: round } = await ok<{
      scheduleConsultationRound: { id: string; status: string; acceptingSubmissions: boolean };
    }>(
      'mutation($id: ID!) { scheduleConsultationRound(id: $id) { id status acceptingSubmissions } }',
      { id: draft.id },
      staff.token,
    );
    // Open from the clock at once, whether or not the worker's open job ran yet.
    expect(round).toMatchObject({ status: 'OPEN', acceptingSubmissions: true });
    return { sessionId: session.id, roundId: round.id };
  }

  const notificationsOf = async (user: TestUser) =>
    (
      await ok<{
        myNotifications: {
          edges: { node: { kind: string; entityType: string | null; entityId: string | null; title: string } }[];
        };
      }>(NOTIFICATIONS, {}, user.token)
    ).myNotifications.edges.map((e) => e.node);

  /** The email rows queued to `address`, and waits until the worker wrote each as an .eml file. */
  async function emailsSentTo(address: string, textStart: string): Promise<{ id: string; subject: string }[]> {
    const rows: { id: string; subject: string }[] = await plenary.dataSource.query(
      'SELECT id, subject FROM email_messages WHERE to_address = $1 AND starts_with(text_body, $2)',
      [address, textStart],
    );
    for (const row of rows) {
      const file = join(mailDir, `${row.id}.eml`);
      await eventually(async () => existsSync(file) && readFileSync(file, 'utf8').includes(`To: ${address}`));
    }
    return rows;
  }

  it('takes a position from draft through co-signing, a reset on edit, re-acceptance and submission; the public cannot see it', async () => {
    const staff = await createStaff(plenary);
    const { roundId } = await openRound(staff);

    const cso = await createUser(plenary, { name: 'Amina CSO' });
    const org = await createOrganisation(plenary, cso, { country: 'KE', name: 'Nairobi Digital Rights' });
    const cosignerAdmin = await createUser(plenary, { name: 'Claire Cosigner' });
    const cosignerOrg = await createOrganisation(plenary, cosignerAdmin, { country: 'FR', name: 'Paris Privacy Lab' });

    // 1. A draft.
    const { createSubmission: draft } = await ok<{ createSubmission: Submission }>(
      CREATE,
      {
        i: {
          roundId,
          organisationId: org.id,
          title: 'Safeguards for human-rights defenders',
          summary: 'Article 24 conditions and safeguards must bind every procedural power.',
          body: 'The convention must protect those who defend human rights online.',
          language: 'en',
          disclosure: 'NAMED',
        },
      },
      cso.token,
    );
    expect(draft).toMatchObject({ status: 'DRAFT', currentVersion: 0, versions: [], cosigners: [] });

    // 2. A co-signer is invited; its ADMIN accepts with its own disclosure.
    const { inviteCosigner: invitation } = await ok<{ inviteCosigner: { id: string; status: string } }>(
      INVITE,
      { i: { submissionId: draft.id, organisationId: cosignerOrg.id } },
      cso.token,
    );
    expect(invitation.status).toBe('PENDING');
    expect((await notificationsOf(cosignerAdmin)).map((n) => n.kind)).toContain('COSIGN_INVITATION');
    const { respondToCosignature: accepted } = await ok<{
      respondToCosignature: { status: string; disclosure: string };
    }>(RESPOND, { i: { cosignatureId: invitation.id, accept: true, disclosure: 'REGION_ONLY' } }, cosignerAdmin.token);
    expect(accepted).toEqual({ id: invitation.id, status: 'ACCEPTED', disclosure: 'REGION_ONLY' });
    expect((await ok<{ submission: Submission }>(GET, { id: draft.id }, cso.token)).submission.cosigners).toEqual([
      { id: invitation.id, status: 'ACCEPTED', disclosure: 'REGION_ONLY' },
    ]);
    expect((await notificationsOf(cosignerAdmin)).map((n) => n.kind)).not.toContain('COSIGNATURE_RESET');

    // 3. The CSO edits the text: the acceptance was for the old text, so it goes back to PENDING.
    const newBody = 'The convention must protect those who defend human rights online, and journalists too.';
    const { updateSubmission: edited } = await ok<{ updateSubmission: Submission }>(
      UPDATE,
      { i: { id: draft.id, expectedVersion: draft.version, body: newBody } },
      cso.token,
    );
    expect(edited.version).toBe(draft.version + 1);
    expect(edited.body).toBe(newBody);
    expect(edited.contentHash).not.toBe(draft.contentHash);
    expect(edited.cosigners.map((c) => ({ id: c.id, status: c.status }))).toEqual([
      { id: invitation.id, status: 'PENDING' },
    ]);

    // The co-signer's ADMIN is told in-app …
    const resets = (await notificationsOf(cosignerAdmin)).filter((n) => n.kind === 'COSIGNATURE_RESET');
    expect(resets).toHaveLength(1);
    expect(resets[0]).toMatchObject({ entityType: 'Submission', entityId: draft.id });
    // … and by email, which the worker sends; the CSO is not told about their own edit.
    const emails = await emailsSentTo(cosignerAdmin.email, 'The text you co-signed changed');
    expect(emails).toHaveLength(1);
    expect((await notificationsOf(cso)).map((n) => n.kind)).not.toContain('COSIGNATURE_RESET');

    // 4. The co-signer accepts the new text.
    const { respondToCosignature: again } = await ok<{ respondToCosignature: { status: string } }>(
      RESPOND,
      { i: { cosignatureId: invitation.id, accept: true, disclosure: 'NAMED' } },
      cosignerAdmin.token,
    );
    expect(again.status).toBe('ACCEPTED');

    // 5. Submitted: version 1, with the SHA-256 of its content; the acceptance still stands.
    const { submitSubmission: submitted } = await ok<{ submitSubmission: Submission }>(
      SUBMIT,
      { i: { id: draft.id, expectedVersion: edited.version } },
      cso.token,
    );
    expect(submitted).toMatchObject({ status: 'SUBMITTED', currentVersion: 1 });
    expect(submitted.versions).toHaveLength(1);
    const [v1] = submitted.versions ?? [];
    expect(v1.number).toBe(1);
    expect(v1.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(v1.contentHash).toBe(submitted.contentHash);
    expect(v1.body).toBe(newBody);
    expect(submitted.cosigners).toEqual([{ id: invitation.id, status: 'ACCEPTED', disclosure: 'NAMED' }]);

    // 6. The public sees nothing of it: not by id (as for an id that does not exist) and not in lists.
    const byId = await refused(GET, { id: draft.id });
    expect(byId.extensions?.code).toBe('NOT_FOUND');
    const unknown = await refused(GET, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');
    expect(byId.message).toBe(unknown.message);
    const publicList = await ok<{ submissions: { edges: { node: { id: string } }[] } }>(
      'query($f: SubmissionFilterInput) { submissions(filter: $f, first: 100) { edges { node { id } } } }',
      { f: { roundId } },
    );
    expect(publicList.submissions.edges).toEqual([]);
    const publicAll = await ok<{ submissions: { edges: { node: { id: string } }[] } }>(
      '{ submissions(first: 100) { edges { node { id } } } }',
      {},
    );
    expect(publicAll.submissions.edges.map((e) => e.node.id)).not.toContain(draft.id);
    // The round itself is public, and lists nothing for the public either.
    const round = await ok<{ consultationRound: { id: string; submissions: { edges: unknown[] } } }>(
      'query($id: ID!) { consultationRound(id: $id) { id submissions(first: 100) { edges { cursor } } } }',
      { id: roundId },
    );
    expect(round.consultationRound.submissions.edges).toEqual([]);
    // The submitting organisation does see it in its lists.
    const own = await ok<{ submissions: { edges: { node: { id: string } }[] } }>(
      'query($f: SubmissionFilterInput) { submissions(filter: $f, first: 100) { edges { node { id } } } }',
      { f: { roundId } },
      cso.token,
    );
    expect(own.submissions.edges.map((e) => e.node.id)).toEqual([draft.id]);
  });

  it('withdraws a SUBMITTED submission, then refuses every further move with CONFLICT and changes nothing', async () => {
    const staff = await createStaff(plenary);
    const { roundId } = await openRound(staff);
    const cso = await createUser(plenary, { name: 'Kofi CSO' });
    const org = await createOrganisation(plenary, cso, { country: 'GH' });

    const { createSubmission: draft } = await ok<{ createSubmission: Submission }>(
      CREATE,
      {
        i: {
          roundId,
          organisationId: org.id,
          title: 'Data retention',
          summary: 'Keep retention periods short.',
          body: 'Retention must be limited in time.',
          language: 'en',
          disclosure: 'ANONYMOUS',
        },
      },
      cso.token,
    );
    const { submitSubmission: submitted } = await ok<{ submitSubmission: Submission }>(
      SUBMIT,
      { i: { id: draft.id, expectedVersion: draft.version } },
      cso.token,
    );
    expect(submitted.status).toBe('SUBMITTED');

    // A submitted text can no longer be edited.
    const edit = await refused(
      UPDATE,
      { i: { id: draft.id, expectedVersion: submitted.version, body: 'Changed after submitting.' } },
      cso.token,
    );
    expect(edit.extensions?.code).toBe('CONFLICT');

    const { withdrawSubmission: withdrawn } = await ok<{ withdrawSubmission: Submission }>(
      WITHDRAW,
      { i: { id: draft.id, reason: 'Superseded by a joint position.' } },
      cso.token,
    );
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      withdrawalReason: 'Superseded by a joint position.',
      currentVersion: 1,
    });
    const after = (await ok<{ submission: Submission }>(GET, { id: draft.id }, cso.token)).submission;

    const moves: [string, string, Record<string, unknown>][] = [
      ['withdraw again', WITHDRAW, { i: { id: draft.id, reason: 'Twice.' } }],
      ['submit', SUBMIT, { i: { id: draft.id, expectedVersion: after.version } }],
      ['edit', UPDATE, { i: { id: draft.id, expectedVersion: after.version, body: 'Edited after withdrawing.' } }],
    ];
    for (const [what, query, variables] of moves) {
      const error = await refused(query, variables, cso.token);
      expect({ what, code: error.extensions?.code }).toEqual({ what, code: 'CONFLICT' });
    }

    const final = (await ok<{ submission: Submission }>(GET, { id: draft.id }, cso.token)).submission;
    expect(final).toEqual(after);
    expect(final.versions).toHaveLength(1);
  });
});
