import { randomUUID } from 'node:crypto';
import { createUser, TEST_PASSWORD, TestPlenary, TestUser } from '@app/testing';

/**
 * Issue 10, finding 2: a dozen anonymous searches with unbounded filters (300 tag ids, very long
 * search strings) held every pooled connection until the statement timeout, and logins and
 * /health/ready went down with them. With a pool of 3 connections, the worst public queries the
 * api still accepts leave both answering; what it no longer accepts never reaches PostgreSQL; and
 * each client IP has a budget for expensive queries.
 */

const SEARCH = `SUBMISSIONS(filter: { search: $search, tagIds: $tagIds }, first: 100)`;
const WORST = `query Worst($search: String!, $tagIds: [ID!]) {
  ${SEARCH.replace('SUBMISSIONS', 'submissions')} { edges { node { id title } } pageInfo { hasNextPage } }
}`;

/** The longest search accepted (200 characters), mixing words of several languages and CJK (matched with ILIKE too). */
const LONGEST_SEARCH = 'cybercrime 人权 evidence protección données '.repeat(10).slice(0, 200);
const MOST_TAGS = Array.from({ length: 10 }, () => randomUUID());

describe('Pool-exhaustion guard (DATABASE_POOL_SIZE=3)', () => {
  let plenary: TestPlenary;
  let person: TestUser;

  beforeAll(async () => {
    plenary = await TestPlenary.start({
      api: { DATABASE_POOL_SIZE: 3, TRUST_PROXY: 1, EXPENSIVE_QUERY_BUDGET: 3_000, EXPENSIVE_QUERY_WINDOW_SECONDS: 60 },
    });
    person = await createUser(plenary);
  });

  afterAll(async () => {
    await plenary.close();
  });

  const worst = (ip: string, variables: Record<string, unknown>) =>
    plenary.gql<{ submissions: { edges: unknown[] } }>(WORST, variables, undefined, { 'x-forwarded-for': ip });

  it('refuses over-long searches and over-long tag lists without touching PostgreSQL', async () => {
    plenary.sql.reset();
    const [long, many] = await Promise.all([
      worst('198.51.100.1', { search: 'x'.repeat(5000) }),
      worst('198.51.100.1', { search: 'rights', tagIds: Array.from({ length: 300 }, () => randomUUID()) }),
    ]);
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['search']);
    expect(many.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(many.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['tagIds']);
    expect(plenary.sql.count).toBe(0);
  });

  it('keeps /health/ready and login answering while 12 worst-case public searches run at once', async () => {
    const flood = Array.from({ length: 12 }, (_, i) =>
      worst(`203.0.113.${i + 1}`, { search: LONGEST_SEARCH, tagIds: MOST_TAGS }),
    );
    const started = Date.now();
    const ready = fetch(`${plenary.url}/health/ready`).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as unknown,
      ms: Date.now() - started,
    }));
    const login = plenary
      .gql<{ login: { accessToken: string } }>(
        'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
        { i: { email: person.email, password: TEST_PASSWORD } },
        undefined,
        { 'x-forwarded-for': '192.0.2.200' },
      )
      .then((r) => ({ ...r, ms: Date.now() - started }));
    const [health, loggedIn, ...searches] = await Promise.all([ready, login, ...flood]);

    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: 'ok', redis: 'ok' });
    expect(loggedIn.errors).toBeUndefined();
    expect(loggedIn.data?.login.accessToken).toEqual(expect.any(String));
    // Generous: the point is "answers", not "answers fast" on a busy CI machine.
    expect(health.ms).toBeLessThan(10_000);
    expect(loggedIn.ms).toBeLessThan(15_000);
    for (const s of searches) {
      expect(s.errors).toBeUndefined();
      expect(s.data?.submissions.edges).toEqual([]);
    }
  });

  it('gives each client IP a budget of expensive queries, then RATE_LIMITED, while other IPs are served', async () => {
    // A search with ten tag filters costs 150 units; the budget is 3,000 per minute.
    const results = [];
    for (let i = 0; i < 25; i++) {
      results.push(await worst('198.51.100.77', { search: 'rights', tagIds: MOST_TAGS }));
    }
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'ok');
    expect(codes.slice(0, 20)).toEqual(Array(20).fill('ok'));
    expect(codes.slice(20)).toEqual(Array(5).fill('RATE_LIMITED'));
    expect(results[24].errors?.[0].extensions?.retryAfterSeconds).toEqual(expect.any(Number));

    // A refused search does not reach PostgreSQL; someone else's does.
    plenary.sql.reset();
    const refused = await worst('198.51.100.77', { search: 'rights' });
    expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(plenary.sql.count).toBe(0);
    const other = await worst('198.51.100.78', { search: 'rights' });
    expect(other.errors).toBeUndefined();

    // Cheap reads are not charged.
    const plain = await plenary.gql('{ submissions(first: 5) { edges { node { id } } } }', {}, undefined, {
      'x-forwarded-for': '198.51.100.77',
    });
    expect(plain.errors).toBeUndefined();
  });
});
