import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUser, TestPlenary, TestUser } from '@app/testing';

/** The web client's operations by name, found as its build finds them (apps/web/vite.config.ts). */
function webOperations(): Record<string, string> {
  const root = join(__dirname, '..', '..', 'apps', 'web', 'src');
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.parentPath.includes(join(root, 'gql'))) continue;
    const code = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const [, body] of code.matchAll(/\bgraphql\(\s*`([^`]*)`\s*\)/g)) {
      const name = /\b(?:query|mutation)\s+(\w+)/.exec(body)?.[1];
      if (name) out[name] = body.trim();
    }
  }
  return out;
}

interface Answer {
  status: number;
  cache: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

/**
 * Trusted documents: the web client names its operations; the api runs its own copies of them,
 * refuses other documents from the web origin, and keeps serving API clients' documents.
 */
describe('trusted documents (the web client names operations, the api runs its own copies)', () => {
  let plenary: TestPlenary;
  let person: TestUser;
  let webDir: string;

  const post = async (body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> => {
    const res = await fetch(`${plenary.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      cache: res.headers.get('x-plenary-cache'),
      body: (await res.json()) as Answer['body'],
    };
  };
  /** What the web client sends: the operation's name, its variables, no document. */
  const named = (operation: string, variables: Record<string, unknown> = {}) => ({
    operationName: operation,
    variables,
    extensions: { trustedDocument: operation },
  });
  const web = { 'x-plenary-client': 'web' };

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'plenary-trusted-'));
    const operations = webOperations();
    // One that the limits refuse (GRAPHQL_MAX_DEPTH below): left out when loaded.
    operations.TooDeep =
      'query TooDeep { submissions { edges { node { round { session { rounds { edges { node { id } } } } } } } } }';
    writeFileSync(join(webDir, 'trusted-documents.json'), JSON.stringify(operations));
    plenary = await TestPlenary.start({
      api: { WEB_DIR: webDir, TRUSTED_DOCUMENTS: 'on', PUBLIC_CACHE: 'auto', GRAPHQL_MAX_DEPTH: 8 },
    });
    person = await createUser(plenary, { name: 'Trusted Reader' });
  });

  afterAll(async () => {
    await plenary?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('runs the api’s copy of an operation named by the web client, with the __typenames its cache needs', async () => {
    const a = await post(named('PublicProvisions'), web);
    expect(a.status).toBe(200);
    expect(a.body.errors).toBeUndefined();
    const provisions = a.body.data?.treatyProvisions as { __typename: string }[];
    expect(Array.isArray(provisions)).toBe(true);
    // A mutation with a token (the language switch).
    const m = await post(named('UpdateMyLanguage', { input: { preferredLanguage: 'fr' } }), {
      ...web,
      authorization: `Bearer ${person.token}`,
    });
    expect(m.body.errors).toBeUndefined();
    expect(m.body.data?.updateMyProfile).toMatchObject({ __typename: 'User', preferredLanguage: 'fr' });
  });

  it('answers anonymous public reads by name from the cache too', async () => {
    expect((await post(named('PublicProvisions'), web)).status).toBe(200);
    expect((await post(named('PublicProvisions'), web)).cache).toBe('hit');
  });

  it('refuses names it does not hold, a name with a document, and names sent with GET', async () => {
    const unknown = await post(named('NoSuchOperation'), web);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const tooDeep = await post(named('TooDeep'), web);
    expect(tooDeep.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const both = await post({ ...named('PublicProvisions'), query: '{ me { email } }' }, web);
    expect(both.status).toBe(400);
    expect(both.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    const get = await fetch(
      `${plenary.url}/graphql?operationName=PublicProvisions&extensions=${encodeURIComponent(JSON.stringify({ trustedDocument: 'PublicProvisions' }))}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(((await get.json()) as Answer['body']).data).toBeUndefined();
  });

  it.each([
    ['the web client header', { 'x-plenary-client': 'web' }],
    ['a same-origin fetch', { 'sec-fetch-site': 'same-origin' }],
    ['an Origin naming this host', { origin: 'SELF' }],
  ])(
    'refuses a document from the web origin (%s): only the client’s own operations run there',
    async (_label, headers) => {
      const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v === 'SELF' ? plenary.url : v]));
      const a = await post({ query: '{ me { email roles } }' }, { ...h, authorization: `Bearer ${person.token}` });
      expect(a.status).toBe(400);
      expect(a.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
      expect(a.body.data).toBeUndefined();
      // Even the text of one of the client's own operations: from the web origin, by name only.
      const own = await post({ query: webOperations().PublicProvisions }, h);
      expect(own.status).toBe(400);
    },
  );

  it('API clients (a token, no browser) keep sending documents', async () => {
    const a = await post({ query: '{ me { displayName } }' }, { authorization: `Bearer ${person.token}` });
    expect(a.body.errors).toBeUndefined();
    expect(a.body.data?.me).toEqual({ displayName: 'Trusted Reader' });
    const elsewhere = await post({ query: '{ treatyProvisions { id } }' }, { origin: 'https://elsewhere.example' });
    expect(elsewhere.body.errors).toBeUndefined();
  });
});
