import { freePort, TestPlenary } from '@app/testing';

/**
 * Redis is down (nothing listens where it should be): login, register and password reset answer
 * SERVICE_UNAVAILABLE with a retry hint, fast — not INTERNAL_SERVER_ERROR after growing delays.
 */
describe('a dependency that is down answers SERVICE_UNAVAILABLE', () => {
  let plenary: TestPlenary;

  beforeAll(async () => {
    const deadPort = await freePort();
    plenary = await TestPlenary.start({ api: { REDIS_URL: `redis://127.0.0.1:${deadPort}` } });
  });

  afterAll(async () => {
    await plenary?.close();
  });

  it.each([
    [
      'login',
      'mutation { login(input: { email: "someone@example.org", password: "not-the-password" }) { accessToken } }',
    ],
    [
      'register',
      'mutation { register(input: { email: "new@example.org", password: "a-long-enough-password-1", displayName: "New" }) { message } }',
    ],
    ['requestPasswordReset', 'mutation { requestPasswordReset(email: "someone@example.org") }'],
  ])('%s during a Redis outage', async (_name, query) => {
    const started = Date.now();
    const res = await plenary.gql(query);
    const ms = Date.now() - started;
    console.log(`${_name}: ${res.errors?.[0]?.extensions?.code ?? 'ok'} in ${ms} ms`);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: expect.any(Number),
    });
    expect(ms).toBeLessThan(10_000); // generous: before, it took growing retries and then failed INTERNAL
  });

  it('/health/ready answers 503 naming Redis', async () => {
    const res = await fetch(`${plenary.url}/health/ready`);
    expect(res.status).toBe(503);
  });
});
