import { ProvisionService } from '@app/consultations';
import { OrganisationService } from '@app/identity';
import { FixedClock, PlatformRole } from '@app/platform';
import { TagService } from '@app/taxonomy';
import { createOrganisation, createStaff, createUser, GraphqlResult, TestPlenary, TestUser } from '@app/testing';
import { randomUUID } from 'node:crypto';

/**
 * Bad input and races on submissions, over HTTP: each is refused with a clear code and the field at
 * fault, and nothing is written (no submission, version, audit event or outbox job). Time is a
 * FixedClock injected into the api, so a deadline can be approached to the second.
 */
describe('submission rules: bad input and races (api over HTTP)', () => {
  const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
  const HOUR = 3600 * 1000;
  const clock = new FixedClock(T0);
  let plenary: TestPlenary;

  let staff: TestUser;
  let cso: TestUser;
  /** AG, word limit 50, English and French only, open from T0 − 1 h until T0 + 24 h. */
  let round: { id: string; closesAt: Date };
  /** Another session's AG round, open too. */
  let otherSessionRound: { id: string };
  let org: { id: string };

  beforeAll(async () => {
    plenary = await TestPlenary.start({ clock });
    await plenary.get(ProvisionService).seedReference();
    await plenary.get(TagService).seed();
    staff = await createStaff(plenary);
    cso = await createUser(plenary, { name: 'Rules CSO' });
    org = await createOrganisation(plenary, cso, { country: 'KE' });
    const session = await createSession('Second session of the Conference of the States Parties');
    round = await createOpenRound(session, { wordLimit: 50, languages: ['en', 'fr'] });
    otherSessionRound = await createOpenRound(
      await createSession('First session of the Conference of the States Parties'),
      {},
    );
  });

  afterEach(() => {
    clock.set(T0);
  });

  afterAll(async () => {
    await plenary?.close();
  });

  type GqlError = NonNullable<GraphqlResult['errors']>[number];

  async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const res = await plenary.gql<T>(query, variables, token);
    if (res.errors?.length || !res.data) throw new Error(`expected success, got ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  async function createSession(title: string): Promise<string> {
    const { createNegotiationSession } = await ok<{ createNegotiationSession: { id: string } }>(
      'mutation($i: CreateNegotiationSessionInput!) { createNegotiationSession(input: $i) { id } }',
      {
        i: {
          title,
          processName: 'UN Convention against Cybercrime',
          location: 'Vienna',
          startsAt: new Date(T0.getTime() + 60 * 24 * HOUR),
          endsAt: new Date(T0.getTime() + 65 * 24 * HOUR),
        },
      },
      staff.token,
    );
    return createNegotiationSession.id;
  }

  async function createOpenRound(
    sessionId: string,
    extra: Record<string, unknown>,
  ): Promise<{ id: string; closesAt: Date }> {
    const closesAt = new Date(T0.getTime() + 24 * HOUR);
    const { createConsultationRound } = await ok<{ createConsultationRound: { id: string } }>(
      'mutation($i: CreateConsultationRoundInput!) { createConsultationRound(input: $i) { id } }',
      {
        i: {
          sessionId,
          region: 'AG',
          title: 'African Group consultation',
          opensAt: new Date(T0.getTime() - HOUR),
          closesAt,
          ...extra,
        },
      },
      staff.token,
    );
    const { scheduleConsultationRound } = await ok<{
      scheduleConsultationRound: { id: string; acceptingSubmissions: boolean };
    }>(
      'mutation($id: ID!) { scheduleConsultationRound(id: $id) { id acceptingSubmissions } }',
      { id: createConsultationRound.id },
      staff.token,
    );
    expect(scheduleConsultationRound.acceptingSubmissions).toBe(true);
    return { id: scheduleConsultationRound.id, closesAt };
  }

  const FIELDS = 'id status version roundId title body summary language provisionIds suggestedTagIds currentVersion';
  interface Submission {
    id: string;
    status: string;
    version: number;
    roundId: string;
    body: string;
    currentVersion: number;
  }
  const CREATE = `mutation($i: CreateSubmissionInput!) { createSubmission(input: $i) { ${FIELDS} } }`;
  const UPDATE = `mutation($i: UpdateSubmissionInput!) { updateSubmission(input: $i) { ${FIELDS} } }`;
  const SUBMIT = `mutation($i: SubmitSubmissionInput!) { submitSubmission(input: $i) { ${FIELDS} } }`;

  /** `n` English words. */
  const words = (n: number, word = 'safeguard'): string => Array(n).fill(word).join(' ');

  function draftInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      roundId: round.id,
      organisationId: org.id,
      title: 'Procedural safeguards',
      summary: 'Every power needs judicial oversight.',
      body: 'Every procedural power must be subject to prior judicial authorisation.',
      language: 'en',
      disclosure: 'NAMED',
      ...overrides,
    };
  }

  async function createDraft(overrides: Record<string, unknown> = {}, user: TestUser = cso): Promise<Submission> {
    return (await ok<{ createSubmission: Submission }>(CREATE, { i: draftInput(overrides) }, user.token))
      .createSubmission;
  }

  interface Counts {
    submissions: number;
    versions: number;
    audit: number;
    outbox: number;
  }

  async function counts(): Promise<Counts> {
    const [row] = await plenary.dataSource.query<
      { submissions: number; versions: number; audit: number; outbox: number }[]
    >(
      `SELECT (SELECT count(*) FROM submissions)::int AS submissions, (SELECT count(*) FROM submission_versions)::int AS versions,
              (SELECT count(*) FROM audit_events)::int AS audit, (SELECT count(*) FROM outbox_jobs)::int AS outbox`,
    );
    return row;
  }

  /**
   * Runs an operation that must be refused with `code` naming `field`, and checks it wrote nothing;
   * returns the error for further checks.
   */
  async function expectRefused(
    query: string,
    variables: Record<string, unknown>,
    code: string,
    field: string,
    user: TestUser = cso,
  ): Promise<GqlError> {
    const before = await counts();
    const res = await plenary.gql(query, variables, user.token);
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    const [error] = res.errors ?? [];
    expect({ code: error.extensions?.code, fields: (error.extensions?.fields ?? []).map((f) => f.field) }).toEqual({
      code,
      fields: [field],
    });
    expect(await counts()).toEqual(before);
    return error;
  }

  interface StoredSubmission {
    status: string;
    version: number;
    body: string;
    round_id: string;
    current_version: number;
  }

  async function stored(id: string): Promise<StoredSubmission> {
    const [row] = await plenary.dataSource.query<StoredSubmission[]>(
      'SELECT status, version, body, round_id, current_version FROM submissions WHERE id = $1',
      [id],
    );
    return row;
  }

  describe('the deadline', () => {
    it('refuses a submission one second after closesAt and at closesAt, and accepts one a second before', async () => {
      const draft = await createDraft();

      clock.set(new Date(round.closesAt.getTime() + 1000));
      const late = await expectRefused(
        SUBMIT,
        { i: { id: draft.id, expectedVersion: draft.version } },
        'CONFLICT',
        'roundId',
      );
      expect(late.message).toMatch(/not accepting/i);
      clock.set(round.closesAt);
      await expectRefused(SUBMIT, { i: { id: draft.id, expectedVersion: draft.version } }, 'CONFLICT', 'roundId');
      expect(await stored(draft.id)).toMatchObject({ status: 'DRAFT', version: draft.version, current_version: 0 });

      clock.set(new Date(round.closesAt.getTime() - 1000));
      const before = await counts();
      const { submitSubmission } = await ok<{ submitSubmission: Submission }>(
        SUBMIT,
        { i: { id: draft.id, expectedVersion: draft.version } },
        cso.token,
      );
      expect(submitSubmission).toMatchObject({ status: 'SUBMITTED', currentVersion: 1 });
      const after = await counts();
      expect(after.versions).toBe(before.versions + 1);
      expect(after.audit).toBe(before.audit + 1);
    });

    it('refuses a new draft once the round has closed', async () => {
      clock.set(new Date(round.closesAt.getTime() + 1000));
      await expectRefused(CREATE, { i: draftInput() }, 'CONFLICT', 'roundId');
    });
  });

  describe('content', () => {
    it('refuses a body one word over the round’s limit of 50, and accepts one exactly at it', async () => {
      const over = await expectRefused(CREATE, { i: draftInput({ body: words(51) }) }, 'BAD_USER_INPUT', 'body');
      expect(over.message).toContain('51');

      const atLimit = await createDraft({ body: words(50) });
      expect(atLimit.status).toBe('DRAFT');
      // Editing it one word over is refused the same way, and the stored text is untouched.
      await expectRefused(
        UPDATE,
        { i: { id: atLimit.id, expectedVersion: atLimit.version, body: words(51) } },
        'BAD_USER_INPUT',
        'body',
      );
      expect(await stored(atLimit.id)).toMatchObject({ body: words(50), version: atLimit.version });
      // At the limit, it can be submitted.
      const { submitSubmission } = await ok<{ submitSubmission: Submission }>(
        SUBMIT,
        { i: { id: atLimit.id, expectedVersion: atLimit.version } },
        cso.token,
      );
      expect(submitSubmission.status).toBe('SUBMITTED');
    });

    it('counts the limit in the submission’s language (French at 50 words is fine, 51 is not)', async () => {
      await expectRefused(
        CREATE,
        { i: draftInput({ language: 'fr', body: words(51, 'garanties') }) },
        'BAD_USER_INPUT',
        'body',
      );
      expect((await createDraft({ language: 'fr', body: words(50, 'garanties') })).status).toBe('DRAFT');
    });

    it('refuses a summary over 100 words, and accepts one of 100', async () => {
      await expectRefused(CREATE, { i: draftInput({ summary: words(101, 'oversight') }) }, 'BAD_USER_INPUT', 'summary');
      expect((await createDraft({ summary: words(100, 'oversight') })).status).toBe('DRAFT');
    });

    it('refuses a language the round does not accept, on create and on edit', async () => {
      const error = await expectRefused(
        CREATE,
        { i: draftInput({ language: 'es', body: 'Cada poder procesal necesita control judicial.' }) },
        'BAD_USER_INPUT',
        'language',
      );
      expect(error.message).toMatch(/en, fr/);
      const draft = await createDraft();
      await expectRefused(
        UPDATE,
        { i: { id: draft.id, expectedVersion: draft.version, language: 'ru' } },
        'BAD_USER_INPUT',
        'language',
      );
    });

    it('refuses an unknown treaty provision, and accepts known ones', async () => {
      await expectRefused(
        CREATE,
        { i: draftInput({ provisionIds: ['article-1', 'article-9999'] }) },
        'BAD_USER_INPUT',
        'provisionIds',
      );
      const draft = await createDraft({ provisionIds: ['article-1', 'chapter-1'] });
      expect((await stored(draft.id)).status).toBe('DRAFT');
    });

    it('refuses an unknown suggested tag, and accepts an active one', async () => {
      await expectRefused(
        CREATE,
        { i: draftInput({ suggestedTagIds: [randomUUID()] }) },
        'BAD_USER_INPUT',
        'suggestedTagIds',
      );
      const [tag] = await plenary.dataSource.query<{ id: string }[]>(
        'SELECT id FROM tags WHERE active ORDER BY slug LIMIT 1',
      );
      const draft = await createDraft({ suggestedTagIds: [tag.id] });
      expect(draft.status).toBe('DRAFT');
      await expectRefused(
        UPDATE,
        { i: { id: draft.id, expectedVersion: draft.version, suggestedTagIds: [tag.id, randomUUID()] } },
        'BAD_USER_INPUT',
        'suggestedTagIds',
      );
    });
  });

  describe('rounds', () => {
    it('refuses to move a draft to a round of another negotiation session', async () => {
      const draft = await createDraft();
      const error = await expectRefused(
        UPDATE,
        { i: { id: draft.id, expectedVersion: draft.version, roundId: otherSessionRound.id } },
        'BAD_USER_INPUT',
        'roundId',
      );
      expect(error.message).toMatch(/session/);
      expect(await stored(draft.id)).toMatchObject({ round_id: round.id, version: draft.version });
    });

    it('refuses an organisation of another region than the round', async () => {
      const weog = await createOrganisation(plenary, cso, { country: 'FR' });
      await expectRefused(CREATE, { i: draftInput({ organisationId: weog.id }) }, 'BAD_USER_INPUT', 'roundId');
    });
  });

  describe('organisations', () => {
    it('refuses an organisation the caller is not a member of', async () => {
      const stranger = await createUser(plenary, { name: 'Someone else' });
      const theirs = await createOrganisation(plenary, stranger, { country: 'NG' });
      await expectRefused(CREATE, { i: draftInput({ organisationId: theirs.id }) }, 'FORBIDDEN', 'organisationId');
    });

    it('refuses a PENDING organisation', async () => {
      const pending = await createOrganisation(plenary, cso, { country: 'KE', verified: false });
      const error = await expectRefused(
        CREATE,
        { i: draftInput({ organisationId: pending.id }) },
        'FORBIDDEN',
        'organisationId',
      );
      expect(error.message).toMatch(/PENDING/);
    });

    it('refuses a SUSPENDED organisation, also when it was suspended after drafting', async () => {
      const later = await createOrganisation(plenary, cso, { country: 'KE' });
      const draft = await createDraft({ organisationId: later.id });
      const suspended = await createOrganisation(plenary, cso, { country: 'KE' });
      const staffActor = { userId: staff.user.id, sessionId: 'test', roles: [PlatformRole.STAFF] };
      for (const id of [suspended.id, later.id])
        await plenary
          .get(OrganisationService)
          .review(staffActor, { organisationId: id, decision: 'SUSPEND', note: 'Under review' });

      const error = await expectRefused(
        CREATE,
        { i: draftInput({ organisationId: suspended.id }) },
        'FORBIDDEN',
        'organisationId',
      );
      expect(error.message).toMatch(/SUSPENDED/);
      await expectRefused(
        SUBMIT,
        { i: { id: draft.id, expectedVersion: draft.version } },
        'FORBIDDEN',
        'organisationId',
      );
      expect(await stored(draft.id)).toMatchObject({ status: 'DRAFT', current_version: 0 });
    });
  });

  describe('races', () => {
    it('lets exactly one of two concurrent edits with the same expectedVersion win, and loses no update', async () => {
      let draft = await createDraft();
      // Several rounds, so the two requests really meet in the database at least some of the time.
      for (let attempt = 0; attempt < 5; attempt++) {
        const bodies = [
          `First editor, attempt ${attempt}: oversight by courts.`,
          `Second editor, attempt ${attempt}: oversight by parliaments.`,
        ];
        const before = await counts();
        const results = await Promise.all(
          bodies.map((body) =>
            plenary.gql<{ updateSubmission: Submission }>(
              UPDATE,
              { i: { id: draft.id, expectedVersion: draft.version, body } },
              cso.token,
            ),
          ),
        );

        const winners = results.filter((r) => !r.errors && r.data);
        const losers = results.filter((r) => r.errors);
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(1);
        const [loserError] = losers[0].errors ?? [];
        expect(loserError.extensions?.code).toBe('CONFLICT');
        expect((loserError.extensions?.fields ?? []).map((f) => f.field)).toEqual(['expectedVersion']);

        const winner = winners[0].data?.updateSubmission;
        expect(winner?.version).toBe(draft.version + 1);
        // What is stored is the winner's text, as the winner was told.
        const row = await stored(draft.id);
        expect(row.body).toBe(winner?.body);
        expect(row.version).toBe(draft.version + 1);
        // One change, one audit event.
        const after = await counts();
        expect(after.audit).toBe(before.audit + 1);
        draft = { ...draft, version: row.version };
      }
    });

    it('never leaves a co-signature accepted for an old text when an acceptance and an edit race', async () => {
      const cosignerAdmin = await createUser(plenary, { name: 'Racing co-signer' });
      const cosignerOrg = await createOrganisation(plenary, cosignerAdmin, { country: 'KE' });
      for (let attempt = 0; attempt < 8; attempt++) {
        const draft = await createDraft({ title: `Race ${attempt}` });
        const { inviteCosigner } = await ok<{ inviteCosigner: { id: string } }>(
          'mutation($i: InviteCosignerInput!) { inviteCosigner(input: $i) { id } }',
          { i: { submissionId: draft.id, organisationId: cosignerOrg.id } },
          cso.token,
        );
        const [accepted, edited] = await Promise.all([
          plenary.gql(
            'mutation($i: RespondToCosignatureInput!) { respondToCosignature(input: $i) { id } }',
            { i: { cosignatureId: inviteCosigner.id, accept: true, disclosure: 'NAMED' } },
            cosignerAdmin.token,
          ),
          plenary.gql(
            UPDATE,
            {
              i: {
                id: draft.id,
                expectedVersion: draft.version,
                body: `Edited while the co-signer was answering (${attempt}).`,
              },
            },
            cso.token,
          ),
        ]);
        expect([accepted.errors, edited.errors]).toEqual([undefined, undefined]);

        // Either the acceptance came after the edit (and is for the new text), or the edit reset it
        // to PENDING and the co-signer was told.
        const [row] = await plenary.dataSource.query<{ status: string; for_current_text: boolean; told: number }[]>(
          `SELECT c.status, c.accepted_content_hash = s.content_hash AS for_current_text,
                  (SELECT count(*) FROM notifications n WHERE n.kind = 'COSIGNATURE_RESET' AND n.entity_id = s.id::text AND n.user_id = $2)::int AS told
             FROM cosignatures c JOIN submissions s ON s.id = c.submission_id WHERE c.id = $1`,
          [inviteCosigner.id, cosignerAdmin.user.id],
        );
        expect([
          { status: 'ACCEPTED', for_current_text: true, told: 0 },
          { status: 'PENDING', for_current_text: null, told: 1 },
        ]).toContainEqual(row);
      }
    });

    it('makes one version only from two concurrent submits', async () => {
      const draft = await createDraft();
      const before = await counts();
      const results = await Promise.all(
        [0, 1].map(() =>
          plenary.gql<{ submitSubmission: Submission }>(
            SUBMIT,
            { i: { id: draft.id, expectedVersion: draft.version } },
            cso.token,
          ),
        ),
      );

      const winners = results.filter((r) => !r.errors && r.data);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      const [loserError] = losers[0].errors ?? [];
      expect(loserError.extensions?.code).toBe('CONFLICT');
      expect((loserError.extensions?.fields ?? []).map((f) => f.field)).toEqual(['expectedVersion']);

      const versions = await plenary.dataSource.query<{ number: number }[]>(
        'SELECT number FROM submission_versions WHERE submission_id = $1',
        [draft.id],
      );
      expect(versions).toEqual([{ number: 1 }]);
      expect(await stored(draft.id)).toMatchObject({
        status: 'SUBMITTED',
        current_version: 1,
        version: draft.version + 1,
      });
      const after = await counts();
      expect(after.versions).toBe(before.versions + 1);
      expect(after.audit).toBe(before.audit + 1);
    });
  });
});
