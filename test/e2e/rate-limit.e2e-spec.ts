import { AuthService } from '@app/identity';
import { PlatformRole } from '@app/platform';
import { createUser, TEST_PASSWORD, TestPlenary, TestUser } from '@app/testing';
import { dataOf, errorOf, login, uniqueEmail } from './support/accounts.operations';

/** One request with `count` aliased login fields for the same credentials. */
function aliasedLogins(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `a${i}: login(input: $i) { accessToken }`).join('\n  ');
  return `mutation Burst($i: LoginInput!) {\n  ${fields}\n}`;
}

const DELETE_ME = 'mutation($p: String!) { deleteMyAccount(password: $p) }';
const from = (address: string): Record<string, string> => ({ 'x-forwarded-for': address });
const ATTACKER = '203.0.113.66';
const OWNER_ELSEWHERE = '198.51.100.20';

/** The codes of every error of a result, in order (one per aliased field). */
const codes = (res: { errors?: { extensions?: { code?: string } }[] }): string[] =>
  (res.errors ?? []).map((e) => e.extensions?.code ?? '?');

describe('password guessing is throttled per account and address (api over HTTP)', () => {
  let plenary: TestPlenary;

  beforeAll(async () => {
    plenary = await TestPlenary.start({ api: { LOGIN_FAILURES_BEFORE_DELAY: 5, LOGIN_FIRST_DELAY_SECONDS: 60 } });
    // As behind one trusted proxy, so a test can speak from several client addresses.
    plenary.app.set('trust proxy', 1);
  });

  afterAll(async () => {
    await plenary.close();
  });

  it('lets the owner in from another address after an attacker’s 50 wrong passwords; the attacker waits', async () => {
    {
      const victim = await createUser(plenary);
      const seen: string[] = [];
      for (let guess = 0; guess < 50; guess++) {
        const res = await login(plenary, victim.email, `wrong-guess-${guess}`, from(ATTACKER));
        expect(res.data).toBeNull();
        seen.push(...codes(res));
      }
      expect(seen).toHaveLength(50);
      // Five guesses are free; every later one from this address is refused without being checked.
      expect(seen.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
      expect(seen.filter((c) => c === 'RATE_LIMITED')).toHaveLength(45);

      // The attacker's address must wait, even with the right password…
      const attacker = errorOf(await login(plenary, victim.email, TEST_PASSWORD, from(ATTACKER)));
      expect(attacker.extensions?.code).toBe('RATE_LIMITED');
      expect(attacker.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      // …and the owner, from anywhere else, logs straight in.
      const owner = dataOf(await login(plenary, victim.email, TEST_PASSWORD, from(OWNER_ELSEWHERE))).login;
      expect(owner.user.id).toBe(victim.user.id);
    }
  });

  it('protects staff accounts the same way', async () => {
    const staff = await createUser(plenary, { roles: [PlatformRole.STAFF] });
    for (let i = 0; i < 12; i++) await login(plenary, staff.email, `wrong-guess-${i}`, from(ATTACKER));
    expect(errorOf(await login(plenary, staff.email, TEST_PASSWORD, from(ATTACKER))).extensions?.code).toBe(
      'RATE_LIMITED',
    );
    expect(dataOf(await login(plenary, staff.email, TEST_PASSWORD, from(OWNER_ELSEWHERE))).login.user.id).toBe(
      staff.user.id,
    );
  });

  it('counts a burst of aliased fields (the first wrong one ends the request), and a correct password clears the address’s failures', async () => {
    const user = await createUser(plenary);
    const address = '192.0.2.41';
    const burst = (password: string) =>
      plenary.gql(aliasedLogins(10), { i: { email: user.email, password } }, undefined, from(address));
    // Ten aliased wrong guesses: GraphQL stops at the first (a non-null field failed); one attempt.
    expect(codes(await burst('typo-burst'))).toEqual(['UNAUTHENTICATED']);
    for (let i = 0; i < 3; i++) await login(plenary, user.email, `typo-${i}`, from(address));
    // Ten aliased right ones: each is an attempt; the first succeeds and clears the count.
    const ok = await burst(TEST_PASSWORD);
    expect(ok.errors).toBeUndefined();
    expect(Object.keys(ok.data ?? {})).toHaveLength(10);
    // Cleared: five typos are free again, the sixth waits.
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) seen.push(...codes(await login(plenary, user.email, `typo-again-${i}`, from(address))));
    expect(seen).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'RATE_LIMITED',
    ]);
  });

  it('counts password checks through deleteMyAccount on the same ladder, and deletes nothing', async () => {
    const victim: TestUser = await createUser(plenary);
    const address = '192.0.2.77';
    const answers: string[] = [];
    for (let i = 0; i < 7; i++) {
      answers.push(
        ...codes(await plenary.gql(DELETE_ME, { p: `stolen-session-guess-${i}` }, victim.token, from(address))),
      );
    }
    expect(answers).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
    // The same pair is slowed for login too; the owner elsewhere is not.
    expect(errorOf(await login(plenary, victim.email, TEST_PASSWORD, from(address))).extensions?.code).toBe(
      'RATE_LIMITED',
    );
    dataOf(await login(plenary, victim.email, TEST_PASSWORD, from(OWNER_ELSEWHERE)));
    const [row] = (await plenary.dataSource.query('SELECT count(*)::int AS n FROM users WHERE id = $1', [
      victim.user.id,
    ])) as { n: number }[];
    expect(row.n).toBe(1);
  });
});

describe('login rate limit per address (api over HTTP)', () => {
  let plenary: TestPlenary;

  beforeAll(async () => {
    plenary = await TestPlenary.start({ api: { LOGIN_MAX_PER_IP: 5 } });
  });

  afterAll(async () => {
    await plenary.close();
  });

  it('refuses the sixth attempt from one address across accounts, even for another account with the right password', async () => {
    // Made without logging in, so the address's count starts at zero.
    const account = async (): Promise<string> => {
      const email = uniqueEmail('per-ip');
      await plenary
        .get(AuthService)
        .createAccount({ email, displayName: 'Per IP', password: TEST_PASSWORD, roles: [] });
      return email;
    };
    const first = await account();
    const second = await account();
    const attempts = [
      () => login(plenary, first, 'wrong-password-aaa'),
      () => login(plenary, first, TEST_PASSWORD),
      () => login(plenary, uniqueEmail('nobody'), 'wrong-password-bbb'),
      () => login(plenary, uniqueEmail('nobody'), 'wrong-password-ccc'),
      () => login(plenary, second, 'wrong-password-ddd'),
    ];
    const seen: string[] = [];
    for (const attempt of attempts) {
      const res = await attempt();
      seen.push(res.data ? 'OK' : (res.errors?.[0].extensions?.code ?? '?'));
    }
    expect(seen).toEqual(['UNAUTHENTICATED', 'OK', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);

    expect(errorOf(await login(plenary, second, TEST_PASSWORD)).extensions?.code).toBe('RATE_LIMITED');
    // A forged X-Forwarded-For does not make a new address (the api trusts no proxy by default).
    expect(errorOf(await login(plenary, second, TEST_PASSWORD, from('203.0.113.7'))).extensions?.code).toBe(
      'RATE_LIMITED',
    );
  });
});
