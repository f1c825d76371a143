import { randomUUID } from 'node:crypto';
import { EMAIL_SUBJECTS } from '@app/notifications';
import { createOrganisation, createUser, TestPlenary, TestUser } from '@app/testing';

const INVITE = 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }';

/**
 * Account attacks (issue 10): what an outsider, or a CSO account, could do to other people
 * through the account and invitation operations — and does not get to do.
 */
describe('account attacks: invitation flooding (api over HTTP)', () => {
  let plenary: TestPlenary;
  let admin: TestUser;

  beforeAll(async () => {
    plenary = await TestPlenary.start({ api: { INVITATIONS_PER_ORG_PER_DAY: 3 } });
    admin = await createUser(plenary, { name: 'Org Admin' });
  });

  afterAll(async () => {
    await plenary.close();
  });

  const invite = (orgId: string, email: string) =>
    plenary.gql(INVITE, { i: { organisationId: orgId, email, role: 'MEMBER' } }, admin.token);
  const countOf = async (sql: string, params: unknown[]): Promise<number> =>
    ((await plenary.dataSource.query(sql, params)) as { n: number }[])[0].n;

  it('refuses invitations from an organisation staff have not verified, and sends nothing', async () => {
    const pending = await createOrganisation(plenary, admin, { verified: false });
    const address = `target-${randomUUID().slice(0, 8)}@example.org`;
    const res = await invite(pending.id, address);
    expect(res.data).toBeNull();
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0].message).toMatch(/verified/i);
    expect(await countOf('SELECT count(*)::int AS n FROM invitations WHERE organisation_id = $1', [pending.id])).toBe(
      0,
    );
    expect(await countOf('SELECT count(*)::int AS n FROM email_messages WHERE lower(to_address) = $1', [address])).toBe(
      0,
    );
  });

  it('limits a verified organisation to INVITATIONS_PER_ORG_PER_DAY, counted per organisation', async () => {
    const org = await createOrganisation(plenary, admin);
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await invite(org.id, `flood-${i}-${randomUUID().slice(0, 6)}@example.org`);
      answers.push(res.errors ? (res.errors[0].extensions?.code ?? '?') : 'OK');
      if (res.errors) expect(res.errors[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    }
    expect(answers).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(await countOf('SELECT count(*)::int AS n FROM invitations WHERE organisation_id = $1', [org.id])).toBe(3);
    // Concurrent invitations cannot slip past the count either.
    const other = await createOrganisation(plenary, admin);
    const parallel = await Promise.all(
      Array.from({ length: 6 }, (_, i) => invite(other.id, `burst-${i}-${randomUUID().slice(0, 6)}@example.org`)),
    );
    expect(parallel.filter((r) => !r.errors)).toHaveLength(3);
    expect(await countOf('SELECT count(*)::int AS n FROM invitations WHERE organisation_id = $1', [other.id])).toBe(3);
  });

  it('never puts user-supplied text in a subject line: every email queued has one of the fixed subjects', async () => {
    const lure = `URGENT Your account is suspended, log in at evil.example ${randomUUID().slice(0, 6)}`;
    const org = await createOrganisation(plenary, admin, { name: lure });
    const address = `lured-${randomUUID().slice(0, 8)}@example.org`;
    expect((await invite(org.id, address)).errors).toBeUndefined();
    const [email] = (await plenary.dataSource.query(
      'SELECT subject, text_body FROM email_messages WHERE lower(to_address) = $1',
      [address],
    )) as { subject: string; text_body: string }[];
    expect(email.subject).toBe(EMAIL_SUBJECTS.INVITATION);
    expect(email.subject).not.toContain('URGENT');
    // What the email is about is in its body.
    expect(email.text_body).toContain(lure);

    const subjects = (await plenary.dataSource.query('SELECT DISTINCT subject FROM email_messages')) as {
      subject: string;
    }[];
    const fixed = new Set<string>(Object.values(EMAIL_SUBJECTS));
    for (const { subject } of subjects) expect(fixed.has(subject)).toBe(true);
  });
});
