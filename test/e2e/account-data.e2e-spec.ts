import { createOrganisation, createUser, TEST_PASSWORD, TestPlenary } from '@app/testing';

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
});
