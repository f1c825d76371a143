import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Region } from '@app/identity';
import { PlatformRole } from '@app/platform';
import {
  createApprovedSubmission,
  createDigestOrganisation,
  createDigestWorld,
  createOrganisation,
  createUser,
  DigestWorld,
  eventually,
  GraphqlResult,
  requestDigest,
  TestPlenary,
  TestUser,
  waitForDigest,
} from '@app/testing';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const codeOf = (res: GraphqlResult<unknown>): string | undefined =>
  res.errors?.[0]?.extensions?.code as string | undefined;

/**
 * What the staff console reads and does beyond issue 2's operations, as a client sees it: people
 * by name for granting roles, the audit trail's filters (time, actor by name, the values its
 * pickers offer), tag usage counts, a review that loses a race, and the digest's phases, error id
 * and superseded versions.
 */
describe('staff console api (api + worker)', () => {
  let plenary: TestPlenary;
  let storageDir: string;
  let world: DigestWorld;
  let staff: TestUser;
  let moderator: TestUser;
  let member: TestUser;

  async function gql<T>(query: string, variables: Record<string, unknown> = {}, token = staff.token): Promise<T> {
    const res = await plenary.gql<T>(query, variables, token);
    if (!res.data || res.errors?.length) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'plenary-staff-console-'));
    plenary = await TestPlenary.start({ api: { FILE_STORAGE_DIR: storageDir } });
    world = await createDigestWorld(plenary, {
      staff: { name: 'Ingrid Staffmember', email: `ingrid-${randomUUID().slice(0, 6)}@example.org` },
    });
    staff = world.staff;
    moderator = world.moderator;
    member = await createUser(plenary, { name: 'Zeynep Quietperson' });
  }, 90_000);

  afterAll(async () => {
    await plenary?.close();
    rmSync(storageDir, { recursive: true, force: true });
  });

  describe('users (people and roles)', () => {
    const USERS = `query($f: UserFilter, $first: Int, $after: String) {
      users(filter: $f, first: $first, after: $after) { edges { node { id displayName email roles } } pageInfo { hasNextPage endCursor } }
    }`;

    it('is for staff only', async () => {
      expect(codeOf(await plenary.gql(USERS, {}))).toBe('UNAUTHENTICATED');
      expect(codeOf(await plenary.gql(USERS, {}, moderator.token))).toBe('FORBIDDEN');
      expect(codeOf(await plenary.gql(USERS, {}, member.token))).toBe('FORBIDDEN');
    });

    it('finds people by part of the name or the email, any case, and by role', async () => {
      type Page = { users: { edges: { node: { id: string; email: string; roles: string[] } }[] } };
      const byName = await gql<Page>(USERS, { f: { search: 'quietPERSON' } });
      expect(byName.users.edges.map((e) => e.node.id)).toEqual([member.user.id]);
      const byEmail = await gql<Page>(USERS, { f: { search: member.email.slice(0, 12).toUpperCase() } });
      expect(byEmail.users.edges.map((e) => e.node.email)).toEqual([member.email]);
      const moderators = await gql<Page>(USERS, { f: { role: 'MODERATOR' } });
      expect(moderators.users.edges.map((e) => e.node.id)).toEqual([moderator.user.id]);
      // A LIKE wildcard typed by the person is a character, not a pattern.
      expect((await gql<Page>(USERS, { f: { search: '%' } })).users.edges).toEqual([]);
    });

    it('pages by name with a keyset cursor, and refuses a forged one', async () => {
      for (const name of ['Aaron Pager', 'Beatriz Pager', 'Chidi Pager']) await createUser(plenary, { name });
      type Page = {
        users: { edges: { node: { displayName: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
      const first = await gql<Page>(USERS, { f: { search: 'Pager' }, first: 2 });
      expect(first.users.edges.map((e) => e.node.displayName)).toEqual(['Aaron Pager', 'Beatriz Pager']);
      expect(first.users.pageInfo.hasNextPage).toBe(true);
      const next = await gql<Page>(USERS, { f: { search: 'Pager' }, first: 2, after: first.users.pageInfo.endCursor });
      expect(next.users.edges.map((e) => e.node.displayName)).toEqual(['Chidi Pager']);
      expect(next.users.pageInfo.hasNextPage).toBe(false);
      const forged = await plenary.gql(USERS, { after: Buffer.from('[1,"x"]').toString('base64url') }, staff.token);
      expect(codeOf(forged)).toBe('BAD_USER_INPUT');
    });
  });

  describe('audit trail filters', () => {
    const AUDIT = `query($f: AuditEventFilter, $first: Int) {
      auditEvents(filter: $f, first: $first) { edges { node { id action actorId actor { id displayName email } occurredAt after } } }
    }`;
    type Audit = {
      auditEvents: {
        edges: {
          node: {
            action: string;
            actorId: string | null;
            actor: { id: string; displayName: string; email: string } | null;
            occurredAt: string;
          };
        }[];
      };
    };

    it('names the actor, and never a sealed one', async () => {
      await gql('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
        i: { userId: member.user.id, role: 'MODERATOR' },
      });
      const granted = await gql<Audit>(AUDIT, { f: { action: 'role.granted', entityId: member.user.id } });
      expect(granted.auditEvents.edges[0].node.actor).toEqual({
        id: staff.user.id,
        displayName: 'Ingrid Staffmember',
        email: staff.email,
      });
      // A submitter acting on their own submission is sealed: no id, no name.
      const org = await createDigestOrganisation(world, { region: Region.AG, name: 'Sealed Actor Org' });
      await createApprovedSubmission(world, org, { title: 'A sealed position' });
      const submitted = await gql<Audit>(AUDIT, { f: { action: 'submission.submitted' } });
      expect(submitted.auditEvents.edges.length).toBeGreaterThan(0);
      for (const e of submitted.auditEvents.edges) expect([e.node.actorId, e.node.actor]).toEqual([null, null]);
    });

    it('filters by time: from (included) and to (excluded); to before from is refused naming "to"', async () => {
      const all = await gql<Audit>(AUDIT, { first: 100 });
      const times = all.auditEvents.edges.map((e) => Date.parse(e.node.occurredAt));
      const newest = Math.max(...times);
      expect(
        (await gql<Audit>(AUDIT, { f: { from: new Date(newest + 1000).toISOString() } })).auditEvents.edges,
      ).toEqual([]);
      const upToNewest = await gql<Audit>(AUDIT, {
        f: { from: new Date(newest).toISOString(), to: new Date(newest + 1).toISOString() },
        first: 100,
      });
      expect(upToNewest.auditEvents.edges.length).toBeGreaterThan(0);
      for (const e of upToNewest.auditEvents.edges) expect(Date.parse(e.node.occurredAt)).toBe(newest);
      const refused = await plenary.gql(
        AUDIT,
        { f: { from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' } },
        staff.token,
      );
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect((refused.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual(['to']);
      expect(codeOf(await plenary.gql(AUDIT, { f: { from: 'yesterday' } }, staff.token))).toBe('BAD_USER_INPUT');
    });

    it('offers every entity type and action recorded, for the pickers (staff only)', async () => {
      const { auditFacets } = await gql<{ auditFacets: { entityTypes: string[]; actions: string[] } }>(
        '{ auditFacets { entityTypes actions } }',
      );
      // The same values, in the database's own order, as a plain (slow) DISTINCT gives them.
      const actions: { v: string }[] = await plenary.dataSource.query(
        'SELECT DISTINCT action AS v FROM audit_events ORDER BY 1',
      );
      const types: { v: string }[] = await plenary.dataSource.query(
        'SELECT DISTINCT entity_type AS v FROM audit_events ORDER BY 1',
      );
      expect(auditFacets.actions).toEqual(actions.map((r) => r.v));
      expect(auditFacets.entityTypes).toEqual(types.map((r) => r.v));
      expect(auditFacets.actions).toEqual(expect.arrayContaining(['role.granted', 'submission.submitted']));
      expect(codeOf(await plenary.gql('{ auditFacets { actions } }', {}, moderator.token))).toBe('FORBIDDEN');
    });
  });

  it('counts the submissions each tag describes for moderators and staff, and tells the public nothing', async () => {
    const TAGS = '{ tags(includeInactive: true) { id usageCount } }';
    type Tags = { tags: { id: string; usageCount: number | null }[] };
    const counted: { tag_id: string; n: string }[] = await plenary.dataSource.query(
      'SELECT tag_id, count(*) AS n FROM submission_tags GROUP BY tag_id',
    );
    const expected = new Map(counted.map((c) => [c.tag_id, Number(c.n)]));
    expect(expected.get(world.genderTagId)).toBeGreaterThan(0);
    for (const token of [staff.token, moderator.token]) {
      const { tags } = await gql<Tags>(TAGS, {}, token);
      for (const t of tags) expect(t.usageCount).toBe(expected.get(t.id) ?? 0);
    }
    const pub = await plenary.gql<Tags>(TAGS, {});
    expect(pub.data?.tags.every((t) => t.usageCount === null)).toBe(true);
  });

  it('refuses a review made on a stale version of the organisation, and changes nothing', async () => {
    const applicant = await createUser(plenary, { name: 'Applicant' });
    const org = await createOrganisation(plenary, applicant, {
      verified: false,
      name: `Race Org ${randomUUID().slice(0, 6)}`,
    });
    const REVIEW = 'mutation($i: ReviewOrganisationInput!) { reviewOrganisation(input: $i) { id status version } }';
    const { organisation } = await gql<{ organisation: { version: number } }>(
      'query($id: ID!) { organisation(id: $id) { version } }',
      { id: org.id },
    );
    // Two staff open the page; the first rejects.
    await gql(REVIEW, {
      i: {
        organisationId: org.id,
        decision: 'REJECT',
        note: 'No registration found.',
        expectedVersion: organisation.version,
      },
    });
    const second = await plenary.gql(
      REVIEW,
      { i: { organisationId: org.id, decision: 'VERIFY', expectedVersion: organisation.version } },
      staff.token,
    );
    expect(codeOf(second)).toBe('CONFLICT');
    expect((second.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'expectedVersion',
    ]);
    const [row] = await plenary.dataSource.query('SELECT status, review_note FROM organisations WHERE id = $1', [
      org.id,
    ]);
    expect(row).toEqual({ status: 'REJECTED', review_note: 'No registration found.' });
  });

  describe('digests: phases, superseded versions, error id', () => {
    const DIGEST = `query($id: ID!) { digest(id: $id) {
      id version status progress phase phases { phase startedAt } errorId error supersededByVersion } }`;
    type Digest = {
      id: string;
      version: number | null;
      status: string;
      progress: number;
      phase: string;
      phases: { phase: string; startedAt: string }[];
      errorId: string | null;
      error: string | null;
      supersededByVersion: number | null;
    };
    const read = async (id: string, token?: string) =>
      (await plenary.gql<{ digest: Digest }>(DIGEST, { id }, token)).data?.digest;

    it('records the worker’s phases in order, and tells staff (and refuses) when a version is superseded', async () => {
      const org = await createDigestOrganisation(world, { region: Region.WEOG, name: 'Phase Watch' });
      await createApprovedSubmission(world, org, { title: 'First position' });
      await plenary.startWorker();
      try {
        const requested = await requestDigest(plenary, staff.token, world.sessionId, 'PUBLIC');
        const queued = requested.data!.compileDigest;
        expect((await read(queued.id, staff.token))?.phase).toMatch(
          /QUEUED|READING_ENTRIES|INDEXING|WRITING_FILES|PRINTING_PDF|STORING_FILES|DONE/,
        );
        await waitForDigest(plenary, staff.token, queued.id, 120_000);
        const v1 = (await read(queued.id, staff.token))!;
        expect(v1).toMatchObject({
          version: 1,
          status: 'READY',
          progress: 100,
          phase: 'DONE',
          errorId: null,
          supersededByVersion: null,
        });
        expect(v1.phases.map((p) => p.phase)).toEqual([
          'READING_ENTRIES',
          'INDEXING',
          'WRITING_FILES',
          'PRINTING_PDF',
          'STORING_FILES',
          'DONE',
        ]);
        const starts = v1.phases.map((p) => Date.parse(p.startedAt));
        expect(starts).toEqual([...starts].sort((a, b) => a - b));

        await createApprovedSubmission(world, org, { title: 'Second position' });
        const again = await requestDigest(plenary, staff.token, world.sessionId, 'PUBLIC');
        const v2 = await waitForDigest(plenary, staff.token, again.data!.compileDigest.id, 120_000);
        expect(v2.version).toBe(2);
        expect((await read(v1.id, staff.token))?.supersededByVersion).toBe(2);
        expect((await read(v2.id, staff.token))?.supersededByVersion).toBeNull();

        const PUBLISH = 'mutation($id: ID!) { publishDigest(id: $id) { id status } }';
        const stale = await plenary.gql(PUBLISH, { id: v1.id }, staff.token);
        expect(codeOf(stale)).toBe('CONFLICT');
        expect(stale.errors?.[0]?.message).toBe(
          'Version 1 has been superseded by version 2; publish the newest version instead',
        );
        expect((await read(v1.id, staff.token))?.status).toBe('READY');
        expect((await gql<{ publishDigest: { status: string } }>(PUBLISH, { id: v2.id })).publishDigest.status).toBe(
          'PUBLISHED',
        );
        // The public sees the published version, and nothing superseded it for them.
        expect((await read(v2.id))?.supersededByVersion).toBeNull();
        expect(await read(v1.id)).toBeUndefined();
      } finally {
        await plenary.stopWorker();
      }
    }, 300_000);

    it('a FAILED compile carries its error id and the phase it failed in', async () => {
      const other = await createDigestWorld(plenary);
      const org = await createDigestOrganisation(other, { region: Region.APG, name: 'Failure Watch' });
      await createApprovedSubmission(other, org, { title: 'A position that will not print' });
      // Chromium that exits at once: every attempt fails when printing the PDF.
      await plenary.startWorker({ CHROMIUM_PATH: '/bin/false' });
      try {
        const requested = await requestDigest(plenary, other.staff.token, other.sessionId, 'PUBLIC');
        const id = requested.data!.compileDigest.id;
        const failed = await eventually(async () => {
          const d = await read(id, other.staff.token);
          return d?.status === 'FAILED' ? d : undefined;
        }, 60_000);
        expect(failed.errorId).toMatch(UUID);
        expect(failed.error).toContain(failed.errorId);
        expect(failed.phase).toBe('FAILED');
        const phases = failed.phases.map((p) => p.phase);
        expect(phases[phases.length - 1]).toBe('FAILED');
        expect(phases[phases.length - 2]).toBe('PRINTING_PDF');
      } finally {
        await plenary.stopWorker();
      }
    }, 120_000);
  });

  it('keeps a user’s roles for staff only: grantRole answers roles, the list shows them', async () => {
    const person = await createUser(plenary, { name: 'Role Person' });
    await gql('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
      i: { userId: person.user.id, role: PlatformRole.STAFF },
    });
    const { users } = await gql<{ users: { edges: { node: { roles: string[] } }[] } }>(
      'query($f: UserFilter) { users(filter: $f) { edges { node { roles } } } }',
      { f: { search: person.email } },
    );
    expect(users.edges[0].node.roles).toEqual(['STAFF']);
  });
});
