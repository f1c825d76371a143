import { createUser, TestPlenary, TestUser } from '@app/testing';
import { dataOf, errorOf, logout, me, refresh } from './support/accounts.operations';

/** The code `me` answers with, or 'OK' when it answers the user. */
async function meWith(plenary: TestPlenary, accessToken: string, user: TestUser): Promise<string> {
  const res = await me(plenary, accessToken);
  if (res.data?.me) return res.data.me.id === user.user.id ? 'OK' : `someone else (${res.data.me.id})`;
  return res.errors?.[0].extensions?.code ?? 'no answer';
}

async function refreshCode(plenary: TestPlenary, refreshToken: string): Promise<string> {
  const res = await refresh(plenary, refreshToken);
  return res.data?.refreshSession ? 'OK' : (res.errors?.[0].extensions?.code ?? 'no answer');
}

describe('sessions: refresh-token rotation, reuse detection and logout (api over HTTP)', () => {
  let plenary: TestPlenary;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
  });

  afterAll(async () => {
    await plenary.close();
  });

  it('refreshSession returns a new pair that works, for the same person', async () => {
    const user = await createUser(plenary);
    const rotated = dataOf(await refresh(plenary, user.refreshToken)).refreshSession;
    expect(rotated.refreshToken).not.toBe(user.refreshToken);
    expect(rotated.user.id).toBe(user.user.id);
    expect(await meWith(plenary, rotated.accessToken, user)).toBe('OK');
    // And the new refresh token rotates again.
    const again = dataOf(await refresh(plenary, rotated.refreshToken)).refreshSession;
    expect(await meWith(plenary, again.accessToken, user)).toBe('OK');
  });

  it('a used refresh token presented again is refused and ends the whole session', async () => {
    const user = await createUser(plenary);
    const second = dataOf(await refresh(plenary, user.refreshToken)).refreshSession;
    const third = dataOf(await refresh(plenary, second.refreshToken)).refreshSession;
    expect(await meWith(plenary, third.accessToken, user)).toBe('OK');

    const replay = await refresh(plenary, user.refreshToken);
    expect(replay.data).toBeNull();
    expect(errorOf(replay).extensions?.code).toBe('UNAUTHENTICATED');

    // The newest refresh token and every access token of the session stop working at once.
    expect(await refreshCode(plenary, third.refreshToken)).toBe('UNAUTHENTICATED');
    expect(await meWith(plenary, third.accessToken, user)).toBe('UNAUTHENTICATED');
    expect(await meWith(plenary, user.token, user)).toBe('UNAUTHENTICATED');
  });

  it('reuse ends only the session it belongs to, not the person’s other sessions', async () => {
    const user = await createUser(plenary);
    const other = await createUser(plenary, { email: `second-${user.email}` });
    const laptop = dataOf(
      await plenary.gql<{ login: { accessToken: string; refreshToken: string } }>(
        'mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }',
        { i: { email: user.email, password: 'correct-horse-battery-staple' } },
      ),
    ).login;
    dataOf(await refresh(plenary, user.refreshToken));
    expect(await refreshCode(plenary, user.refreshToken)).toBe('UNAUTHENTICATED');

    expect(await meWith(plenary, user.token, user)).toBe('UNAUTHENTICATED');
    expect(await meWith(plenary, laptop.accessToken, user)).toBe('OK');
    expect(await meWith(plenary, other.token, other)).toBe('OK');
    expect(await refreshCode(plenary, laptop.refreshToken)).toBe('OK');
  });

  it('of several concurrent refreshes with one token, at most one succeeds', async () => {
    for (let round = 0; round < 3; round++) {
      const user = await createUser(plenary);
      const results = await Promise.all(Array.from({ length: 4 }, () => refresh(plenary, user.refreshToken)));
      const successes = results.flatMap((r) => (r.data?.refreshSession ? [r.data.refreshSession] : []));
      expect(successes.length).toBeLessThanOrEqual(1);
      for (const failed of results.filter((r) => !r.data?.refreshSession)) {
        expect(errorOf(failed).extensions?.code).toBe('UNAUTHENTICATED');
      }
      // The token was presented more than once: the session is treated as stolen and is over.
      expect(await meWith(plenary, user.token, user)).toBe('UNAUTHENTICATED');
      for (const s of successes) expect(await refreshCode(plenary, s.refreshToken)).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a refresh token that was never issued', async () => {
    const res = await refresh(plenary, 'A'.repeat(43));
    expect(errorOf(res).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logout ends the session: its access and refresh tokens stop working', async () => {
    const user = await createUser(plenary);
    const other = await createUser(plenary);
    expect(await meWith(plenary, user.token, user)).toBe('OK');

    expect(dataOf(await logout(plenary, user.refreshToken)).logout).toBe(true);
    expect(await meWith(plenary, user.token, user)).toBe('UNAUTHENTICATED');
    expect(await refreshCode(plenary, user.refreshToken)).toBe('UNAUTHENTICATED');
    // Other people's sessions are untouched.
    expect(await meWith(plenary, other.token, other)).toBe('OK');
  });

  it('logout answers true for a rotated, an already-ended and an unknown refresh token', async () => {
    const user = await createUser(plenary);
    const rotated = dataOf(await refresh(plenary, user.refreshToken)).refreshSession;
    // The old (used) token still names the session: logging out with it ends the session.
    expect(dataOf(await logout(plenary, user.refreshToken)).logout).toBe(true);
    expect(await meWith(plenary, rotated.accessToken, user)).toBe('UNAUTHENTICATED');
    expect(dataOf(await logout(plenary, rotated.refreshToken)).logout).toBe(true);
    expect(dataOf(await logout(plenary, 'never-issued-token-0123456789abcdef')).logout).toBe(true);
  });
});
