import { randomUUID } from 'node:crypto';
import { REGISTER_MESSAGE } from '@app/identity';
import { EMAIL_SUBJECTS } from '@app/notifications';
import { createOrganisation, createUser, GraphqlResult, TEST_PASSWORD, TestPlenary, TestUser } from '@app/testing';
import { dataOf, errorOf, login, register, REQUEST_RESET, RESEND, uniqueEmail } from './support/accounts.operations';

const INVITE = 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }';

let addressCounter = 0;
/** A fresh client address per request (the api trusts one proxy in these suites), so per-IP limits stay out of the way. */
const fresh = (): Record<string, string> => ({
  'x-forwarded-for': `198.18.${Math.floor(addressCounter / 250)}.${(addressCounter++ % 250) + 1}`,
});

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Medians of `rounds` interleaved runs of two ways of asking; their ratio must stay under a generous
 * factor (a shared CI machine is noisy; a missing argon2 hash would be a factor of ten or more).
 */
async function expectAlikeInTime(a: () => Promise<unknown>, b: () => Promise<unknown>, rounds = 5): Promise<void> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < rounds; i++) {
    ta.push(await timed(a));
    tb.push(await timed(b));
  }
  const [ma, mb] = [median(ta), median(tb)];
  expect(Math.max(ma, mb) / Math.min(ma, mb)).toBeLessThan(3);
}

/** What a client can compare of an answer: status, data and errors (message, code, fields). */
const visible = (res: GraphqlResult<unknown>) => ({
  status: res.status,
  data: res.data,
  errors: res.errors?.map((e) => ({ message: e.message, extensions: e.extensions })),
});

describe('account attacks: enumeration (api over HTTP)', () => {
  let plenary: TestPlenary;
  let verified: TestUser[];
  let unverified: string;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    plenary.app.set('trust proxy', 1);
    verified = [];
    for (let i = 0; i < 7; i++) verified.push(await createUser(plenary));
    unverified = uniqueEmail('unverified');
    dataOf(await register(plenary, { email: unverified, password: TEST_PASSWORD, displayName: 'Unverified' }, fresh()));
  }, 120_000);

  afterAll(async () => {
    await plenary.close();
  });

  it('register: a new, an unverified and a verified address get the same answer, in about the same time', async () => {
    const input = (email: string) => ({ email, password: 'a-new-long-passphrase-1', displayName: 'Prober' });
    const asNew = await register(plenary, input(uniqueEmail('new')), fresh());
    const asUnverified = await register(plenary, input(unverified), fresh());
    const asVerified = await register(plenary, input(verified[0].email), fresh());
    expect(visible(asNew)).toEqual({
      status: 200,
      data: { register: { message: REGISTER_MESSAGE } },
      errors: undefined,
    });
    expect(visible(asUnverified)).toEqual(visible(asNew));
    expect(visible(asVerified)).toEqual(visible(asNew));

    let taken = 1;
    await expectAlikeInTime(
      () => register(plenary, input(uniqueEmail('new')), fresh()),
      () => register(plenary, input(verified[taken++ % verified.length].email), fresh()),
    );
  }, 120_000);

  it('login: an unknown email, a wrong password and an unverified account get the same answer, in about the same time', async () => {
    const unknown = await login(plenary, uniqueEmail('nobody'), TEST_PASSWORD, fresh());
    const wrong = await login(plenary, verified[1].email, 'not-the-password-1', fresh());
    const notYet = await login(plenary, unverified, TEST_PASSWORD, fresh());
    expect(errorOf(unknown).extensions?.code).toBe('UNAUTHENTICATED');
    expect(visible(wrong)).toEqual(visible(unknown));
    expect(visible(notYet)).toEqual(visible(unknown));

    await expectAlikeInTime(
      () => login(plenary, uniqueEmail('nobody'), 'not-the-password-2', fresh()),
      () => login(plenary, verified[1].email, 'not-the-password-2', fresh()),
    );
    await expectAlikeInTime(
      () => login(plenary, uniqueEmail('nobody'), TEST_PASSWORD, fresh()),
      () => login(plenary, unverified, TEST_PASSWORD, fresh()),
    );
  }, 120_000);

  it('requestPasswordReset and resendVerification: the same answer for any address, in about the same time', async () => {
    const reset = (email: string) => plenary.gql(REQUEST_RESET, { e: email }, undefined, fresh());
    expect(visible(await reset(verified[2].email))).toEqual(visible(await reset(uniqueEmail('nobody'))));
    const resend = (email: string) => plenary.gql(RESEND, { e: email }, undefined, fresh());
    const answers = [await resend(unverified), await resend(verified[2].email), await resend(uniqueEmail('nobody'))];
    for (const a of answers) expect(visible(a)).toEqual(visible(answers[2]));

    let known = 3;
    await expectAlikeInTime(
      () => reset(uniqueEmail('nobody')),
      () => reset(verified[known++ % verified.length].email),
    );
  }, 120_000);
});

describe('account attacks: lockout (api over HTTP)', () => {
  let plenary: TestPlenary;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    plenary.app.set('trust proxy', 1);
  }, 120_000);

  afterAll(async () => {
    await plenary.close();
  });

  it('the owner still logs in, from another address, after an attacker’s 50 wrong passwords', async () => {
    const owner = await createUser(plenary);
    const attacker = { 'x-forwarded-for': '203.0.113.99' };
    const seen: string[] = [];
    for (let i = 0; i < 50; i++) {
      const res = await login(plenary, owner.email, `guess-${i}-of-fifty`, attacker);
      seen.push(errorOf(res).extensions?.code ?? '?');
    }
    expect(seen.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(5);
    expect(seen.slice(-1)).toEqual(['RATE_LIMITED']);
    expect(
      dataOf(await login(plenary, owner.email, TEST_PASSWORD, { 'x-forwarded-for': '192.0.2.200' })).login.user.id,
    ).toBe(owner.user.id);
  }, 120_000);
});

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
  }, 120_000);

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
  }, 120_000);

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
  }, 120_000);

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
  }, 120_000);
});
