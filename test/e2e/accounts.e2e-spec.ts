import { BAD_CREDENTIALS, REGISTER_MESSAGE } from '@app/identity';
import { EMAIL_SUBJECTS } from '@app/notifications';
import {
  createUser,
  GraphqlResult,
  latestEmailToken,
  registerAndVerify,
  TEST_PASSWORD,
  TestPlenary,
  waitForEmail,
} from '@app/testing';
import {
  dataOf,
  errorOf,
  faultyFields,
  login,
  LOGIN,
  LOGOUT,
  me,
  refresh,
  REFRESH,
  register,
  REGISTER,
  REQUEST_RESET,
  RESEND,
  RESET,
  uniqueEmail,
  verifyEmail,
} from './support/accounts.operations';

const GOOD_PASSWORD = 'violet-tundra-harbour-42';

/** Rows a bad input must not create. */
async function writeCounts(plenary: TestPlenary): Promise<Record<string, number>> {
  const [row] = (await plenary.dataSource.query(
    `SELECT (SELECT count(*) FROM users)::int AS users,
            (SELECT count(*) FROM audit_events)::int AS audit_events,
            (SELECT count(*) FROM outbox_jobs)::int AS outbox_jobs,
            (SELECT count(*) FROM email_messages)::int AS email_messages,
            (SELECT count(*) FROM auth_sessions)::int AS auth_sessions,
            (SELECT count(*) FROM password_resets)::int AS password_resets`,
  )) as Record<string, number>[];
  return row;
}

async function usersWithEmail(plenary: TestPlenary, email: string): Promise<number> {
  const [row] = (await plenary.dataSource.query(
    `SELECT count(*)::int AS n FROM users WHERE email_normalized = lower($1)`,
    [email],
  )) as { n: number }[];
  return row.n;
}

async function emailCount(plenary: TestPlenary, addresses: string[]): Promise<number> {
  const [row] = (await plenary.dataSource.query(
    'SELECT count(*)::int AS n FROM email_messages WHERE lower(to_address) = ANY($1)',
    [addresses.map((a) => a.toLowerCase())],
  )) as { n: number }[];
  return row.n;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed<T>(run: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const resetTokenIn = (text: string): string => {
  const match = /[^t]\/reset-password#token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no reset link in the email:\n${text}`);
  return match[1];
};

describe('accounts (api and worker over HTTP)', () => {
  let plenary: TestPlenary;
  let mailDir: string;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    mailDir = await plenary.startWorker();
  });

  afterAll(async () => {
    await plenary.close();
  });

  /** The verification token of the newest email to `address` (from the outbox table). */
  const verificationToken = (address: string) => latestEmailToken(plenary, address);

  describe('register and verify', () => {
    it('answers with a message to check the inbox, emails a link, and only the link logs in', async () => {
      const email = uniqueEmail('amina');
      const res = await register(plenary, { email, password: GOOD_PASSWORD, displayName: '  Amina Diallo ' });
      expect(dataOf(res).register).toEqual({ message: REGISTER_MESSAGE });

      // Not yet: the password does not log in before the address is verified, and says so as a wrong one would.
      const early = errorOf(await login(plenary, email, GOOD_PASSWORD));
      expect(early.extensions?.code).toBe('UNAUTHENTICATED');
      expect(early.message).toBe(BAD_CREDENTIALS);

      const mail = await waitForEmail(mailDir, (m) => m.to.toLowerCase().includes(email.toLowerCase()));
      expect(mail.subject).toBe(EMAIL_SUBJECTS.VERIFY_EMAIL);
      expect(mail.text).not.toContain('Amina'); // the registrant's chosen name is not sent to the address
      const token = /\/verify-email\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);

      const payload = dataOf(await verifyEmail(plenary, token as string)).verifyEmail;
      expect(payload.user).toEqual({ id: expect.any(String), email, displayName: 'Amina Diallo' });
      expect(dataOf(await me(plenary, payload.accessToken)).me).toEqual({
        id: payload.user.id,
        email,
        displayName: 'Amina Diallo',
      });
      // The password works for a later login; the link works once.
      expect(dataOf(await login(plenary, email, GOOD_PASSWORD)).login.user.id).toBe(payload.user.id);
      const again = await verifyEmail(plenary, token as string);
      expect(errorOf(again).extensions?.code).toBe('BAD_USER_INPUT');
      expect(faultyFields(again)).toEqual(['token']);
    });

    it('treats emails case-insensitively: a second registration in another case makes no second account', async () => {
      const local = `Case.Test-${Math.random().toString(36).slice(2, 8)}`;
      const first = await registerAndVerify(plenary, {
        email: `${local}@Example.ORG`,
        password: GOOD_PASSWORD,
        displayName: 'First',
      });
      const second = await register(plenary, {
        email: `${local.toLowerCase()}@example.org`,
        password: 'another-long-passphrase-7',
        displayName: 'Second',
      });
      expect(dataOf(second).register).toEqual({ message: REGISTER_MESSAGE });
      expect(await usersWithEmail(plenary, `${local}@example.org`)).toBe(1);
      // Any case of the email logs into the one account, with the first password only.
      expect(dataOf(await login(plenary, `${local.toUpperCase()}@EXAMPLE.org`, GOOD_PASSWORD)).login.user.id).toBe(
        first.user.id,
      );
      expect(errorOf(await login(plenary, `${local}@example.org`, 'another-long-passphrase-7')).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('makes one account when several registrations for one email (in different cases) arrive at once, and all answer alike', async () => {
      const local = `race-${Math.random().toString(36).slice(2, 8)}`;
      // Five at once, in five spellings: several reach the insert together and one wins.
      const spellings = [
        local,
        local.toUpperCase(),
        `${local[0].toUpperCase()}${local.slice(1)}`,
        local,
        local.toUpperCase(),
      ];
      const domains = ['example.org', 'EXAMPLE.ORG', 'Example.org', 'example.ORG', 'example.org'];
      const results = await Promise.all(
        spellings.map((name, i) =>
          register(plenary, {
            email: `${name}@${domains[i]}`,
            password: `orchid-lantern-meadow-${i}`,
            displayName: `Racer ${i}`,
          }),
        ),
      );
      for (const res of results) expect(dataOf(res).register).toEqual({ message: REGISTER_MESSAGE });
      expect(await usersWithEmail(plenary, `${local}@example.org`)).toBe(1);
    });

    it('gives the account to whoever uses their own link: a stranger who registered the address first gets nothing', async () => {
      const email = uniqueEmail('squatted');
      dataOf(await register(plenary, { email, password: 'stranger-chose-this-9', displayName: 'Stranger' }));
      const strangersLink = await verificationToken(email);
      dataOf(await register(plenary, { email, password: GOOD_PASSWORD, displayName: 'Owner' }));
      const ownersLink = await verificationToken(email);
      expect(ownersLink).not.toBe(strangersLink);

      const owner = dataOf(await verifyEmail(plenary, ownersLink)).verifyEmail;
      expect(owner.user.displayName).toBe('Owner');
      expect(dataOf(await login(plenary, email, GOOD_PASSWORD)).login.user.id).toBe(owner.user.id);
      expect(errorOf(await login(plenary, email, 'stranger-chose-this-9')).extensions?.code).toBe('UNAUTHENTICATED');
      // The other link is spent.
      expect(errorOf(await verifyEmail(plenary, strangersLink)).extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('resends a link for an account waiting for one, answers true for any address, and mails only that one', async () => {
      const waiting = uniqueEmail('waiting');
      dataOf(await register(plenary, { email: waiting, password: GOOD_PASSWORD, displayName: 'Waiting' }));
      const firstLink = await verificationToken(waiting);
      const verified = await createUser(plenary);
      const nobody = uniqueEmail('nobody');
      const emailsBefore = await emailCount(plenary, [verified.email, nobody]);
      for (const address of [waiting, verified.email, nobody]) {
        expect(await plenary.gql(RESEND, { e: address })).toEqual({
          status: 200,
          data: { resendVerification: true },
          errors: undefined,
        });
      }
      expect(await emailCount(plenary, [verified.email, nobody])).toBe(emailsBefore);
      const secondLink = await verificationToken(waiting);
      expect(secondLink).not.toBe(firstLink);
      expect(dataOf(await verifyEmail(plenary, secondLink)).verifyEmail.user.displayName).toBe('Waiting');
      expect(dataOf(await login(plenary, waiting, GOOD_PASSWORD)).login.user.email).toBe(waiting);
    });

    it('lets a password reset finish an unverified account (the reset link proves the address too)', async () => {
      const email = uniqueEmail('reset-instead');
      dataOf(await register(plenary, { email, password: GOOD_PASSWORD, displayName: 'Resetter' }));
      dataOf(await plenary.gql(REQUEST_RESET, { e: email }));
      const token = await latestEmailToken(plenary, email);
      dataOf(await plenary.gql(RESET, { i: { token, newPassword: 'brand-new-passphrase-77' } }));
      expect(dataOf(await login(plenary, email, 'brand-new-passphrase-77')).login.user.email).toBe(email);
    });
  });

  describe('no account enumeration', () => {
    it('answers a registration for a taken email exactly as for a new one, makes no account, and tells the owner by email', async () => {
      const owner = await createUser(plenary);
      const fresh = await register(plenary, {
        email: uniqueEmail('fresh'),
        password: 'orchid-lantern-meadow-9',
        displayName: 'Someone',
      });
      const taken = await register(plenary, {
        email: owner.email.toUpperCase(),
        password: 'orchid-lantern-meadow-9',
        displayName: 'Someone',
      });
      expect(taken).toEqual(fresh);
      expect(await usersWithEmail(plenary, owner.email)).toBe(1);
      // The owner's password is untouched; the intruder's does not log in.
      expect(dataOf(await login(plenary, owner.email, TEST_PASSWORD)).login.user.id).toBe(owner.user.id);
      expect(errorOf(await login(plenary, owner.email, 'orchid-lantern-meadow-9')).extensions?.code).toBe(
        'UNAUTHENTICATED',
      );

      const email = await waitForEmail(mailDir, (m) => m.to.toLowerCase().includes(owner.email.toLowerCase()));
      expect(email.subject).toBe(EMAIL_SUBJECTS.REGISTRATION_ATTEMPT);
      expect(email.text).toContain('/forgot-password');
      expect(email.text).not.toContain('/account/');
      expect(email.text).not.toMatch(/token=/);
    });

    it('answers login with an unknown email and with a wrong password with the same error', async () => {
      const user = await createUser(plenary);
      const unknown = await login(plenary, uniqueEmail('nobody'), TEST_PASSWORD);
      const wrong = await login(plenary, user.email, 'not-the-right-password');
      expect(unknown.data).toBeNull();
      expect(wrong.data).toBeNull();
      const [a, b] = [errorOf(unknown), errorOf(wrong)];
      expect(a.extensions?.code).toBe('UNAUTHENTICATED');
      expect({ message: a.message, extensions: a.extensions }).toEqual({
        message: b.message,
        extensions: b.extensions,
      });
      expect(unknown.status).toBe(wrong.status);
    });

    it('takes about as long to refuse an unknown email as a wrong password', async () => {
      const user = await createUser(plenary);
      // Warm up both paths (the dummy hash is computed on first use).
      await login(plenary, uniqueEmail('warmup'), 'warm-up-password-1');
      await login(plenary, user.email, 'warm-up-password-1');
      const unknown: number[] = [];
      const wrong: number[] = [];
      for (let i = 0; i < 5; i++) {
        unknown.push(await timed(() => login(plenary, uniqueEmail('nobody'), `wrong-password-${i}`)));
        wrong.push(await timed(() => login(plenary, user.email, `wrong-password-${i}`)));
      }
      const [u, w] = [median(unknown), median(wrong)];
      expect(Math.max(u, w) / Math.min(u, w)).toBeLessThan(3);
    });

    it('answers requestPasswordReset true for an existing and an unknown email, and mails only the existing one', async () => {
      const user = await createUser(plenary);
      const nobody = uniqueEmail('nobody');
      const known = await plenary.gql<{ requestPasswordReset: boolean }>(REQUEST_RESET, { e: user.email });
      const unknown = await plenary.gql<{ requestPasswordReset: boolean }>(REQUEST_RESET, { e: nobody });
      expect(known).toEqual({ status: 200, data: { requestPasswordReset: true }, errors: undefined });
      expect(unknown).toEqual(known);

      await waitForEmail(mailDir, (m) => m.to.includes(user.email) && /reset/i.test(m.subject));
      const queued = (await plenary.dataSource.query(
        `SELECT count(*)::int AS n FROM email_messages WHERE lower(to_address) = lower($1)`,
        [nobody],
      )) as { n: number }[];
      expect(queued[0].n).toBe(0);
    });
  });

  describe('password reset', () => {
    it('resets the password from the emailed link, ends every session, and the link works once', async () => {
      const user = await createUser(plenary);
      const otherSession = dataOf(await login(plenary, user.email, TEST_PASSWORD)).login;

      expect(
        dataOf(await plenary.gql<{ requestPasswordReset: boolean }>(REQUEST_RESET, { e: user.email }))
          .requestPasswordReset,
      ).toBe(true);
      const email = await waitForEmail(mailDir, (m) => m.to.includes(user.email) && /reset/i.test(m.subject));
      const token = resetTokenIn(email.text);

      const garbage = await plenary.gql(RESET, { i: { token: 'x'.repeat(43), newPassword: GOOD_PASSWORD } });
      expect(errorOf(garbage).extensions?.code).toBe('BAD_USER_INPUT');
      expect(faultyFields(garbage)).toEqual(['token']);

      const weak = await plenary.gql(RESET, { i: { token, newPassword: 'short' } });
      expect(errorOf(weak).extensions?.code).toBe('BAD_USER_INPUT');
      expect(faultyFields(weak)).toEqual(['newPassword']);
      const common = await plenary.gql(RESET, { i: { token, newPassword: 'password1234' } });
      expect(faultyFields(common)).toEqual(['newPassword']);

      const done = await plenary.gql<{ resetPassword: boolean }>(RESET, { i: { token, newPassword: GOOD_PASSWORD } });
      expect(dataOf(done).resetPassword).toBe(true);

      // Every session that existed before is over: access and refresh tokens alike.
      for (const session of [{ accessToken: user.token, refreshToken: user.refreshToken }, otherSession]) {
        expect((await me(plenary, session.accessToken)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect(errorOf(await refresh(plenary, session.refreshToken)).extensions?.code).toBe('UNAUTHENTICATED');
      }
      expect(errorOf(await login(plenary, user.email, TEST_PASSWORD)).extensions?.code).toBe('UNAUTHENTICATED');
      const fresh = dataOf(await login(plenary, user.email, GOOD_PASSWORD)).login;
      expect(dataOf(await me(plenary, fresh.accessToken)).me.id).toBe(user.user.id);

      const again = await plenary.gql(RESET, { i: { token, newPassword: 'yet-another-passphrase-3' } });
      expect(errorOf(again).extensions?.code).toBe('BAD_USER_INPUT');
      expect(faultyFields(again)).toEqual(['token']);
      expect(dataOf(await login(plenary, user.email, GOOD_PASSWORD)).login.user.id).toBe(user.user.id);
    });
  });

  describe('bad input answers BAD_USER_INPUT naming the field, and writes nothing', () => {
    const base = { email: 'valid.person@example.org', password: GOOD_PASSWORD, displayName: 'Valid Person' };
    const cases: { name: string; query: string; variables: Record<string, unknown>; field: string }[] = [
      {
        name: 'register: malformed email',
        query: REGISTER,
        variables: { i: { ...base, email: 'not-an-email' } },
        field: 'email',
      },
      {
        name: 'register: short password',
        query: REGISTER,
        variables: { i: { ...base, password: 'short1' } },
        field: 'password',
      },
      {
        name: 'register: common password',
        query: REGISTER,
        variables: { i: { ...base, password: 'password1234' } },
        field: 'password',
      },
      {
        name: 'register: 101-character display name',
        query: REGISTER,
        variables: { i: { ...base, displayName: 'x'.repeat(101) } },
        field: 'displayName',
      },
      {
        name: 'register: empty display name',
        query: REGISTER,
        variables: { i: { ...base, displayName: '' } },
        field: 'displayName',
      },
      {
        name: 'register: blank display name',
        query: REGISTER,
        variables: { i: { ...base, displayName: ' \t  ' } },
        field: 'displayName',
      },
      {
        name: 'login: malformed email',
        query: LOGIN,
        variables: { i: { email: 'nobody-at-example.org', password: GOOD_PASSWORD } },
        field: 'email',
      },
      {
        name: 'resetPassword: short token',
        query: RESET,
        variables: { i: { token: 'abc', newPassword: GOOD_PASSWORD } },
        field: 'token',
      },
      {
        name: 'requestPasswordReset: malformed email',
        query: REQUEST_RESET,
        variables: { e: 'someone@' },
        field: 'email',
      },
      { name: 'refreshSession: malformed token', query: REFRESH, variables: { t: 'short' }, field: 'refreshToken' },
      { name: 'logout: malformed token', query: LOGOUT, variables: { t: 'short' }, field: 'refreshToken' },
    ];

    it.each(cases)('$name', async ({ query, variables, field }) => {
      const before = await writeCounts(plenary);
      const res: GraphqlResult<unknown> = await plenary.gql(query, variables);
      expect(res.data).toBeNull();
      expect(errorOf(res).extensions?.code).toBe('BAD_USER_INPUT');
      expect(faultyFields(res)).toContain(field);
      expect(await writeCounts(plenary)).toEqual(before);
    });

    it('accepts the same registration once the input is valid (the cases above fail for their field only)', async () => {
      const before = await writeCounts(plenary);
      const ok: GraphqlResult<{ register: { message: string } }> = await plenary.gql(REGISTER, { i: { ...base } });
      expect(dataOf(ok).register.message).toBe(REGISTER_MESSAGE);
      expect((await writeCounts(plenary)).users).toBe(before.users + 1);
    });
  });
});
