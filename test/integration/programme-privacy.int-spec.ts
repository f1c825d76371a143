import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import {
  apiReady,
  AppProcess,
  createModerator,
  createOrganisation,
  createStaff,
  createUser,
  DIGEST_FORMATS,
  docxPart,
  docxText,
  freePort,
  pdfText,
  privateBuild,
  seedDigestReference,
  startApp,
  TestPlenary,
  TestUser,
  workerReady,
} from '@app/testing';

/**
 * The canary: unique strings planted in an online link, a participant's accessibility needs and
 * self-described gender, and the participants' names, searched for in every byte of what the public,
 * another participant waiting for a place, another organisation's member and a moderator receive
 * (GraphQL answers and errors, iCalendar files), in the audit trail, in every file of the session's
 * digests once the event's outcome is in them, and in every line the api and the worker log at trace
 * level while all of it happens. A DRAFT publication of the session, full of its own canary, is in no
 * digest byte and no public answer (its published sibling is cited). Built api and worker, as real
 * processes.
 */
describe('programme privacy: the link, the participant list, gender and needs leak nowhere', () => {
  const marker = randomUUID().slice(0, 8).toUpperCase();
  const CANARY = {
    link: `https://meet.example.org/LINKCANARY${marker}`,
    needs: `NEEDSCANARY${marker} wheelchair space and captions`,
    gender: `GENDERCANARY${marker}`,
    name: `NAMECANARY${marker} Participant`,
    email: `emailcanary${marker.toLowerCase()}@example.org`,
  };
  /** Planted in a DRAFT publication of the session: searched in the digests' bytes and the public's answers. */
  const DRAFT_CANARY = `DRAFTCANARY${marker}`;
  let plenary: TestPlenary;
  let buildDir: string;
  let api: AppProcess;
  let worker: AppProcess;
  let url: string;
  let staff: TestUser;
  let participant: TestUser;
  let waiting: TestUser;
  let otherMember: TestUser;
  let moderator: TestUser;
  /** Every answer each kind of outsider got, as text. */
  const seen: Record<string, string[]> = { public: [], waiting: [], otherMember: [], moderator: [] };

  beforeAll(async () => {
    const build = privateBuild();
    plenary = await TestPlenary.start();
    await seedDigestReference(plenary);
    staff = await createStaff(plenary);
    participant = await createUser(plenary, { name: CANARY.name, email: CANARY.email });
    waiting = await createUser(plenary, { name: 'Waiting Person' });
    otherMember = await createUser(plenary, { name: 'Other Member' });
    moderator = await createModerator(plenary);
    await createOrganisation(plenary, participant, { name: 'Canary Org' });
    await createOrganisation(plenary, otherMember, { name: 'Other Org', country: 'BR' });
    buildDir = await build;
    const port = await freePort();
    const env = {
      DATABASE_URL: plenary.config.DATABASE_URL,
      DATABASE_POOL_SIZE: '4',
      REDIS_URL: plenary.config.REDIS_URL,
      REDIS_PREFIX: plenary.config.REDIS_PREFIX,
      LOG_LEVEL: 'trace',
      LOG_FORMAT: 'json',
      MAIL_DIR: `${buildDir}/mail`,
      FILE_STORAGE_DIR: `${buildDir}/files`,
    };
    api = startApp(buildDir, 'api', { ...env, PORT: String(port), HOST: '127.0.0.1' });
    worker = startApp(buildDir, 'worker', env);
    url = `http://127.0.0.1:${port}`;
    await apiReady(api, port);
    await workerReady(worker);
  }, 180_000);

  afterAll(async () => {
    api?.child.kill('SIGTERM');
    worker?.child.kill('SIGTERM');
    await Promise.all([api?.exited, worker?.exited]);
    await plenary?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are walked by shape in this test
  type Answer = { data: any; errors?: unknown[] };

  async function gql(query: string, variables: Record<string, unknown>, token?: string, as?: string): Promise<Answer> {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    if (as) seen[as].push(text);
    return JSON.parse(text) as Answer;
  }

  async function get(path: string, as: string): Promise<void> {
    seen[as].push(await (await fetch(`${url}${path}`)).text());
  }

  it('keeps every canary out of outsiders’ answers, the audit trail and the logs', async () => {
    const now = Date.now();
    const sessionId = (
      await gql(
        'mutation($i: CreateNegotiationSessionInput!) { createNegotiationSession(input: $i) { id } }',
        {
          i: {
            title: 'AHC session',
            processName: 'AHC',
            location: 'Vienna',
            startsAt: new Date(now + 20 * 86400_000).toISOString(),
            endsAt: new Date(now + 25 * 86400_000).toISOString(),
          },
        },
        staff.token,
      )
    ).data.createNegotiationSession.id;
    const event = (
      await gql(
        'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
        {
          i: {
            type: 'SIDE_MEETING',
            title: 'Side meeting on safeguards',
            format: 'HYBRID',
            venue: 'Vienna International Centre',
            onlineUrl: CANARY.link,
            registrationMode: 'OPEN',
            capacity: 1,
            sessionId,
            startsAt: new Date(now + 10 * 86400_000).toISOString(),
            endsAt: new Date(now + 10 * 86400_000 + 7200_000).toISOString(),
          },
        },
        staff.token,
      )
    ).data.createEvent;
    const registered = await gql(
      'mutation($i: RegisterForEventInput!) { registerForEvent(input: $i) { id status needs genderSelfDescription } }',
      {
        i: {
          eventId: event.id,
          consent: true,
          needs: CANARY.needs,
          genderIdentity: 'SELF_DESCRIBED',
          genderSelfDescription: CANARY.gender,
        },
      },
      participant.token,
    );
    // The person sees their own answers.
    expect(registered.data.registerForEvent).toMatchObject({
      status: 'CONFIRMED',
      needs: CANARY.needs,
      genderSelfDescription: CANARY.gender,
    });
    const waitlisted = await gql(
      'mutation($i: RegisterForEventInput!) { registerForEvent(input: $i) { id status } }',
      { i: { eventId: event.id, consent: true } },
      waiting.token,
      'waiting',
    );
    expect(waitlisted.data.registerForEvent.status).toBe('WAITLISTED');
    // Refusals (twice, someone else's registration) must not echo anything either.
    await gql(
      'mutation($i: RegisterForEventInput!) { registerForEvent(input: $i) { id } }',
      { i: { eventId: event.id, consent: true } },
      waiting.token,
      'waiting',
    );
    await gql(
      'mutation($id: ID!) { cancelRegistration(id: $id) { id needs } }',
      { id: registered.data.registerForEvent.id },
      otherMember.token,
      'otherMember',
    );

    const EVENT_FIELDS = `id title onlineLink hasOnlineLink placesLeft myRegistration { id status needs genderIdentity genderSelfDescription participant { displayName email } }
      registrations(first: 50) { edges { node { id needs genderSelfDescription participant { displayName email } } } }
      outcome { keyMessages speakers } session { id title }`;
    for (const [as, token] of [
      ['public', undefined],
      ['waiting', waiting.token],
      ['otherMember', otherMember.token],
      ['moderator', moderator.token],
    ] as const) {
      await gql(`query($id: ID!) { event(id: $id) { ${EVENT_FIELDS} } }`, { id: event.id }, token, as);
      await gql(`{ events(first: 50) { edges { node { ${EVENT_FIELDS} } } } }`, {}, token, as);
      await gql(
        'query($f: EventBalanceFilter!) { eventBalance(filter: $f) { exact registrants { total { count } byGender { key count } } } }',
        { f: { eventId: event.id } },
        token,
        as,
      );
      await gql(
        'query($f: EventBalanceFilter!) { eventBalance(filter: $f) { registrants { byGender { key count } } } }',
        { f: { sessionId } },
        token,
        as,
      );
      await gql(
        'query($id: ID!) { registration: cancelRegistration(id: $id) { id } }',
        { id: randomUUID() },
        token,
        as,
      );
      await get(`/calendar/events/${event.id}.ics`, as);
      await get(`/calendar/sessions/${sessionId}.ics`, as);
      if (token)
        await gql(
          '{ myEvents { edges { node { id needs genderSelfDescription event { onlineLink } } } } myNotifications { edges { node { title body } } } }',
          {},
          token,
          as,
        );
    }
    // The programme's part of the audit trail staff read: what happened, never the answers or the link.
    // (The trail's account events name people by design; staff read those under their own rules.)
    const audit = JSON.stringify(
      await Promise.all(
        ['ProgrammeEvent', 'EventRegistration'].map((entityType) =>
          gql(
            'query($f: AuditEventFilter) { auditEvents(filter: $f, first: 100) { edges { node { action entityType before after } } } }',
            { f: { entityType } },
            staff.token,
          ),
        ),
      ),
    );
    expect(audit).toContain('event.registered');

    // The meeting takes place (moved into the past: these processes run on the real clock), staff
    // record its outcome, and both editions of the session's digest are compiled with it.
    await plenary.dataSource.query(
      `UPDATE programme_events SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour',
              registration_deadline = now() - interval '1 day' WHERE id = $1`,
      [event.id],
    );
    const tags: { id: string; category: string }[] = await plenary.dataSource.query(
      `SELECT id, category FROM tags WHERE category IN ('GENDER', 'HUMAN_RIGHTS')`,
    );
    const outcome = await gql(
      'mutation($i: RecordEventOutcomeInput!) { recordEventOutcome(input: $i) { version } }',
      {
        i: {
          eventId: event.id,
          keyMessages: '- Delegates heard civil society on **safeguards**.',
          tagIds: [tags.find((t) => t.category === 'GENDER')!.id, tags.find((t) => t.category === 'HUMAN_RIGHTS')!.id],
          provisionIds: [],
          noGenderConsiderations: false,
          noHumanRightsConsiderations: false,
          speakers: ['Ms A. Delegate (Kenya)'],
        },
      },
      staff.token,
    );
    expect(outcome.errors).toBeUndefined();
    // The session's publications: one published (cited), one still a DRAFT full of its canary.
    const publication = async (input: Record<string, unknown>) => {
      const created = await gql(
        'mutation($i: CreatePublicationInput!) { createPublication(input: $i) { id } }',
        { i: { kind: 'REPORT', language: 'en', sessionId, authorsConsented: true, ...input } },
        staff.token,
      );
      expect(created.errors).toBeUndefined();
      return created.data.createPublication.id as string;
    };
    const cited = await publication({
      title: 'Report on safeguards',
      authors: ['Amina Diallo'],
      doi: '10.5555/plenary.safeguards',
    });
    expect(
      (await gql('mutation($id: ID!) { publishPublication(id: $id) { id } }', { id: cited }, staff.token)).errors,
    ).toBeUndefined();
    const draftId = await publication({
      title: `${DRAFT_CANARY} title`,
      authors: [`${DRAFT_CANARY} Author`],
      abstract: `${DRAFT_CANARY} abstract`,
      doi: `10.5555/${DRAFT_CANARY}`,
      url: `https://journal.example.org/${DRAFT_CANARY}`,
    });
    // The public asks for it by id and lists the publications: a draft is in neither answer.
    await gql(
      'query($id: ID!) { publication(id: $id) { id title authors abstract doi url } }',
      { id: draftId },
      undefined,
      'public',
    );
    await gql(
      '{ publications(first: 50) { edges { node { id title authors abstract doi url } } } }',
      {},
      undefined,
      'public',
    );
    const digestFiles: [string, string][] = [];
    for (const edition of ['PUBLIC', 'INTERNAL']) {
      const asked = await gql(
        'mutation($i: CompileDigestInput!) { compileDigest(input: $i) { id } }',
        { i: { sessionId, edition } },
        staff.token,
      );
      const id = asked.data.compileDigest.id as string;
      let status = '';
      for (let i = 0; i < 600 && !['READY', 'FAILED'].includes(status); i++) {
        status = (await gql('query($id: ID!) { digest(id: $id) { status } }', { id }, staff.token)).data.digest.status;
        if (status !== 'READY') await new Promise((r) => setTimeout(r, 200));
      }
      expect(status).toBe('READY');
      for (const format of DIGEST_FORMATS) {
        const res = await fetch(`${url}/digests/${id}/files/${format}`, {
          headers: { authorization: `Bearer ${staff.token}` },
        });
        expect(res.status).toBe(200);
        const bytes = Buffer.from(await res.arrayBuffer());
        const text =
          format === 'pdf'
            ? // Lines wrap where the text's length says (an event's dates are longer across midnight).
              (await pdfText(bytes)).replace(/\s+/g, ' ')
            : format === 'docx'
              ? docxText(await docxPart(bytes))
              : bytes.toString('utf8');
        // The outcome is there, so the search below looks where it would be.
        expect(text).toContain('Side meeting on safeguards');
        expect(text).toContain('Ms A. Delegate (Kenya)');
        expect(text).toContain('Report on safeguards');
        digestFiles.push([`${edition} digest ${format}`, text]);
      }
    }

    // Give the worker time to send the emails (its log lines are part of what is searched).
    await new Promise((r) => setTimeout(r, 3000));
    const logs = `${api.output.stdout}${api.output.stderr}${worker.output.stdout}${worker.output.stderr}`;
    expect(logs).toContain('email sent');
    expect(logs.length).toBeGreaterThan(1000);

    const places: [string, string][] = [
      ...Object.entries(seen).flatMap(([as, texts]) =>
        texts.map((t, i) => [`${as} answer ${i}`, t] as [string, string]),
      ),
      ['audit trail', audit],
      ...digestFiles,
      ['logs', logs],
    ];
    const leaks: string[] = [];
    for (const [where, text] of places) {
      for (const [what, canary] of Object.entries(CANARY)) {
        // A confirmed participant legitimately gets the link; nobody searched here holds a place.
        if (text.includes(canary) || text.includes(canary.toLowerCase()) || text.includes(encodeURIComponent(canary)))
          leaks.push(`${what} in ${where}`);
      }
    }
    // A draft publication of the session: in no digest byte, no public answer.
    for (const [where, text] of [...digestFiles, ...seen.public.map((t, i) => [`public answer ${i}`, t])]) {
      if (
        text.includes(DRAFT_CANARY) ||
        text.toLowerCase().includes(DRAFT_CANARY.toLowerCase()) ||
        text.includes(draftId)
      )
        leaks.push(`draft publication in ${where}`);
    }
    expect(leaks).toEqual([]);
    expect(Object.values(seen).flat().length).toBeGreaterThan(30);
  }, 120_000);
});
