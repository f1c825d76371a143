import { randomUUID } from 'node:crypto';
import { PlatformRole } from '@app/platform';
import {
  createModerator,
  createOrganisation,
  createProgrammeEvent,
  createStaff,
  createUser,
  gqlData,
  GraphqlResult,
  latestEmailToken,
  registerForEvent,
  seedDigestReference,
  TestPlenary,
  TestUser,
} from '@app/testing';

/**
 * The programme's authorisation table: every new operation × each kind of caller — the public, a
 * participant (registered for the event, member of organisation A), another organisation's member
 * (B, not registered), a moderator, staff — with the outcome each must get, and what each must not
 * see (the online link, the participant list, the exact small counts).
 */
const CALLERS = ['anonymous', 'participant', 'otherMember', 'moderator', 'staff'] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';
type Data = Record<string, unknown>;

const EVERYONE: Record<Caller, Outcome> = {
  anonymous: 'ok',
  participant: 'ok',
  otherMember: 'ok',
  moderator: 'ok',
  staff: 'ok',
};
const LOGGED_IN: Record<Caller, Outcome> = { ...EVERYONE, anonymous: 'UNAUTHENTICATED' };
const STAFF_ONLY: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  participant: 'FORBIDDEN',
  otherMember: 'FORBIDDEN',
  moderator: 'FORBIDDEN',
  staff: 'ok',
};
/** The participant's own things: theirs and staff's; NOT_FOUND for anyone else, as for an id that does not exist. */
const OWNER_AND_STAFF: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  participant: 'ok',
  otherMember: 'NOT_FOUND',
  moderator: 'NOT_FOUND',
  staff: 'ok',
};

interface Ctx {
  caller: Caller;
  me: TestUser | null;
}
interface Row {
  operation: string;
  document: string;
  setup: (ctx: Ctx) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expect: Record<Caller, Outcome>;
  check?: (res: GraphqlResult<Data>, ctx: Ctx & { outcome: Outcome }) => Promise<void> | void;
}

let plenary: TestPlenary;
let w: {
  users: Record<Exclude<Caller, 'anonymous'>, TestUser>;
  orgA: string;
  genderTag: string;
  rightsTag: string;
  event: { id: string; link: string };
  publishedId: string;
  draftId: string;
  sessionId: string;
};

const field = <T>(res: GraphqlResult<Data>, name: string): T => res.data?.[name] as T;

async function staffEvent(overrides: Record<string, unknown> = {}): Promise<string> {
  return (await createProgrammeEvent(plenary, w.users.staff.token, overrides)).id;
}

async function versionOf(table: string, id: string, key = 'id'): Promise<number> {
  const [row] = await plenary.dataSource.query(`SELECT version FROM ${table} WHERE ${key} = $1`, [id]);
  return row.version;
}

/** An event that started an hour ago, with the participant's confirmed and attended registration (written directly: registering has closed). */
async function heldEvent(): Promise<{ eventId: string; registrationId: string }> {
  const now = Date.now();
  const eventId = await staffEvent({
    startsAt: new Date(now - 3600_000),
    endsAt: new Date(now + 3600_000),
    registrationDeadline: null,
    type: 'TRAINING',
  });
  const [reg] = await plenary.dataSource.query(
    `INSERT INTO event_registrations (event_id, user_id, status, consented_at, confirmed_at, attended, version)
     VALUES ($1, $2, 'CONFIRMED', now(), now(), true, 1) RETURNING id`,
    [eventId, w.users.participant.user.id],
  );
  return { eventId, registrationId: reg.id };
}

const EVENT_INPUT = () => ({
  type: 'TRAINING',
  title: `Training ${randomUUID().slice(0, 6)}`,
  format: 'ONLINE',
  registrationMode: 'OPEN',
  startsAt: new Date(Date.now() + 5 * 86400_000).toISOString(),
  endsAt: new Date(Date.now() + 5 * 86400_000 + 7200_000).toISOString(),
});

const TABLE: Row[] = [
  {
    operation: 'event',
    document:
      'query($id: ID!) { event(id: $id) { id onlineLink registrations { edges { node { id needs } } } myRegistration { id } } }',
    setup: () => ({ id: w.event.id }),
    expect: EVERYONE,
    check: (res, { caller }) => {
      const e = field<{ onlineLink: string | null; registrations: unknown; myRegistration: unknown }>(res, 'event');
      expect(e.onlineLink).toBe(caller === 'participant' || caller === 'staff' ? w.event.link : null);
      if (caller === 'staff') expect(e.registrations).not.toBeNull();
      else expect(e.registrations).toBeNull();
      expect(e.myRegistration !== null).toBe(caller === 'participant');
    },
  },
  {
    operation: 'events',
    document: '{ events(first: 50) { edges { node { id onlineLink registrations(first: 5) { edges { node { id } } } } } } }',
    setup: () => ({}),
    expect: EVERYONE,
    check: (res, { caller }) => {
      const nodes = field<{ edges: { node: { id: string; onlineLink: string | null; registrations: unknown } }[] }>(
        res,
        'events',
      ).edges.map((e) => e.node);
      const mine = nodes.find((n) => n.id === w.event.id);
      expect(mine?.onlineLink ?? null).toBe(caller === 'participant' || caller === 'staff' ? w.event.link : null);
      if (caller !== 'staff') expect(nodes.every((n) => n.registrations === null)).toBe(true);
    },
  },
  {
    operation: 'eventInvitation',
    document: 'query($t: String!) { eventInvitation(token: $t) { event { id onlineLink } used } }',
    setup: async () => {
      const email = `invitee-${randomUUID().slice(0, 8)}@example.org`;
      gqlData(
        await plenary.gql(
          'mutation($i: InviteToEventInput!) { inviteToEvent(input: $i) { id } }',
          { i: { eventId: w.event.id, emails: [email] } },
          w.users.staff.token,
        ),
        'invite',
      );
      return { t: await latestEmailToken(plenary, email) };
    },
    expect: EVERYONE,
  },
  {
    operation: 'eventBalance',
    document:
      'query($f: EventBalanceFilter!) { eventBalance(filter: $f) { exact registrants { total { count withheld } } } }',
    setup: () => ({ f: { eventId: w.event.id } }),
    expect: EVERYONE,
    check: (res, { caller }) => {
      const b = field<{ exact: boolean; registrants: { total: { count: number | null } } }>(res, 'eventBalance');
      expect(b.exact).toBe(caller === 'staff');
      // One registrant: exact for staff, "fewer than 5" for everyone else.
      expect(b.registrants.total.count).toBe(caller === 'staff' ? 1 : null);
    },
  },
  { operation: 'trainingModules', document: '{ trainingModules { id title } }', setup: () => ({}), expect: EVERYONE },
  {
    operation: 'publication (published)',
    document: 'query($id: ID!) { publication(id: $id) { id status } }',
    setup: () => ({ id: w.publishedId }),
    expect: EVERYONE,
  },
  {
    operation: 'publication (draft)',
    document: 'query($id: ID!) { publication(id: $id) { id status } }',
    setup: () => ({ id: w.draftId }),
    expect: {
      anonymous: 'NOT_FOUND',
      participant: 'NOT_FOUND',
      otherMember: 'NOT_FOUND',
      moderator: 'NOT_FOUND',
      staff: 'ok',
    },
  },
  {
    operation: 'publications',
    document: '{ publications(first: 100) { edges { node { id status } } } }',
    setup: () => ({}),
    expect: EVERYONE,
    check: (res, { caller }) => {
      const ids = field<{ edges: { node: { id: string } }[] }>(res, 'publications').edges.map((e) => e.node.id);
      expect(ids).toContain(w.publishedId);
      expect(ids.includes(w.draftId)).toBe(caller === 'staff');
    },
  },
  {
    operation: 'myEvents',
    document: '{ myEvents { edges { node { id needs genderIdentity } } } }',
    setup: () => ({}),
    expect: LOGGED_IN,
    check: (res, { caller }) => {
      if (caller === 'anonymous') return;
      const n = field<{ edges: unknown[] }>(res, 'myEvents').edges.length;
      expect(n > 0).toBe(caller === 'participant');
    },
  },
  {
    operation: 'myCompletedTrainingModules',
    document: '{ myCompletedTrainingModules { eventId } }',
    setup: () => ({}),
    expect: LOGGED_IN,
  },
  {
    operation: 'certificate',
    document: 'query($id: ID!) { certificate(id: $id) { id status } }',
    setup: async () => {
      const { registrationId } = await heldEvent();
      const c = await plenary.gql<{ requestCertificate: { id: string } }>(
        'mutation($i: RequestCertificateInput!) { requestCertificate(input: $i) { id } }',
        { i: { registrationId, language: 'fr' } },
        w.users.participant.token,
      );
      return { id: gqlData(c, 'request').requestCertificate.id };
    },
    expect: OWNER_AND_STAFF,
  },
  {
    operation: 'createEvent',
    document: 'mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }',
    setup: () => ({ i: EVENT_INPUT() }),
    expect: STAFF_ONLY,
  },
  {
    operation: 'updateEvent',
    document: 'mutation($i: UpdateEventInput!) { updateEvent(input: $i) { id title } }',
    setup: async () => {
      const id = await staffEvent();
      return { i: { id, expectedVersion: await versionOf('programme_events', id), title: 'Renamed' } };
    },
    expect: STAFF_ONLY,
  },
  {
    operation: 'cancelEvent',
    document: 'mutation($i: CancelEventInput!) { cancelEvent(input: $i) { id status } }',
    setup: async () => ({ i: { id: await staffEvent(), reason: 'Postponed' } }),
    expect: STAFF_ONLY,
  },
  {
    operation: 'registerForEvent',
    document: 'mutation($i: RegisterForEventInput!) { registerForEvent(input: $i) { id status } }',
    setup: () => ({ i: { eventId: w.event.id, consent: true } }),
    // The participant is registered already; everyone else with an account may register.
    expect: { anonymous: 'UNAUTHENTICATED', participant: 'CONFLICT', otherMember: 'ok', moderator: 'ok', staff: 'ok' },
  },
  {
    operation: 'registerForEvent (for organisation A)',
    document: 'mutation($i: RegisterForEventInput!) { registerForEvent(input: $i) { id } }',
    setup: async () => ({ i: { eventId: await staffEvent(), organisationId: w.orgA, consent: true } }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      participant: 'ok',
      otherMember: 'FORBIDDEN',
      moderator: 'FORBIDDEN',
      staff: 'FORBIDDEN',
    },
  },
  {
    operation: 'cancelRegistration',
    document: 'mutation($id: ID!) { cancelRegistration(id: $id) { id status } }',
    setup: async () => {
      const eventId = await staffEvent();
      return {
        id: gqlData(await registerForEvent(plenary, w.users.participant.token, { eventId }), 'reg').registerForEvent.id,
      };
    },
    expect: OWNER_AND_STAFF,
  },
  {
    operation: 'inviteToEvent',
    document: 'mutation($i: InviteToEventInput!) { inviteToEvent(input: $i) { id } }',
    setup: () => ({ i: { eventId: w.event.id, emails: [`guest-${randomUUID().slice(0, 6)}@example.org`] } }),
    expect: STAFF_ONLY,
  },
  {
    operation: 'markAttendance',
    document: 'mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { id attended } }',
    setup: async () => {
      const { eventId, registrationId } = await heldEvent();
      return { i: { eventId, entries: [{ registrationId, attended: true }] } };
    },
    expect: STAFF_ONLY,
  },
  {
    operation: 'recordEventOutcome',
    document: 'mutation($i: RecordEventOutcomeInput!) { recordEventOutcome(input: $i) { eventId } }',
    setup: async () => ({
      i: {
        eventId: (await heldEvent()).eventId,
        keyMessages: 'Key messages.',
        tagIds: [w.genderTag, w.rightsTag],
        noGenderConsiderations: false,
        noHumanRightsConsiderations: false,
        provisionIds: [],
      },
    }),
    expect: STAFF_ONLY,
  },
  {
    operation: 'requestCertificate',
    document: 'mutation($i: RequestCertificateInput!) { requestCertificate(input: $i) { id status } }',
    setup: async () => ({ i: { registrationId: (await heldEvent()).registrationId, language: 'es' } }),
    expect: OWNER_AND_STAFF,
  },
  {
    operation: 'createTrainingModule',
    document: 'mutation($i: CreateTrainingModuleInput!) { createTrainingModule(input: $i) { id } }',
    setup: () => ({ i: { title: `Module ${randomUUID().slice(0, 6)}`, summary: 'What it teaches.' } }),
    expect: STAFF_ONLY,
  },
  {
    operation: 'updateTrainingModule',
    document: 'mutation($i: UpdateTrainingModuleInput!) { updateTrainingModule(input: $i) { id } }',
    setup: async () => {
      const [m] = await plenary.dataSource.query(
        `INSERT INTO training_modules (title, summary, position, version) VALUES ('M', 'S', 99, 1) RETURNING id`,
      );
      return { i: { id: m.id, expectedVersion: 1, title: 'Renamed module' } };
    },
    expect: STAFF_ONLY,
  },
  {
    operation: 'createPublication',
    document: 'mutation($i: CreatePublicationInput!) { createPublication(input: $i) { id } }',
    setup: () => ({ i: { kind: 'BRIEF', title: 'A brief', language: 'en' } }),
    expect: STAFF_ONLY,
  },
  {
    operation: 'updatePublication',
    document: 'mutation($i: UpdatePublicationInput!) { updatePublication(input: $i) { id } }',
    setup: async () => ({
      i: {
        id: w.draftId,
        expectedVersion: await versionOf('publications', w.draftId),
        abstract: `Abstract ${randomUUID()}`,
      },
    }),
    expect: STAFF_ONLY,
  },
  {
    operation: 'publishPublication',
    document: 'mutation($id: ID!) { publishPublication(id: $id) { id status } }',
    setup: async () => {
      const [p] = await plenary.dataSource.query(
        `INSERT INTO publications (kind, title, language, url, version) VALUES ('BRIEF', 'Linked brief', 'en', 'https://example.org/brief', 1) RETURNING id`,
      );
      return { id: p.id };
    },
    expect: STAFF_ONLY,
  },
];

describe('programme authorisation table', () => {
  beforeAll(async () => {
    plenary = await TestPlenary.start();
    await seedDigestReference(plenary);
    const [participant, otherMember, moderator, staff] = [
      await createUser(plenary, { name: 'Participant' }),
      await createUser(plenary, { name: 'Other member' }),
      await createModerator(plenary),
      await createStaff(plenary),
    ];
    expect(moderator.user.roles).toEqual([PlatformRole.MODERATOR]);
    const orgA = await createOrganisation(plenary, participant, { name: 'Alpha' });
    await createOrganisation(plenary, otherMember, { name: 'Beta', country: 'BR' });
    const tags: { id: string; category: string }[] = await plenary.dataSource.query('SELECT id, category FROM tags');
    w = {
      users: { participant, otherMember, moderator, staff },
      orgA: orgA.id,
      genderTag: tags.find((t) => t.category === 'GENDER')!.id,
      rightsTag: tags.find((t) => t.category === 'HUMAN_RIGHTS')!.id,
      event: { id: '', link: `https://meet.example.org/${randomUUID()}` },
      publishedId: '',
      draftId: '',
      sessionId: '',
    };
    w.event.id = (await createProgrammeEvent(plenary, staff.token, { onlineUrl: w.event.link, capacity: 50 })).id;
    gqlData(
      await registerForEvent(plenary, participant.token, {
        eventId: w.event.id,
        organisationId: orgA.id,
        needs: 'Sign language',
      }),
      'participant',
    );
    const mk = async (title: string) =>
      gqlData(
        await plenary.gql<{ createPublication: { id: string } }>(
          'mutation($i: CreatePublicationInput!) { createPublication(input: $i) { id } }',
          { i: { kind: 'REPORT', title, language: 'en', url: 'https://example.org/report' } },
          staff.token,
        ),
        'pub',
      ).createPublication.id;
    w.publishedId = await mk('Published report');
    w.draftId = await mk('Draft report');
    gqlData(
      await plenary.gql(
        'mutation($id: ID!) { publishPublication(id: $id) { id } }',
        { id: w.publishedId },
        staff.token,
      ),
      'publish',
    );
  });
  afterAll(() => plenary?.close());

  it('covers every programme operation of the contract', () => {
    const operations = new Set(TABLE.map((row) => row.operation.split(' ')[0]));
    expect([...operations].sort()).toEqual(
      [
        'createEvent',
        'updateEvent',
        'cancelEvent',
        'event',
        'events',
        'eventInvitation',
        'registerForEvent',
        'cancelRegistration',
        'inviteToEvent',
        'markAttendance',
        'recordEventOutcome',
        'eventBalance',
        'trainingModules',
        'createTrainingModule',
        'updateTrainingModule',
        'myEvents',
        'myCompletedTrainingModules',
        'requestCertificate',
        'certificate',
        'createPublication',
        'updatePublication',
        'publishPublication',
        'publication',
        'publications',
      ].sort(),
    );
  });

  describe.each(TABLE.map((row) => [row.operation, row] as const))('%s', (_operation, row) => {
    it.each(CALLERS.map((caller) => [caller, row.expect[caller]] as const))('%s → %s', async (caller, outcome) => {
      const me = caller === 'anonymous' ? null : w.users[caller];
      const variables = await row.setup({ caller, me });
      const res = await plenary.gql<Data>(row.document, variables, me?.token);
      const root = row.operation.split(' ')[0];
      if (outcome === 'ok') {
        expect(res.errors).toBeUndefined();
        expect(res.data?.[root]).toBeDefined();
        expect(res.data?.[root]).not.toBeNull();
      } else {
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
        expect(res.data?.[root] ?? null).toBeNull();
      }
      await row.check?.(res, { caller, me, outcome });
    });
  });
});
