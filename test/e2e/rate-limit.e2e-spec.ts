import { onQueueBackend, QUEUE_BACKENDS, TestPlenary } from '@app/testing';
import { dataOf, errorOf, login, register, uniqueEmail } from './support/accounts.operations';

const PASSWORD = 'saffron-glacier-window-5';

/** One request with `count` aliased login fields for the same credentials. */
function aliasedLogins(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `a${i}: login(input: $i) { accessToken }`).join('\n  ');
  return `mutation Burst($i: LoginInput!) {\n  ${fields}\n}`;
}

async function newAccount(plenary: TestPlenary, label: string): Promise<string> {
  const email = uniqueEmail(label);
  dataOf(await register(plenary, { email, password: PASSWORD, displayName: label }));
  return email;
}

describe.each(QUEUE_BACKENDS)('login rate limits, counted in %s (api over HTTP)', (backend) => {
  describe('per account', () => {
    let plenary: TestPlenary;

    beforeAll(async () => {
      plenary = await TestPlenary.start(
        onQueueBackend(backend, { api: { LOGIN_MAX_PER_ACCOUNT: 10, LOGIN_MAX_PER_IP: 10_000 } }),
      );
    });

    afterAll(async () => {
      await plenary.close();
    });

    it('counts each aliased login field as an attempt: after ten in one request, the next request is refused even with the right password', async () => {
      const victim = await newAccount(plenary, 'victim');
      const bystander = await newAccount(plenary, 'bystander');

      const burst = await plenary.gql<Record<string, { accessToken: string }>>(aliasedLogins(10), {
        i: { email: victim, password: PASSWORD },
      });
      expect(burst.errors).toBeUndefined();
      expect(Object.keys(burst.data ?? {})).toHaveLength(10);

      const eleventh = await login(plenary, victim, PASSWORD);
      expect(eleventh.data).toBeNull();
      const error = errorOf(eleventh);
      expect(error.extensions?.code).toBe('RATE_LIMITED');
      expect(error.extensions?.retryAfterSeconds).toEqual(expect.any(Number));
      expect(error.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      // The same email in another case is the same account.
      expect(errorOf(await login(plenary, victim.toUpperCase(), PASSWORD)).extensions?.code).toBe('RATE_LIMITED');

      // Another account is not affected.
      expect(dataOf(await login(plenary, bystander, PASSWORD)).login.accessToken).toEqual(expect.any(String));
    });

    it('refuses the eleventh aliased field of a single request', async () => {
      const victim = await newAccount(plenary, 'burst');
      const burst = await plenary.gql(aliasedLogins(11), { i: { email: victim, password: PASSWORD } });
      const error = errorOf(burst);
      expect(error.extensions?.code).toBe('RATE_LIMITED');
      expect((error as { path?: string[] }).path).toEqual(['a10']);
      expect(burst.data).toBeNull();
    });

    it('lets bursts of aliased wrong guesses try no more than ten passwords before refusing, then refuses the right one too', async () => {
      const victim = await newAccount(plenary, 'guessed');
      let guessesTried = 0;
      let limited = false;
      for (let request = 0; request < 11 && !limited; request++) {
        const burst = await plenary.gql(aliasedLogins(10), {
          i: { email: victim, password: `wrong-guess-${request}` },
        });
        expect(burst.data).toBeNull();
        for (const e of burst.errors ?? []) {
          if (e.extensions?.code === 'UNAUTHENTICATED') guessesTried += 1;
          else if (e.extensions?.code === 'RATE_LIMITED') limited = true;
          else throw new Error(`unexpected error ${JSON.stringify(e)}`);
        }
      }
      expect(limited).toBe(true);
      expect(guessesTried).toBeGreaterThan(0);
      expect(guessesTried).toBeLessThanOrEqual(10);
      expect(errorOf(await login(plenary, victim, PASSWORD)).extensions?.code).toBe('RATE_LIMITED');
    });
  });

  describe('per IP', () => {
    let plenary: TestPlenary;

    beforeAll(async () => {
      plenary = await TestPlenary.start(
        onQueueBackend(backend, { api: { LOGIN_MAX_PER_ACCOUNT: 100, LOGIN_MAX_PER_IP: 5 } }),
      );
    });

    afterAll(async () => {
      await plenary.close();
    });

    it('refuses the sixth attempt from one address across accounts, even for another account with the right password', async () => {
      const first = await newAccount(plenary, 'first');
      const second = await newAccount(plenary, 'second');
      const attempts = [
        () => login(plenary, first, 'wrong-password-aaa'),
        () => login(plenary, first, PASSWORD),
        () => login(plenary, uniqueEmail('nobody'), 'wrong-password-bbb'),
        () => login(plenary, uniqueEmail('nobody'), 'wrong-password-ccc'),
        () => login(plenary, second, 'wrong-password-ddd'),
      ];
      const codes: string[] = [];
      for (const attempt of attempts) {
        const res = await attempt();
        codes.push(res.data ? 'OK' : (res.errors?.[0].extensions?.code ?? '?'));
      }
      expect(codes).toEqual(['UNAUTHENTICATED', 'OK', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);

      expect(errorOf(await login(plenary, second, PASSWORD)).extensions?.code).toBe('RATE_LIMITED');
      // A forged X-Forwarded-For does not make a new address (the api trusts no proxy by default).
      expect(
        errorOf(await login(plenary, second, PASSWORD, { 'x-forwarded-for': '203.0.113.7' })).extensions?.code,
      ).toBe('RATE_LIMITED');
    });
  });
});
