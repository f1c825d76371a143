import { createUser, TEST_PASSWORD, TestPlenary } from '@app/testing';

/**
 * The browser's session: the refresh token in an HttpOnly cookie scoped to /auth, rotated by
 * POST /auth/refresh, ended by POST /auth/logout; API clients keep tokens in the body.
 */
const WEB = { 'x-plenary-client': 'web' };
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken user { id displayName } } }';

function refreshCookieOf(res: Response): string | null {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('plenary_refresh='));
  return cookie ?? null;
}

const tokenOf = (setCookie: string): string => setCookie.split(';')[0].split('=')[1];

describe('browser sessions (refresh cookie)', () => {
  let plenary: TestPlenary;
  let email: string;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    email = (await createUser(plenary, { name: 'Amina Diallo' })).email;
  });
  afterAll(() => plenary.close());

  async function webLogin(): Promise<{
    res: Response;
    body: { data: { login: { accessToken: string; refreshToken: string } } };
  }> {
    const res = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...WEB },
      body: JSON.stringify({ query: LOGIN, variables: { i: { email, password: TEST_PASSWORD } } }),
    });
    return { res, body: (await res.json()) as never };
  }

  const post = (path: string, headers: Record<string, string>): Promise<Response> =>
    fetch(`${plenary.url}${path}`, { method: 'POST', headers });

  it('gives the web client its refresh token only as an HttpOnly, Secure, SameSite=Strict cookie on /auth', async () => {
    const { res, body } = await webLogin();
    const cookie = refreshCookieOf(res);
    expect(cookie).not.toBeNull();
    expect(cookie).toMatch(/; Path=\/auth;/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(body.data.login.accessToken.length).toBeGreaterThan(20);
    expect(body.data.login.refreshToken).toBe('');
    // Beside it, a hint the page's script reads (so it waits for the refresh): "1" and nothing else.
    const hint = res.headers.getSetCookie().find((c) => c.startsWith('plenary_session='));
    expect(hint).toMatch(/^plenary_session=1; Path=\/; Max-Age=\d+; Secure; SameSite=Strict$/);
  });

  it('keeps giving other API clients the refresh token in the body, and no cookie', async () => {
    const res = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { i: { email, password: TEST_PASSWORD } } }),
    });
    const body = (await res.json()) as { data: { login: { refreshToken: string } } };
    expect(refreshCookieOf(res)).toBeNull();
    expect(body.data.login.refreshToken.length).toBeGreaterThan(20);
  });

  it('rotates the cookie on POST /auth/refresh, and a used cookie ends the session', async () => {
    const first = tokenOf(refreshCookieOf((await webLogin()).res)!);
    const refreshed = await post('/auth/refresh', { ...WEB, cookie: `plenary_refresh=${first}` });
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers.get('cache-control')).toBe('no-store');
    const body = (await refreshed.json()) as { accessToken: string; user: { displayName: string; email: string } };
    expect(body.user).toMatchObject({ displayName: 'Amina Diallo', email });
    const me = await plenary.gql<{ me: { displayName: string } }>('{ me { displayName } }', {}, body.accessToken);
    expect(me.data?.me.displayName).toBe('Amina Diallo');
    const second = tokenOf(refreshCookieOf(refreshed)!);
    expect(second).not.toBe(first);

    // The first cookie again (stolen and replayed): refused, and the whole session is revoked.
    const replay = await post('/auth/refresh', { ...WEB, cookie: `plenary_refresh=${first}` });
    expect(replay.status).toBe(401);
    expect(refreshCookieOf(replay)).toMatch(/Max-Age=0/);
    const after = await post('/auth/refresh', { ...WEB, cookie: `plenary_refresh=${second}` });
    expect(after.status).toBe(401);
  });

  it('refuses /auth/* without the web client header (a cross-site form cannot send it)', async () => {
    const token = tokenOf(refreshCookieOf((await webLogin()).res)!);
    const res = await post('/auth/refresh', { cookie: `plenary_refresh=${token}` });
    expect(res.status).toBe(403);
    expect(refreshCookieOf(res)).toBeNull();
    // The token was not used: the web client can still refresh with it.
    expect((await post('/auth/refresh', { ...WEB, cookie: `plenary_refresh=${token}` })).status).toBe(200);
  });

  it('answers 204 (no session) without a cookie, and 401 for a cookie that names no session', async () => {
    const res = await post('/auth/refresh', { ...WEB, cookie: 'plenary_session=1' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    // A hint left without its refresh cookie is removed, so the page stops waiting for a refresh.
    expect(res.headers.getSetCookie()).toContain('plenary_session=; Path=/; Max-Age=0; Secure; SameSite=Strict');
    const unknown = await post('/auth/refresh', { ...WEB, cookie: `plenary_refresh=${'x'.repeat(43)}` });
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
  });

  it('ends the session on POST /auth/logout and removes the cookie', async () => {
    const { res, body } = await webLogin();
    const token = tokenOf(refreshCookieOf(res)!);
    const out = await post('/auth/logout', { ...WEB, cookie: `plenary_refresh=${token}` });
    expect(out.status).toBe(204);
    expect(refreshCookieOf(out)).toMatch(/^plenary_refresh=; Path=\/auth; Max-Age=0/);
    expect(out.headers.getSetCookie()).toContain('plenary_session=; Path=/; Max-Age=0; Secure; SameSite=Strict');
    expect((await post('/auth/refresh', { ...WEB, cookie: `plenary_refresh=${token}` })).status).toBe(401);
    const me = await plenary.gql('{ me { id } }', {}, body.data.login.accessToken);
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('updateMyProfile: the interface language remembered per person', () => {
  let plenary: TestPlenary;
  beforeAll(async () => {
    plenary = await TestPlenary.start();
  });
  afterAll(() => plenary.close());

  const UPDATE = 'mutation($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { displayName preferredLanguage } }';

  it('stores the language and the name, shown on me', async () => {
    const person = await createUser(plenary, { name: 'Before' });
    const me0 = await plenary.gql<{ me: { preferredLanguage: string | null } }>(
      '{ me { preferredLanguage } }',
      {},
      person.token,
    );
    expect(me0.data?.me.preferredLanguage).toBeNull();
    const res = await plenary.gql(UPDATE, { i: { preferredLanguage: 'ar', displayName: '  Layla  ' } }, person.token);
    expect(res.data).toEqual({ updateMyProfile: { displayName: 'Layla', preferredLanguage: 'ar' } });
    const me = await plenary.gql('{ me { displayName preferredLanguage } }', {}, person.token);
    expect(me.data).toEqual({ me: { displayName: 'Layla', preferredLanguage: 'ar' } });
    // Only the fields given change.
    await plenary.gql(UPDATE, { i: { preferredLanguage: 'zh' } }, person.token);
    const me2 = await plenary.gql('{ me { displayName preferredLanguage } }', {}, person.token);
    expect(me2.data).toEqual({ me: { displayName: 'Layla', preferredLanguage: 'zh' } });
  });

  it('names the field at fault for a language that is not a UN language, an empty name, or nothing to change', async () => {
    const person = await createUser(plenary);
    const bad = await plenary.gql(UPDATE, { i: { preferredLanguage: 'de' } }, person.token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(bad.errors?.[0].extensions?.fields)).toContain('preferredLanguage');
    const empty = await plenary.gql(UPDATE, { i: { displayName: '   ' } }, person.token);
    expect(JSON.stringify(empty.errors?.[0].extensions?.fields)).toContain('displayName');
    const nothing = await plenary.gql(UPDATE, { i: {} }, person.token);
    expect(nothing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const me = await plenary.gql('{ me { preferredLanguage } }', {}, person.token);
    expect(me.data).toEqual({ me: { preferredLanguage: null } });
  });

  it('refuses the anonymous', async () => {
    const anonymous = await plenary.gql(UPDATE, { i: { preferredLanguage: 'fr' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
