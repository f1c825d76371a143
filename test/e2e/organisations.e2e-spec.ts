import { randomUUID } from 'node:crypto';
import { MemberRole, OrganisationService, OrganisationType } from '@app/identity';
import { encodeCursor, PlatformRole } from '@app/platform';
import {
  addMember,
  createStaff,
  createUser,
  GraphqlResult,
  registerAndVerify,
  rowCounts,
  TEST_PASSWORD,
  TestPlenary,
  TestUser,
  waitForEmail,
} from '@app/testing';

/**
 * Organisations, invitations, memberships and platform roles as a client sees them (the api and
 * the worker over HTTP), with the audit event each write leaves, and bad input that writes nothing.
 */

type Data = Record<string, unknown>;
type ReviewDecision = 'VERIFY' | 'REJECT' | 'SUSPEND';
type Status = 'PENDING' | 'VERIFIED' | 'REJECTED' | 'SUSPENDED';

interface AuditEventView {
  id: string;
  occurredAt: string;
  action: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

interface OrganisationView {
  id: string;
  name: string;
  country: string;
  region: string;
  status: Status;
  reviewNote: string | null;
  myRole: MemberRole | null;
  members: { userId: string; role: MemberRole }[] | null;
}

interface AuditPage {
  edges: { node: AuditEventView }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface Page {
  edges: { cursor: string; node: { id: string; name: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const WRITE_TABLES = [
  'organisations',
  'memberships',
  'invitations',
  'audit_events',
  'outbox_jobs',
  'email_messages',
  'notifications',
] as const;

const CREATE =
  'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name country region status myRole } }';
const REVIEW =
  'mutation($input: ReviewOrganisationInput!) { reviewOrganisation(input: $input) { id status reviewNote } }';
const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id organisationId email role } }';
const ACCEPT = 'mutation($token: String!) { acceptInvitation(token: $token) { organisationId userId role } }';
const REMOVE = 'mutation($input: RemoveMemberInput!) { removeMember(input: $input) }';
const ORGANISATION =
  'query($id: ID!) { organisation(id: $id) { id name country region status reviewNote myRole members { userId role } } }';
const LIST = `query($filter: OrganisationFilter, $first: Int, $after: String) {
  organisations(filter: $filter, first: $first, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
}`;
const GRANT = 'mutation($input: GrantRoleInput!) { grantRole(input: $input) { id roles } }';
const REVOKE = 'mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { id roles } }';
const AUDIT = `query($filter: AuditEventFilter, $after: String) {
  auditEvents(filter: $filter, first: 100, after: $after) { edges { node { id occurredAt action actorId entityType entityId before after } } pageInfo { hasNextPage endCursor } }
}`;
const NOTIFICATIONS = '{ myNotifications(first: 100) { edges { node { kind title body entityType entityId } } } }';

let plenary: TestPlenary;
let mailDir: string;
let staff: TestUser;
let admin: TestUser;
/** Every email and secret the suite handles: none may appear in an audit event. */
const secrets: string[] = [TEST_PASSWORD];

function codeOf(res: GraphqlResult<Data>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

function fieldsOf(res: GraphqlResult<Data>): string[] {
  return (res.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);
}

/** Runs an operation that must succeed and returns its root field. */
async function ok<T>(document: string, variables: Record<string, unknown>, user: TestUser, root: string): Promise<T> {
  const res = await plenary.gql<Data>(document, variables, user.token);
  if (res.errors) throw new Error(`${root} failed: ${JSON.stringify(res.errors)}`);
  return res.data?.[root] as T;
}

async function person(name: string): Promise<TestUser> {
  const user = await createUser(plenary, { name });
  secrets.push(user.email, user.token, user.refreshToken);
  return user;
}

/** Every audit event about one entity, as staff read them (newest first). */
async function auditOf(entityType: string, entityId: string): Promise<AuditEventView[]> {
  const page = await ok<{ edges: { node: AuditEventView }[] }>(
    AUDIT,
    { filter: { entityType, entityId } },
    staff,
    'auditEvents',
  );
  return page.edges.map((e) => e.node);
}

async function expectAudited(
  entityType: string,
  entityId: string,
  action: string,
  actorId: string,
): Promise<AuditEventView> {
  const event = (await auditOf(entityType, entityId)).find((e) => e.action === action);
  expect(event).toMatchObject({ action, actorId, entityType, entityId });
  return event as AuditEventView;
}

async function statusOf(id: string): Promise<{ status: Status; reviewNote: string | null }> {
  const rows: { status: Status; review_note: string | null }[] = await plenary.dataSource.query(
    'SELECT status, review_note FROM organisations WHERE id = $1',
    [id],
  );
  return { status: rows[0].status, reviewNote: rows[0].review_note };
}

/** An organisation created by `creator` and brought to `status` through the review service. */
async function organisationIn(
  status: Status,
  creator: TestUser = admin,
  name = `Org ${randomUUID().slice(0, 8)}`,
  country = 'KE',
): Promise<string> {
  const orgs = plenary.get(OrganisationService);
  const org = await orgs.create(creator.actor, { name, country, type: OrganisationType.NGO });
  const path: Record<Status, ReviewDecision[]> = {
    PENDING: [],
    VERIFIED: ['VERIFY'],
    REJECTED: ['REJECT'],
    SUSPENDED: ['VERIFY', 'SUSPEND'],
  };
  for (const decision of path[status])
    await orgs.review(staff.actor, { organisationId: org.id, decision, note: 'set up by the test' });
  return org.id;
}

async function adminsOf(orgId: string): Promise<string[]> {
  const rows: { user_id: string }[] = await plenary.dataSource.query(
    `SELECT user_id FROM memberships WHERE organisation_id = $1 AND role = 'ADMIN'`,
    [orgId],
  );
  return rows.map((r) => r.user_id);
}

describe('organisations, invitations and platform roles (api and worker over HTTP)', () => {
  beforeAll(async () => {
    plenary = await TestPlenary.start();
    mailDir = await plenary.startWorker();
    staff = await createStaff(plenary);
    secrets.push(staff.email, staff.token, staff.refreshToken);
    admin = await person('Admin');
  });

  afterAll(async () => {
    await plenary?.close();
  });

  describe('createOrganisation', () => {
    it.each([
      ['KE', 'AG'],
      ['FR', 'WEOG'],
      ['BR', 'GRULAC'],
      ['br', 'GRULAC'],
    ])(
      'derives the region from the country %s → %s, makes the creator its ADMIN and audits it',
      async (country, region) => {
        const org = await ok<OrganisationView>(
          CREATE,
          { input: { name: `From ${country}`, country, type: 'NGO' } },
          admin,
          'createOrganisation',
        );
        expect(org).toMatchObject({ country: country.toUpperCase(), region, status: 'PENDING', myRole: 'ADMIN' });
        expect(await adminsOf(org.id)).toEqual([admin.user.id]);
        const event = await expectAudited('Organisation', org.id, 'organisation.created', admin.user.id);
        expect(event.after).toMatchObject({ country: country.toUpperCase(), region, status: 'PENDING' });
      },
    );

    it('ignores a chosen region where the country has a UN regional group', async () => {
      const org = await ok<OrganisationView>(
        CREATE,
        { input: { name: 'Kenyan', country: 'KE', type: 'NGO', region: 'WEOG' } },
        admin,
        'createOrganisation',
      );
      expect(org.region).toBe('AG');
    });

    it.each([
      ['XK', 'EEG'],
      ['TW', 'APG'],
    ])(
      'asks the caller to choose the region for %s, which is in no group, and uses the choice (%s)',
      async (country, region) => {
        const before = await rowCounts(plenary, WRITE_TABLES);
        const missing = await plenary.gql(
          CREATE,
          { input: { name: `From ${country}`, country, type: 'NGO' } },
          admin.token,
        );
        expect(codeOf(missing)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(missing)).toEqual(['region']);
        expect(await rowCounts(plenary, WRITE_TABLES)).toEqual(before);

        const org = await ok<OrganisationView>(
          CREATE,
          { input: { name: `From ${country}`, country, type: 'NGO', region } },
          admin,
          'createOrganisation',
        );
        expect(org).toMatchObject({ country, region, status: 'PENDING' });
        await expectAudited('Organisation', org.id, 'organisation.created', admin.user.id);
      },
    );

    it('refuses a country code that does not exist (QQ), naming the field', async () => {
      const res = await plenary.gql(
        CREATE,
        { input: { name: 'Nowhere', country: 'QQ', type: 'NGO', region: 'AG' } },
        admin.token,
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['country']);
    });
  });

  describe('reviewOrganisation', () => {
    let member: TestUser;

    beforeAll(async () => {
      member = await person('Member');
    });

    async function review(orgId: string, decision: ReviewDecision, note?: string): Promise<GraphqlResult<Data>> {
      return plenary.gql(
        REVIEW,
        { input: { organisationId: orgId, decision, ...(note === undefined ? {} : { note }) } },
        staff.token,
      );
    }

    async function reviewNotifications(user: TestUser, orgId: string): Promise<{ title: string; body: string }[]> {
      const page = await ok<{ edges: { node: { kind: string; title: string; body: string; entityId: string } }[] }>(
        NOTIFICATIONS,
        {},
        user,
        'myNotifications',
      );
      return page.edges.map((e) => e.node).filter((n) => n.kind === 'ORGANISATION_REVIEWED' && n.entityId === orgId);
    }

    it('verifies, suspends and verifies again; each decision is audited and every member is notified', async () => {
      const orgId = await organisationIn('PENDING');
      await addMember(plenary, orgId, member.user.id);
      const steps: [ReviewDecision, string | undefined, Status, Status][] = [
        ['VERIFY', undefined, 'PENDING', 'VERIFIED'],
        ['SUSPEND', 'Suspended while we check the new board', 'VERIFIED', 'SUSPENDED'],
        ['VERIFY', 'Reinstated', 'SUSPENDED', 'VERIFIED'],
      ];
      for (const [i, [decision, note, from, to]] of steps.entries()) {
        const res = await review(orgId, decision, note);
        expect(res.errors).toBeUndefined();
        expect(res.data?.reviewOrganisation).toEqual({ id: orgId, status: to, reviewNote: note ?? null });
        const events = (await auditOf('Organisation', orgId)).filter((e) => e.action === 'organisation.reviewed');
        expect(events).toHaveLength(i + 1);
        expect(events[0]).toMatchObject({
          actorId: staff.user.id,
          before: { status: from },
          after: { status: to, decision },
        });
        for (const user of [admin, member]) {
          const notes = await reviewNotifications(user, orgId);
          expect(notes).toHaveLength(i + 1);
          expect(notes[0].title).toContain(to.toLowerCase());
        }
      }
      const seen = await ok<OrganisationView>(ORGANISATION, { id: orgId }, member, 'organisation');
      expect(seen).toMatchObject({ status: 'VERIFIED', reviewNote: 'Reinstated', myRole: 'MEMBER' });
    });

    it('rejects a PENDING organisation with a note, which its members see', async () => {
      const orgId = await organisationIn('PENDING');
      const res = await review(orgId, 'REJECT', 'Not a civil-society organisation');
      expect(res.data?.reviewOrganisation).toMatchObject({
        status: 'REJECTED',
        reviewNote: 'Not a civil-society organisation',
      });
      const event = await expectAudited('Organisation', orgId, 'organisation.reviewed', staff.user.id);
      expect(event).toMatchObject({ before: { status: 'PENDING' }, after: { status: 'REJECTED', decision: 'REJECT' } });
      expect(await reviewNotifications(admin, orgId)).toEqual([
        expect.objectContaining({ body: 'Not a civil-society organisation' }),
      ]);
    });

    it.each<[Status, ReviewDecision]>([
      ['PENDING', 'SUSPEND'],
      ['VERIFIED', 'VERIFY'],
      ['VERIFIED', 'REJECT'],
      ['SUSPENDED', 'SUSPEND'],
      ['SUSPENDED', 'REJECT'],
      ['REJECTED', 'VERIFY'],
      ['REJECTED', 'REJECT'],
      ['REJECTED', 'SUSPEND'],
    ])('refuses %s → %s with CONFLICT and changes nothing', async (from, decision) => {
      const orgId = await organisationIn(from);
      const stateBefore = await statusOf(orgId);
      const countsBefore = await rowCounts(plenary, WRITE_TABLES);
      const res = await review(orgId, decision, 'a reason');
      expect(codeOf(res)).toBe('CONFLICT');
      expect(await statusOf(orgId)).toEqual(stateBefore);
      expect(await rowCounts(plenary, WRITE_TABLES)).toEqual(countsBefore);
    });

    it('needs a note to REJECT, naming the field, and leaves the organisation PENDING', async () => {
      const orgId = await organisationIn('PENDING');
      for (const note of [undefined, '   ']) {
        const res = await review(orgId, 'REJECT', note);
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(res)).toEqual(['note']);
      }
      expect((await statusOf(orgId)).status).toBe('PENDING');
      expect((await auditOf('Organisation', orgId)).map((e) => e.action)).toEqual(['organisation.created']);
    });
  });

  describe('invitations', () => {
    it('emails a link to the invited address; the person registers with it, accepts once, and joins with the invited role', async () => {
      const orgId = await organisationIn('VERIFIED');
      const stranger = await person('Stranger');
      const address = `Invitee-${randomUUID().slice(0, 8)}@Example.org`;
      secrets.push(address, address.toLowerCase());

      const invitation = await ok<{ id: string; role: string }>(
        INVITE,
        { input: { organisationId: orgId, email: address, role: 'ADMIN' } },
        admin,
        'inviteMember',
      );
      expect(invitation.role).toBe('ADMIN');
      const created = await expectAudited('Organisation', orgId, 'invitation.created', admin.user.id);
      expect(created.after).toEqual({ invitationId: invitation.id, role: 'ADMIN' });

      const email = await waitForEmail(mailDir, (e) => e.to.toLowerCase().includes(address.toLowerCase()));
      const token = /[^t]\/accept-invitation#token=([A-Za-z0-9_-]+)/.exec(email.text)?.[1];
      expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      secrets.push(token as string);

      // Someone else, logged in, cannot use the link.
      expect(codeOf(await plenary.gql(ACCEPT, { token }, stranger.token))).toBe('NOT_FOUND');

      // The invitee registers, and uses the verification link emailed to the invited address.
      const invitee = await registerAndVerify(plenary, {
        email: address.toLowerCase(),
        password: TEST_PASSWORD,
        displayName: 'Invitee',
      });
      secrets.push(invitee.accessToken, invitee.refreshToken);

      const accepted = await plenary.gql(ACCEPT, { token }, invitee.accessToken);
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data?.acceptInvitation).toEqual({
        organisationId: orgId,
        userId: invitee.user.id,
        role: 'ADMIN',
      });
      const org = await plenary.gql<{ organisation: OrganisationView }>(
        ORGANISATION,
        { id: orgId },
        invitee.accessToken,
      );
      expect(org.data?.organisation.myRole).toBe('ADMIN');
      expect(org.data?.organisation.members).toEqual(
        expect.arrayContaining([{ userId: invitee.user.id, role: 'ADMIN' }]),
      );
      const joined = await expectAudited('Organisation', orgId, 'membership.created', invitee.user.id);
      expect(joined.after).toMatchObject({ userId: invitee.user.id, role: 'ADMIN', invitationId: invitation.id });

      // The token works once.
      expect(codeOf(await plenary.gql(ACCEPT, { token }, invitee.accessToken))).toBe('NOT_FOUND');
      expect(codeOf(await plenary.gql(ACCEPT, { token }, stranger.token))).toBe('NOT_FOUND');
      expect((await auditOf('Organisation', orgId)).filter((e) => e.action === 'membership.created')).toHaveLength(1);
    });
  });

  describe('removeMember', () => {
    it('lets an ADMIN remove a member, who is told; audited without the person’s email', async () => {
      const orgId = await organisationIn('VERIFIED');
      const member = await person('To be removed');
      await addMember(plenary, orgId, member.user.id);
      expect(
        await ok<boolean>(REMOVE, { input: { organisationId: orgId, userId: member.user.id } }, admin, 'removeMember'),
      ).toBe(true);
      const org = await ok<OrganisationView>(ORGANISATION, { id: orgId }, admin, 'organisation');
      expect(org.members?.map((m) => m.userId)).toEqual([admin.user.id]);
      const event = await expectAudited('Organisation', orgId, 'membership.removed', admin.user.id);
      expect(event.before).toEqual({ userId: member.user.id, role: 'MEMBER' });
      const notes = await ok<{ edges: { node: { kind: string; entityId: string } }[] }>(
        NOTIFICATIONS,
        {},
        member,
        'myNotifications',
      );
      expect(notes.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({ kind: 'MEMBERSHIP_REMOVED', entityId: orgId }),
      ]);
    });

    it('never removes the last ADMIN, whoever asks (CONFLICT naming userId), and writes nothing', async () => {
      const orgId = await organisationIn('VERIFIED');
      const before = await rowCounts(plenary, WRITE_TABLES);
      for (const caller of [admin, staff]) {
        const res = await plenary.gql(
          REMOVE,
          { input: { organisationId: orgId, userId: admin.user.id } },
          caller.token,
        );
        expect(codeOf(res)).toBe('CONFLICT');
        expect(fieldsOf(res)).toEqual(['userId']);
      }
      expect(await adminsOf(orgId)).toEqual([admin.user.id]);
      expect(await rowCounts(plenary, WRITE_TABLES)).toEqual(before);
    });

    it('keeps exactly one ADMIN when two ADMINs remove each other, or both leave, at the same moment', async () => {
      const [x, y] = await Promise.all([person('Admin X'), person('Admin Y')]);
      for (let round = 0; round < 6; round++) {
        const orgId = await organisationIn('VERIFIED', x);
        await addMember(plenary, orgId, y.user.id, MemberRole.ADMIN);
        const eachOther = round % 2 === 0;
        const results = await Promise.all([
          plenary.gql<Data>(
            REMOVE,
            { input: { organisationId: orgId, userId: eachOther ? y.user.id : x.user.id } },
            x.token,
          ),
          plenary.gql<Data>(
            REMOVE,
            { input: { organisationId: orgId, userId: eachOther ? x.user.id : y.user.id } },
            y.token,
          ),
        ]);
        expect(results.filter((r) => r.data?.removeMember === true)).toHaveLength(1);
        const refused = results.find((r) => r.errors);
        expect(['CONFLICT', 'FORBIDDEN']).toContain(codeOf(refused as GraphqlResult<Data>));
        expect(await adminsOf(orgId)).toHaveLength(1);
        expect((await auditOf('Organisation', orgId)).filter((e) => e.action === 'membership.removed')).toHaveLength(1);
      }
    });
  });

  describe('organisations: filters and keyset pagination', () => {
    const tag = `list${randomUUID().slice(0, 6)}`;
    let ids: Record<string, string>;
    let outsider: TestUser;

    beforeAll(async () => {
      const owner = await person('Owner');
      outsider = await person('Outsider');
      const specs: [string, string, string, Status][] = [
        ['alpha1', `${tag} Alpha`, 'KE', 'VERIFIED'],
        ['alpha2', `${tag} Alpha`, 'FR', 'PENDING'],
        ['bravo', `${tag} Bravo`, 'BR', 'VERIFIED'],
        ['charlie', `${tag} Charlie 100%`, 'KE', 'PENDING'],
        ['delta', `${tag} Delta`, 'FR', 'REJECTED'],
        ['echo', `${tag} Echo`, 'JP', 'VERIFIED'],
        ['foxtrot', `${tag} Foxtrot_x`, 'PL', 'SUSPENDED'],
      ];
      ids = {};
      for (const [key, name, country, status] of specs) ids[key] = await organisationIn(status, owner, name, country);
      await addMember(plenary, ids.charlie, outsider.user.id);
    });

    async function list(
      user: TestUser,
      filter: Record<string, unknown>,
      first?: number,
      after?: string | null,
    ): Promise<GraphqlResult<{ organisations: Page }>> {
      return plenary.gql<{ organisations: Page }>(LIST, { filter, first, after }, user.token);
    }

    /** Pages through the whole list, checking hasNextPage, hasPreviousPage and both cursors on each page. */
    async function allPages(
      user: TestUser,
      filter: Record<string, unknown>,
      first: number,
    ): Promise<{ ids: string[]; sizes: number[] }> {
      const seen: string[] = [];
      const sizes: number[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 20; guard++) {
        const res = await list(user, filter, first, after);
        expect(res.errors).toBeUndefined();
        const page = (res.data as { organisations: Page }).organisations;
        seen.push(...page.edges.map((e) => e.node.id));
        sizes.push(page.edges.length);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
        if (!page.pageInfo.hasNextPage) return { ids: seen, sizes };
        expect(page.edges).toHaveLength(first);
        expect(page.pageInfo.endCursor).toBe(page.edges[first - 1].cursor);
        after = page.pageInfo.endCursor;
      }
      throw new Error('pagination did not end');
    }

    async function expectedOrder(keys: string[]): Promise<string[]> {
      const rows: { id: string }[] = await plenary.dataSource.query(
        'SELECT id FROM organisations WHERE id = ANY($1::uuid[]) ORDER BY name, id',
        [keys.map((k) => ids[k])],
      );
      return rows.map((r) => r.id);
    }

    it('pages by name with first: 3 and after, with no duplicates or gaps, hasNextPage true until the last page', async () => {
      const { ids: seen, sizes } = await allPages(staff, { search: tag }, 3);
      expect(sizes).toEqual([3, 3, 1]);
      expect(seen).toEqual(await expectedOrder(Object.keys(ids)));
      expect(new Set(seen).size).toBe(7);
    });

    it('shows a plain user only VERIFIED organisations and their own, page after page', async () => {
      const { ids: seen } = await allPages(outsider, { search: tag }, 2);
      expect(seen).toEqual(await expectedOrder(['alpha1', 'bravo', 'charlie', 'echo']));
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['status VERIFIED', { status: 'VERIFIED' }, ['alpha1', 'bravo', 'echo']],
      ['region AG', { region: 'AG' }, ['alpha1', 'charlie']],
      ['region WEOG and status PENDING', { region: 'WEOG', status: 'PENDING' }, ['alpha2']],
      ['status SUSPENDED', { status: 'SUSPENDED' }, ['foxtrot']],
      ['search in another case', { search: `${tag} CHARLIE` }, ['charlie']],
    ])('filters by %s', async (_name, filter, keys) => {
      const { ids: seen } = await allPages(staff, { search: tag, ...filter }, 2);
      expect(seen).toEqual(await expectedOrder(keys));
    });

    it.each([
      ['%', ['charlie']],
      ['_', ['foxtrot']],
      ['100%', ['charlie']],
    ])('matches "%s" literally in search, not as a pattern', async (search, keys) => {
      const { ids: seen } = await allPages(staff, { search }, 10);
      expect(seen).toEqual(await expectedOrder(keys));
    });

    it.each([
      ['garbage', 'not-a-cursor!'],
      ['base64 of something else', Buffer.from('{"a":1}').toString('base64url')],
      ['a cursor whose id is not a uuid', encodeCursor(['Alpha', 'not-a-uuid'])],
    ])('answers BAD_USER_INPUT (field after) to a %s cursor', async (_name, after) => {
      const res = await list(staff, { search: tag }, 3, after);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['after']);
    });

    it.each([0, 101])('answers BAD_USER_INPUT (field first) to first: %d', async (first) => {
      const res = await list(staff, {}, first);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['first']);
    });
  });

  describe('platform roles', () => {
    it('a user granted MODERATOR reads every organisation on the next request, and no longer once revoked', async () => {
      const user = await person('Future moderator');
      const pendingId = await organisationIn('PENDING');
      expect(codeOf(await plenary.gql(ORGANISATION, { id: pendingId }, user.token))).toBe('NOT_FOUND');

      expect(await ok(GRANT, { input: { userId: user.user.id, role: 'MODERATOR' } }, staff, 'grantRole')).toEqual({
        id: user.user.id,
        roles: ['MODERATOR'],
      });
      const granted = await expectAudited('User', user.user.id, 'role.granted', staff.user.id);
      expect(granted).toMatchObject({ before: { roles: [] }, after: { roles: ['MODERATOR'] } });
      const seen = await plenary.gql<{ organisation: OrganisationView }>(ORGANISATION, { id: pendingId }, user.token);
      expect(seen.data?.organisation).toMatchObject({ id: pendingId, status: 'PENDING', members: null });

      // Granting what the person already holds changes nothing and records nothing.
      await ok(GRANT, { input: { userId: user.user.id, role: 'MODERATOR' } }, staff, 'grantRole');
      expect((await auditOf('User', user.user.id)).filter((e) => e.action === 'role.granted')).toHaveLength(1);

      expect(await ok(REVOKE, { input: { userId: user.user.id, role: 'MODERATOR' } }, staff, 'revokeRole')).toEqual({
        id: user.user.id,
        roles: [],
      });
      const revoked = await expectAudited('User', user.user.id, 'role.revoked', staff.user.id);
      expect(revoked).toMatchObject({ before: { roles: ['MODERATOR'] }, after: { roles: [] } });
      expect(codeOf(await plenary.gql(ORGANISATION, { id: pendingId }, user.token))).toBe('NOT_FOUND');
    });

    it('a user granted STAFF reads the audit trail with the same token; revoked, they cannot; the last STAFF cannot be revoked', async () => {
      const second = await person('Second staff');
      const audit = (user: TestUser) => plenary.gql(AUDIT, { filter: { entityType: 'User' } }, user.token);
      expect(codeOf(await audit(second))).toBe('FORBIDDEN');

      await ok(GRANT, { input: { userId: second.user.id, role: 'STAFF' } }, staff, 'grantRole');
      expect((await audit(second)).errors).toBeUndefined();

      await ok(REVOKE, { input: { userId: second.user.id, role: 'STAFF' } }, staff, 'revokeRole');
      expect(codeOf(await audit(second))).toBe('FORBIDDEN');
      await expectAudited('User', second.user.id, 'role.revoked', staff.user.id);

      // Now `staff` is the only STAFF user left.
      const staffCount: { n: string }[] = await plenary.dataSource.query(
        `SELECT count(*) AS n FROM users WHERE 'STAFF' = ANY(roles)`,
      );
      expect(staffCount[0].n).toBe('1');
      const before = await rowCounts(plenary, WRITE_TABLES);
      const last = await plenary.gql(
        REVOKE,
        { input: { userId: staff.user.id, role: PlatformRole.STAFF } },
        staff.token,
      );
      expect(codeOf(last)).toBe('CONFLICT');
      expect(await rowCounts(plenary, WRITE_TABLES)).toEqual(before);
      expect((await audit(staff)).errors).toBeUndefined();
    });
  });

  describe('bad input', () => {
    let verifiedId: string;
    let memberId: string;

    beforeAll(async () => {
      verifiedId = await organisationIn('VERIFIED');
      const member = await person('Member of the verified org');
      memberId = member.user.id;
      await addMember(plenary, verifiedId, memberId);
    });

    interface BadInput {
      name: string;
      document: string;
      input: () => Record<string, unknown>;
      caller: () => TestUser;
      /** The field the answer must name. */
      field: string;
    }

    const organisation = (over: Record<string, unknown>) => ({
      name: 'Valid name',
      country: 'KE',
      type: 'NGO',
      ...over,
    });
    const CASES: BadInput[] = [
      {
        name: 'createOrganisation: empty name',
        document: CREATE,
        input: () => organisation({ name: '' }),
        caller: () => admin,
        field: 'name',
      },
      {
        name: 'createOrganisation: blank name',
        document: CREATE,
        input: () => organisation({ name: '   ' }),
        caller: () => admin,
        field: 'name',
      },
      {
        name: 'createOrganisation: 201-character name',
        document: CREATE,
        input: () => organisation({ name: 'n'.repeat(201) }),
        caller: () => admin,
        field: 'name',
      },
      {
        name: 'createOrganisation: malformed country',
        document: CREATE,
        input: () => organisation({ country: 'K1' }),
        caller: () => admin,
        field: 'country',
      },
      {
        name: 'createOrganisation: unknown country',
        document: CREATE,
        input: () => organisation({ country: 'QQ' }),
        caller: () => admin,
        field: 'country',
      },
      {
        name: 'createOrganisation: javascript: website',
        document: CREATE,
        input: () => organisation({ website: 'javascript:alert(1)' }),
        caller: () => admin,
        field: 'website',
      },
      {
        name: 'createOrganisation: 5001-character description',
        document: CREATE,
        input: () => organisation({ description: 'd'.repeat(5001) }),
        caller: () => admin,
        field: 'description',
      },
      {
        name: 'createOrganisation: wrong type enum',
        document: CREATE,
        input: () => organisation({ type: 'CHARITY' }),
        caller: () => admin,
        field: 'type',
      },
      {
        name: 'createOrganisation: wrong region enum',
        document: CREATE,
        input: () => organisation({ country: 'XK', region: 'EUROPE' }),
        caller: () => admin,
        field: 'region',
      },
      {
        name: 'reviewOrganisation: non-uuid id',
        document: REVIEW,
        input: () => ({ organisationId: 'org-1', decision: 'VERIFY' }),
        caller: () => staff,
        field: 'organisationId',
      },
      {
        name: 'reviewOrganisation: SUSPEND without a note',
        document: REVIEW,
        input: () => ({ organisationId: verifiedId, decision: 'SUSPEND' }),
        caller: () => staff,
        field: 'note',
      },
      {
        name: 'reviewOrganisation: wrong decision enum',
        document: REVIEW,
        input: () => ({ organisationId: verifiedId, decision: 'APPROVE' }),
        caller: () => staff,
        field: 'decision',
      },
      {
        name: 'inviteMember: malformed email',
        document: INVITE,
        input: () => ({ organisationId: verifiedId, email: 'not-an-email', role: 'MEMBER' }),
        caller: () => admin,
        field: 'email',
      },
      {
        name: 'inviteMember: non-uuid organisation id',
        document: INVITE,
        input: () => ({ organisationId: '42', email: 'ok@example.org', role: 'MEMBER' }),
        caller: () => admin,
        field: 'organisationId',
      },
      {
        name: 'inviteMember: wrong role enum',
        document: INVITE,
        input: () => ({ organisationId: verifiedId, email: 'ok@example.org', role: 'OWNER' }),
        caller: () => admin,
        field: 'role',
      },
      {
        name: 'removeMember: non-uuid organisation id',
        document: REMOVE,
        input: () => ({ organisationId: 'x', userId: memberId }),
        caller: () => admin,
        field: 'organisationId',
      },
      {
        name: 'removeMember: non-uuid user id',
        document: REMOVE,
        input: () => ({ organisationId: verifiedId, userId: 'y' }),
        caller: () => admin,
        field: 'userId',
      },
      {
        name: 'grantRole: non-uuid user id',
        document: GRANT,
        input: () => ({ userId: 'nope', role: 'MODERATOR' }),
        caller: () => staff,
        field: 'userId',
      },
      {
        name: 'grantRole: wrong role enum',
        document: GRANT,
        input: () => ({ userId: memberId, role: 'ADMIN' }),
        caller: () => staff,
        field: 'role',
      },
      {
        name: 'revokeRole: non-uuid user id',
        document: REVOKE,
        input: () => ({ userId: 'nope', role: 'MODERATOR' }),
        caller: () => staff,
        field: 'userId',
      },
    ];

    it.each(CASES.map((c) => [c.name, c] as const))(
      '%s → BAD_USER_INPUT naming the field, nothing written',
      async (_name, c) => {
        const before = await rowCounts(plenary, WRITE_TABLES);
        const res = await plenary.gql<Data>(c.document, { input: c.input() }, c.caller().token);
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(res)).toContain(c.field);
        expect(res.data?.[Object.keys(res.data ?? {})[0]] ?? null).toBeNull();
        expect(await rowCounts(plenary, WRITE_TABLES)).toEqual(before);
        expect(await adminsOf(verifiedId)).toEqual([admin.user.id]);
      },
    );
  });

  describe('audit trail', () => {
    async function everyEvent(): Promise<AuditEventView[]> {
      const all: AuditEventView[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 50; guard++) {
        const page: AuditPage = await ok<AuditPage>(AUDIT, { after }, staff, 'auditEvents');
        all.push(...page.edges.map((e) => e.node));
        if (!page.pageInfo.hasNextPage) return all;
        after = page.pageInfo.endCursor;
      }
      throw new Error('audit pagination did not end');
    }

    it('records every write of this suite with its actor, and no email, password or token in any event', async () => {
      const events = await everyEvent();
      const ids = events.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      const times = events.map((e) => Date.parse(e.occurredAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const writes = [
        'organisation.created',
        'organisation.reviewed',
        'invitation.created',
        'membership.created',
        'membership.removed',
        'role.granted',
        'role.revoked',
      ];
      expect([...new Set(events.map((e) => e.action))]).toEqual(expect.arrayContaining(writes));
      const userIds = new Set<string>(
        (await plenary.dataSource.query('SELECT id FROM users')).map((r: { id: string }) => r.id),
      );
      for (const e of events.filter((e) => writes.includes(e.action))) expect(userIds.has(e.actorId ?? '')).toBe(true);

      const text = JSON.stringify(events).toLowerCase();
      expect(secrets.length).toBeGreaterThan(10);
      for (const secret of secrets) expect(text).not.toContain(secret.toLowerCase());
    });

    it('answers BAD_USER_INPUT to a cursor it did not give out', async () => {
      for (const after of ['garbage!', encodeCursor([0, 'not-a-number'])]) {
        const res = await plenary.gql(AUDIT, { after }, staff.token);
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(res)).toEqual(['after']);
      }
    });

    it('is append-only in the database itself', async () => {
      await expect(plenary.dataSource.query(`UPDATE audit_events SET action = 'rewritten'`)).rejects.toThrow();
      await expect(plenary.dataSource.query('DELETE FROM audit_events')).rejects.toThrow();
    });
  });
});
