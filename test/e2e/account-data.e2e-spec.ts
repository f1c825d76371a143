import { Region } from '@app/identity';
import { Disclosure } from '@app/submissions';
import {
  addMember,
  createOrganisation,
  createSessionAndOpenRound,
  createStaff,
  createSubmission,
  createUser,
  TEST_PASSWORD,
  TestPlenary,
} from '@app/testing';

describe('exportMyData and deleteMyAccount (api over HTTP)', () => {
  let plenary: TestPlenary;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
  });

  afterAll(async () => {
    await plenary.close();
  });

  it('exports what Plenary holds about the caller, and only that', async () => {
    const me = await createUser(plenary, { name: 'Exporter' });
    const other = await createUser(plenary, { name: 'Someone Else' });
    await createOrganisation(plenary, me, { name: 'Export Org' });
    const res = await plenary.gql<{
      exportMyData: {
        profile: { email: string };
        memberships: { organisation: string; role: string }[];
        sessions: unknown[];
      };
    }>('{ exportMyData }', {}, me.token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.exportMyData.profile.email).toBe(me.email);
    expect(res.data?.exportMyData.memberships).toEqual([
      expect.objectContaining({ organisation: 'Export Org', role: 'ADMIN' }),
    ]);
    expect(res.data?.exportMyData.sessions.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.data)).not.toContain(other.email);
    expect((await plenary.gql('{ exportMyData }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('erases the person with the right password; refuses a wrong one and the last ADMIN', async () => {
    const admin = await createUser(plenary, { name: 'Last Admin' });
    await createOrganisation(plenary, admin, { name: 'Kept Org' });
    const del = 'mutation($p: String!) { deleteMyAccount(password: $p) }';

    const wrong = await plenary.gql(del, { p: 'not-the-password' }, admin.token);
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'password' })]);

    const lastAdmin = await plenary.gql(del, { p: TEST_PASSWORD }, admin.token);
    expect(lastAdmin.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await plenary.dataSource.query('SELECT 1 FROM users WHERE id = $1', [admin.user.id])).toHaveLength(1);

    const member = await createUser(plenary, { name: 'Leaving Member' });
    const erased = await plenary.gql<{ deleteMyAccount: boolean }>(del, { p: TEST_PASSWORD }, member.token);
    expect(erased.data?.deleteMyAccount).toBe(true);
    expect(await plenary.dataSource.query('SELECT 1 FROM users WHERE id = $1', [member.user.id])).toHaveLength(0);
    expect((await plenary.gql('{ me { id } }', {}, member.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const login = await plenary.gql('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { email: member.email, password: TEST_PASSWORD },
    });
    expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('exports and erases what every context holds about the person: notifications, emails and authored submissions', async () => {
    const staff = await createStaff(plenary);
    const { roundId } = await createSessionAndOpenRound(plenary, staff.token, { region: Region.AG });
    const admin = await createUser(plenary, { name: 'Org Admin' });
    const org = await createOrganisation(plenary, admin, { name: 'Author Org' });
    const author = await createUser(plenary, { name: 'Author' });
    const invite = await plenary.gql(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }',
      { i: { organisationId: org.id, email: author.email, role: 'MEMBER' } },
      admin.token,
    );
    expect(invite.errors).toBeUndefined();
    await addMember(plenary, org.id, author.user.id);
    await plenary.dataSource.query(
      `INSERT INTO notifications (user_id, kind, title, body) VALUES ($1, 'TEST', 'A note for the author', 'Body')`,
      [author.user.id],
    );
    const draft = await createSubmission(plenary, author.token, {
      roundId,
      organisationId: org.id,
      disclosure: Disclosure.NAMED,
      title: 'Written by the author',
    });

    const exported = await plenary.gql<{
      exportMyData: { notifications: { title: string }[]; submissionsAuthored: { id: string; title: string }[] };
    }>('{ exportMyData }', {}, author.token);
    expect(exported.data?.exportMyData.notifications).toEqual([
      expect.objectContaining({ title: 'A note for the author' }),
    ]);
    expect(exported.data?.exportMyData.submissionsAuthored).toEqual([
      expect.objectContaining({ id: draft.id, title: 'Written by the author' }),
    ]);
    const [{ count: emailsBefore }] = await plenary.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM email_messages WHERE lower(to_address) = lower($1)',
      [author.email],
    );
    expect(emailsBefore).toBeGreaterThan(0);

    const erased = await plenary.gql(
      'mutation($p: String!) { deleteMyAccount(password: $p) }',
      { p: TEST_PASSWORD },
      author.token,
    );
    expect(erased.errors).toBeUndefined();
    const left = await plenary.dataSource.query<{ notifications: number; emails: number; author: string | null }[]>(
      `SELECT (SELECT count(*)::int FROM notifications WHERE user_id = $1) AS notifications,
              (SELECT count(*)::int FROM email_messages WHERE lower(to_address) = lower($2)) AS emails,
              (SELECT author_id FROM submissions WHERE id = $3) AS author`,
      [author.user.id, author.email, draft.id],
    );
    expect(left).toEqual([{ notifications: 0, emails: 0, author: null }]);
    const [kept] = await plenary.dataSource.query('SELECT title FROM submissions WHERE id = $1', [draft.id]);
    expect(kept).toEqual({ title: 'Written by the author' });
  });
});
