import { randomUUID } from 'node:crypto';
import {
  AuthService,
  MembershipService,
  MemberRole,
  OrganisationService,
  OrganisationStatus,
  OrganisationType,
} from '@app/identity';
import { NotificationService } from '@app/notifications';
import { PlatformRole } from '@app/platform';
import {
  addMember,
  createModerator,
  createOrganisation,
  createStaff,
  createUser,
  GraphqlResult,
  insertPerson,
  latestEmailToken,
  TEST_PASSWORD,
  TestPlenary,
  TestUser,
} from '@app/testing';

/**
 * The authorisation table of issue 2: every operation × every kind of caller, with the outcome
 * each one must get. One row per operation (or per operation and kind of target); one test per
 * (row, caller). Rows that change state build what they need in `setup`, fresh for each caller.
 */

const CALLERS = ['anonymous', 'memberA', 'memberB', 'adminA', 'moderator', 'staff'] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';
type Data = Record<string, unknown>;

interface RowContext {
  caller: Caller;
  /** The caller's account, or null for the anonymous caller. */
  me: TestUser | null;
}

interface Setup {
  variables: Record<string, unknown>;
  /** Ids the check needs (the fresh organisation, the person acted upon...). */
  state?: Record<string, string>;
}

interface Row {
  /** The GraphQL root field, then what the row targets. */
  operation: string;
  document: string;
  setup: (ctx: RowContext) => Promise<Setup> | Setup;
  expect: Record<Caller, Outcome>;
  /** What a user would notice besides the answer's code; runs for every outcome. */
  check?: (
    res: GraphqlResult<Data>,
    ctx: RowContext & { outcome: Outcome; state: Record<string, string> },
  ) => Promise<void> | void;
}

// Common shapes of the expected outcomes.
const EVERYONE: Record<Caller, Outcome> = {
  anonymous: 'ok',
  memberA: 'ok',
  memberB: 'ok',
  adminA: 'ok',
  moderator: 'ok',
  staff: 'ok',
};
const LOGGED_IN: Record<Caller, Outcome> = { ...EVERYONE, anonymous: 'UNAUTHENTICATED' };
const STAFF_ONLY: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  memberA: 'FORBIDDEN',
  memberB: 'FORBIDDEN',
  adminA: 'FORBIDDEN',
  moderator: 'FORBIDDEN',
  staff: 'ok',
};
const NOT_FOUND_WHEN_LOGGED_IN: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  memberA: 'NOT_FOUND',
  memberB: 'NOT_FOUND',
  adminA: 'NOT_FOUND',
  moderator: 'NOT_FOUND',
  staff: 'NOT_FOUND',
};

const NEW_PASSWORD = 'a-fresh-and-long-passphrase-42';

let plenary: TestPlenary;
/** The world every row shares: people, org A (PENDING), org B (PENDING), org V (VERIFIED). */
let w: {
  tag: string;
  users: Record<Exclude<Caller, 'anonymous'>, TestUser>;
  adminB: TestUser;
  /** An account the login/refresh/logout rows log into. */
  account: TestUser;
  orgA: { id: string; name: string };
  orgB: { id: string; name: string };
  orgV: { id: string; name: string };
};

const uniqueEmail = (what: string): string => `${what}-${randomUUID().slice(0, 8)}@example.org`;

function field<T>(res: GraphqlResult<Data>, name: string): T {
  return res.data?.[name] as T;
}

async function loginAccount(): Promise<string> {
  const res = await plenary.gql<{ login: { refreshToken: string } }>(
    'mutation($i: LoginInput!) { login(input: $i) { refreshToken } }',
    {
      i: { email: w.account.email, password: TEST_PASSWORD },
    },
  );
  if (!res.data) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
  return res.data.login.refreshToken;
}

async function freshOrganisation(creator: TestUser, options: { verified?: boolean } = {}): Promise<string> {
  const orgs = plenary.get(OrganisationService);
  const org = await orgs.create(creator.actor, {
    name: `Fresh ${randomUUID().slice(0, 8)}`,
    country: 'KE',
    type: OrganisationType.NGO,
  });
  if (options.verified)
    await orgs.review(
      { userId: randomUUID(), sessionId: 'test', roles: [PlatformRole.STAFF] },
      { organisationId: org.id, decision: 'VERIFY' },
    );
  return org.id;
}

async function scalar(sql: string, params: unknown[]): Promise<string | null> {
  const rows: { v: string | null }[] = await plenary.dataSource.query(sql, params);
  return rows[0]?.v ?? null;
}

async function isMember(organisationId: string, userId: string): Promise<boolean> {
  return (
    (await scalar('SELECT role::text AS v FROM memberships WHERE organisation_id = $1 AND user_id = $2', [
      organisationId,
      userId,
    ])) !== null
  );
}

async function notifyMemberA(): Promise<{ id: string; title: string }> {
  const title = `Probe ${randomUUID()}`;
  await plenary
    .get(NotificationService)
    .notify(plenary.dataSource.manager, [w.users.memberA.user.id], { kind: 'PROBE', title });
  const id = await scalar('SELECT id::text AS v FROM notifications WHERE title = $1', [title]);
  if (!id) throw new Error('notification not written');
  return { id, title };
}

interface MemberView {
  userId: string;
  role: MemberRole;
  user: { id: string; email: string | null };
}
interface OrganisationView {
  id: string;
  name: string;
  myRole: MemberRole | null;
  members: MemberView[] | null;
}

/** Members are shown to members and staff only; emails to staff and to the person themself only. */
function expectMembersVisibility(org: OrganisationView, ctx: RowContext, membersVisible: boolean): void {
  if (!membersVisible) {
    expect(org.members).toBeNull();
    return;
  }
  expect(org.members).not.toBeNull();
  for (const m of org.members ?? []) {
    if (ctx.caller === 'staff') expect(m.user.email).toEqual(expect.stringContaining('@'));
    else if (m.userId === ctx.me?.user.id) expect(m.user.email).toBe(ctx.me.email);
    else expect(m.user.email).toBeNull();
  }
}

const ORGANISATION_DOCUMENT = `query($id: ID!) { organisation(id: $id) { id name myRole members { userId role user { id email } } } }`;

const TABLE: Row[] = [
  {
    operation: 'register',
    document: 'mutation($input: RegisterInput!) { register(input: $input) { message } }',
    setup: () => {
      const email = uniqueEmail('registered');
      return { variables: { input: { email, password: TEST_PASSWORD, displayName: 'New Person' } }, state: { email } };
    },
    expect: EVERYONE,
    check: async (res, { outcome, state }) => {
      if (outcome === 'ok') expect(field<{ message: string }>(res, 'register').message).toMatch(/inbox/);
      // An unverified account, waiting for its link.
      expect(
        await scalar('SELECT (email_verified_at IS NULL)::text AS v FROM users WHERE email_normalized = $1', [
          state.email,
        ]),
      ).toBe('true');
    },
  },
  {
    operation: 'login',
    document: 'mutation($input: LoginInput!) { login(input: $input) { accessToken user { id } } }',
    setup: () => ({ variables: { input: { email: w.account.email, password: TEST_PASSWORD } } }),
    expect: EVERYONE,
    check: (res) => expect(field<{ user: { id: string } }>(res, 'login').user.id).toBe(w.account.user.id),
  },
  {
    operation: 'refreshSession',
    document: 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }',
    setup: async () => ({ variables: { t: await loginAccount() } }),
    expect: EVERYONE,
    check: async (res) => {
      const me = await plenary.gql<{ me: { id: string } }>(
        '{ me { id } }',
        {},
        field<{ accessToken: string }>(res, 'refreshSession').accessToken,
      );
      expect(me.data?.me.id).toBe(w.account.user.id);
    },
  },
  {
    operation: 'logout',
    document: 'mutation($t: String!) { logout(refreshToken: $t) }',
    setup: async () => {
      const t = await loginAccount();
      return { variables: { t }, state: { t } };
    },
    expect: EVERYONE,
    check: async (res, { state }) => {
      expect(field(res, 'logout')).toBe(true);
      const again = await plenary.gql('mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', {
        t: state.t,
      });
      expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    },
  },
  {
    operation: 'requestPasswordReset',
    document: 'mutation($email: String!) { requestPasswordReset(email: $email) }',
    setup: async () => {
      const person = await insertPerson(plenary);
      return { variables: { email: person.email }, state: { email: person.email } };
    },
    expect: EVERYONE,
    check: async (res, { state }) => {
      expect(field(res, 'requestPasswordReset')).toBe(true);
      expect(await scalar('SELECT count(*)::text AS v FROM email_messages WHERE to_address = $1', [state.email])).toBe(
        '1',
      );
    },
  },
  {
    operation: 'resetPassword',
    document: 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }',
    setup: async () => {
      const person = await insertPerson(plenary);
      await plenary.get(AuthService).requestPasswordReset(person.email, 'fixture');
      return {
        variables: { input: { token: await latestEmailToken(plenary, person.email), newPassword: NEW_PASSWORD } },
        state: { userId: person.id },
      };
    },
    expect: EVERYONE,
    check: async (_res, { state }) => {
      expect(await scalar('SELECT password_hash AS v FROM users WHERE id = $1', [state.userId])).toMatch(
        /^\$argon2id\$/,
      );
    },
  },
  {
    operation: 'me',
    document: '{ me { id email } }',
    setup: () => ({ variables: {} }),
    expect: LOGGED_IN,
    check: (res, { me, outcome }) => {
      if (outcome === 'ok') expect(field(res, 'me')).toEqual({ id: me?.user.id, email: me?.email });
    },
  },
  {
    operation: 'createOrganisation',
    document: 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id status myRole } }',
    setup: () => ({
      variables: { input: { name: `Created ${randomUUID().slice(0, 8)}`, country: 'KE', type: 'NGO' } },
    }),
    expect: LOGGED_IN,
    check: (res, { outcome }) => {
      if (outcome === 'ok')
        expect(field(res, 'createOrganisation')).toEqual({
          id: expect.any(String),
          status: 'PENDING',
          myRole: 'ADMIN',
        });
    },
  },
  {
    operation: 'reviewOrganisation (a PENDING organisation)',
    document: 'mutation($input: ReviewOrganisationInput!) { reviewOrganisation(input: $input) { id status } }',
    setup: async () => {
      const orgId = await freshOrganisation(w.users.adminA);
      return { variables: { input: { organisationId: orgId, decision: 'VERIFY' } }, state: { orgId } };
    },
    expect: STAFF_ONLY,
    check: async (_res, { outcome, state }) => {
      const status = await scalar('SELECT status::text AS v FROM organisations WHERE id = $1', [state.orgId]);
      expect(status).toBe(outcome === 'ok' ? OrganisationStatus.VERIFIED : OrganisationStatus.PENDING);
    },
  },
  {
    operation: 'reviewOrganisation (an unknown id)',
    document: 'mutation($input: ReviewOrganisationInput!) { reviewOrganisation(input: $input) { id } }',
    setup: () => ({ variables: { input: { organisationId: randomUUID(), decision: 'VERIFY' } } }),
    expect: { ...STAFF_ONLY, staff: 'NOT_FOUND' },
  },
  {
    operation: 'inviteMember (PENDING org A)',
    document: 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id role } }',
    setup: () => {
      const email = uniqueEmail('invited');
      return { variables: { input: { organisationId: w.orgA.id, email, role: 'MEMBER' } }, state: { email } };
    },
    // Only VERIFIED organisations invite (issue 10, finding 4): not even staff for a PENDING one.
    expect: {
      anonymous: 'UNAUTHENTICATED',
      memberA: 'FORBIDDEN',
      memberB: 'NOT_FOUND',
      adminA: 'FORBIDDEN',
      moderator: 'FORBIDDEN',
      staff: 'FORBIDDEN',
    },
    check: async (_res, { outcome, state }) => {
      const invitations = await scalar('SELECT count(*)::text AS v FROM invitations WHERE email_normalized = $1', [
        state.email,
      ]);
      expect(invitations).toBe(outcome === 'ok' ? '1' : '0');
    },
  },
  {
    operation: 'inviteMember (VERIFIED org V, not theirs)',
    document: 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
    setup: () => ({
      variables: { input: { organisationId: w.orgV.id, email: uniqueEmail('invited'), role: 'MEMBER' } },
    }),
    expect: STAFF_ONLY,
  },
  {
    operation: 'inviteMember (an unknown organisation)',
    document: 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }',
    setup: () => ({
      variables: { input: { organisationId: randomUUID(), email: uniqueEmail('invited'), role: 'MEMBER' } },
    }),
    expect: NOT_FOUND_WHEN_LOGGED_IN,
  },
  {
    operation: 'acceptInvitation (an invitation to the caller)',
    document: 'mutation($token: String!) { acceptInvitation(token: $token) { organisationId userId role } }',
    setup: async ({ me }) => {
      const orgId = await freshOrganisation(w.adminB, { verified: true });
      const email = me?.email ?? uniqueEmail('invited');
      await plenary
        .get(MembershipService)
        .invite(w.adminB.actor, { organisationId: orgId, email, role: MemberRole.MEMBER });
      return { variables: { token: await latestEmailToken(plenary, email) }, state: { orgId } };
    },
    expect: LOGGED_IN,
    check: async (res, { me, outcome, state }) => {
      if (!me) return;
      expect(await isMember(state.orgId, me.user.id)).toBe(outcome === 'ok');
      if (outcome === 'ok')
        expect(field(res, 'acceptInvitation')).toEqual({
          organisationId: state.orgId,
          userId: me.user.id,
          role: 'MEMBER',
        });
    },
  },
  {
    operation: 'acceptInvitation (an invitation to someone else)',
    document: 'mutation($token: String!) { acceptInvitation(token: $token) { organisationId } }',
    setup: async () => {
      const email = uniqueEmail('someone-else');
      await plenary
        .get(MembershipService)
        .invite(w.adminB.actor, { organisationId: w.orgV.id, email, role: MemberRole.ADMIN });
      return { variables: { token: await latestEmailToken(plenary, email) }, state: { email } };
    },
    expect: NOT_FOUND_WHEN_LOGGED_IN,
    check: async (_res, { state }) => {
      expect(
        await scalar('SELECT accepted_at::text AS v FROM invitations WHERE email_normalized = $1', [state.email]),
      ).toBeNull();
    },
  },
  {
    operation: 'removeMember (a MEMBER of PENDING org A)',
    document: 'mutation($input: RemoveMemberInput!) { removeMember(input: $input) }',
    setup: async () => {
      const victim = await insertPerson(plenary);
      await addMember(plenary, w.orgA.id, victim.id);
      return { variables: { input: { organisationId: w.orgA.id, userId: victim.id } }, state: { victimId: victim.id } };
    },
    expect: {
      anonymous: 'UNAUTHENTICATED',
      memberA: 'FORBIDDEN',
      memberB: 'NOT_FOUND',
      adminA: 'ok',
      moderator: 'FORBIDDEN',
      staff: 'ok',
    },
    check: async (_res, { outcome, state }) => {
      expect(await isMember(w.orgA.id, state.victimId)).toBe(outcome !== 'ok');
    },
  },
  {
    operation: 'removeMember (someone who is not a member of org A)',
    document: 'mutation($input: RemoveMemberInput!) { removeMember(input: $input) }',
    setup: () => ({ variables: { input: { organisationId: w.orgA.id, userId: randomUUID() } } }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      memberA: 'FORBIDDEN',
      memberB: 'NOT_FOUND',
      adminA: 'NOT_FOUND',
      moderator: 'FORBIDDEN',
      staff: 'NOT_FOUND',
    },
  },
  {
    operation: 'removeMember (an unknown organisation)',
    document: 'mutation($input: RemoveMemberInput!) { removeMember(input: $input) }',
    setup: () => ({ variables: { input: { organisationId: randomUUID(), userId: w.users.memberA.user.id } } }),
    expect: NOT_FOUND_WHEN_LOGGED_IN,
  },
  {
    operation: 'organisation (PENDING org A)',
    document: ORGANISATION_DOCUMENT,
    setup: () => ({ variables: { id: w.orgA.id } }),
    expect: {
      anonymous: 'UNAUTHENTICATED',
      memberA: 'ok',
      memberB: 'NOT_FOUND',
      adminA: 'ok',
      moderator: 'ok',
      staff: 'ok',
    },
    check: (res, ctx) => {
      if (ctx.outcome !== 'ok') return;
      const org = field<OrganisationView>(res, 'organisation');
      expect(org.id).toBe(w.orgA.id);
      const roles: Partial<Record<Caller, MemberRole>> = { memberA: MemberRole.MEMBER, adminA: MemberRole.ADMIN };
      expect(org.myRole).toBe(roles[ctx.caller] ?? null);
      expectMembersVisibility(org, ctx, ctx.caller !== 'moderator');
      if (ctx.caller !== 'moderator') {
        expect(org.members?.map((m) => m.userId)).toEqual(
          expect.arrayContaining([w.users.adminA.user.id, w.users.memberA.user.id]),
        );
      }
    },
  },
  {
    operation: 'organisation (VERIFIED org V)',
    document: ORGANISATION_DOCUMENT,
    setup: () => ({ variables: { id: w.orgV.id } }),
    expect: LOGGED_IN,
    check: (res, ctx) => {
      if (ctx.outcome !== 'ok') return;
      const org = field<OrganisationView>(res, 'organisation');
      expect(org).toMatchObject({ id: w.orgV.id, myRole: null });
      expectMembersVisibility(org, ctx, ctx.caller === 'staff');
      if (ctx.caller === 'staff') expect(org.members?.map((m) => m.user.email)).toEqual([w.adminB.email]);
    },
  },
  {
    operation: 'organisation (an unknown id)',
    document: ORGANISATION_DOCUMENT,
    setup: () => ({ variables: { id: randomUUID() } }),
    expect: NOT_FOUND_WHEN_LOGGED_IN,
  },
  {
    operation: 'organisation (an id that is not a uuid)',
    document: ORGANISATION_DOCUMENT,
    setup: () => ({ variables: { id: 'org-a' } }),
    expect: NOT_FOUND_WHEN_LOGGED_IN,
  },
  {
    operation: 'organisations (searching for orgs A, B and V)',
    document: `query($filter: OrganisationFilter) {
      organisations(filter: $filter, first: 20) { edges { node { id name myRole members { userId user { email } } } } pageInfo { hasNextPage } }
    }`,
    setup: () => ({ variables: { filter: { search: w.tag } } }),
    expect: LOGGED_IN,
    check: (res, ctx) => {
      if (ctx.outcome !== 'ok') return;
      const nodes = field<{ edges: { node: OrganisationView }[] }>(res, 'organisations').edges.map((e) => e.node);
      const visible: Record<Exclude<Caller, 'anonymous'>, string[]> = {
        memberA: [w.orgA.id, w.orgV.id],
        memberB: [w.orgB.id, w.orgV.id],
        adminA: [w.orgA.id, w.orgV.id],
        moderator: [w.orgA.id, w.orgB.id, w.orgV.id],
        staff: [w.orgA.id, w.orgB.id, w.orgV.id],
      };
      expect(nodes.map((n) => n.id).sort()).toEqual(visible[ctx.caller as Exclude<Caller, 'anonymous'>].sort());
      for (const node of nodes) {
        const mine = node.myRole !== null;
        expect(mine).toBe(
          (ctx.caller === 'memberA' || ctx.caller === 'adminA'
            ? [w.orgA.id]
            : ctx.caller === 'memberB'
              ? [w.orgB.id]
              : []
          ).includes(node.id),
        );
        expectMembersVisibility(node, ctx, mine || ctx.caller === 'staff');
      }
    },
  },
  {
    operation: 'grantRole (MODERATOR to a person)',
    document: 'mutation($input: GrantRoleInput!) { grantRole(input: $input) { id roles } }',
    setup: async () => {
      const person = await insertPerson(plenary);
      return { variables: { input: { userId: person.id, role: 'MODERATOR' } }, state: { userId: person.id } };
    },
    expect: STAFF_ONLY,
    check: async (res, { outcome, state }) => {
      const roles = await scalar('SELECT roles::text AS v FROM users WHERE id = $1', [state.userId]);
      expect(roles).toBe(outcome === 'ok' ? '{MODERATOR}' : '{}');
      if (outcome === 'ok') expect(field(res, 'grantRole')).toEqual({ id: state.userId, roles: ['MODERATOR'] });
    },
  },
  {
    operation: 'grantRole (an unknown user)',
    document: 'mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }',
    setup: () => ({ variables: { input: { userId: randomUUID(), role: 'MODERATOR' } } }),
    expect: { ...STAFF_ONLY, staff: 'NOT_FOUND' },
  },
  {
    operation: 'revokeRole (MODERATOR from a moderator)',
    document: 'mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { id roles } }',
    setup: async () => {
      const person = await insertPerson(plenary, { roles: [PlatformRole.MODERATOR] });
      return { variables: { input: { userId: person.id, role: 'MODERATOR' } }, state: { userId: person.id } };
    },
    expect: STAFF_ONLY,
    check: async (_res, { outcome, state }) => {
      expect(await scalar('SELECT roles::text AS v FROM users WHERE id = $1', [state.userId])).toBe(
        outcome === 'ok' ? '{}' : '{MODERATOR}',
      );
    },
  },
  {
    operation: 'auditEvents',
    document: '{ auditEvents(first: 5) { edges { node { id action actorId } } } }',
    setup: () => ({ variables: {} }),
    expect: STAFF_ONLY,
    check: (res, { outcome }) => {
      if (outcome === 'ok') expect(field<{ edges: unknown[] }>(res, 'auditEvents').edges.length).toBeGreaterThan(0);
    },
  },
  {
    operation: 'myNotifications',
    document: '{ myNotifications(first: 100) { edges { node { id title } } } }',
    setup: async () => {
      const { title } = await notifyMemberA();
      return { variables: {}, state: { title } };
    },
    expect: LOGGED_IN,
    check: (res, { caller, outcome, state }) => {
      if (outcome !== 'ok') return;
      const titles = field<{ edges: { node: { title: string } }[] }>(res, 'myNotifications').edges.map(
        (e) => e.node.title,
      );
      expect(titles.includes(state.title)).toBe(caller === 'memberA');
    },
  },
  {
    operation: "markNotificationsRead (one of member A's notifications)",
    document: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
    setup: async () => {
      const { id } = await notifyMemberA();
      return { variables: { ids: [id] }, state: { id } };
    },
    expect: LOGGED_IN,
    check: async (res, { caller, outcome, state }) => {
      const readAt = await scalar('SELECT read_at::text AS v FROM notifications WHERE id = $1', [state.id]);
      expect(readAt !== null).toBe(caller === 'memberA');
      if (outcome === 'ok') expect(field(res, 'markNotificationsRead')).toBe(caller === 'memberA' ? 1 : 0);
    },
  },
];

describe('authorisation table: every operation of issue 2 × every kind of caller', () => {
  beforeAll(async () => {
    plenary = await TestPlenary.start({ api: { LOGIN_FAILURES_BEFORE_DELAY: 1_000 } });
    const tag = `authz${randomUUID().slice(0, 6)}`;
    const [staff, moderator, adminA, memberA, memberB, adminB, account] = await Promise.all([
      createStaff(plenary),
      createModerator(plenary),
      createUser(plenary, { name: 'Admin of A' }),
      createUser(plenary, { name: 'Member of A' }),
      createUser(plenary, { name: 'Member of B' }),
      createUser(plenary, { name: 'Admin of B' }),
      createUser(plenary, { name: 'Account' }),
    ]);
    const orgA = await createOrganisation(plenary, adminA, { verified: false, name: `Alpha ${tag}` });
    const orgB = await createOrganisation(plenary, adminB, { verified: false, name: `Beta ${tag}` });
    const orgV = await createOrganisation(plenary, adminB, { verified: true, name: `Verified ${tag}` });
    await addMember(plenary, orgA.id, memberA.user.id);
    await addMember(plenary, orgB.id, memberB.user.id);
    w = { tag, users: { memberA, memberB, adminA, moderator, staff }, adminB, account, orgA, orgB, orgV };
  });

  afterAll(async () => {
    await plenary?.close();
  });

  it('covers every operation of issue 2', () => {
    const operations = new Set(TABLE.map((row) => row.operation.split(' ')[0]));
    expect([...operations].sort()).toEqual(
      [
        'register',
        'login',
        'refreshSession',
        'logout',
        'requestPasswordReset',
        'resetPassword',
        'me',
        'createOrganisation',
        'reviewOrganisation',
        'inviteMember',
        'acceptInvitation',
        'removeMember',
        'organisation',
        'organisations',
        'grantRole',
        'revokeRole',
        'auditEvents',
        'myNotifications',
        'markNotificationsRead',
      ].sort(),
    );
  });

  describe.each(TABLE.map((row) => [row.operation, row] as const))('%s', (_operation, row) => {
    it.each(CALLERS.map((caller) => [caller, row.expect[caller]] as const))('%s → %s', async (caller, outcome) => {
      const me = caller === 'anonymous' ? null : w.users[caller];
      const ctx: RowContext = { caller, me };
      const { variables, state = {} } = await row.setup(ctx);
      const res = await plenary.gql<Data>(row.document, variables, me?.token);
      const rootField = row.operation.split(' ')[0];
      if (outcome === 'ok') {
        expect(res.errors).toBeUndefined();
        expect(res.data?.[rootField]).not.toBeNull();
        expect(res.data?.[rootField]).toBeDefined();
      } else {
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual([outcome]);
        expect(res.data?.[rootField] ?? null).toBeNull();
      }
      await row.check?.(res, { ...ctx, outcome, state });
    });
  });
});
