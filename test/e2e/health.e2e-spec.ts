import { onQueueBackend, TestPlenary } from '@app/testing';

describe('health and GraphQL baseline (api over HTTP)', () => {
  let plenary: TestPlenary;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
  });

  afterAll(async () => {
    await plenary.close();
  });

  it('answers liveness and readiness with the database and Redis up', async () => {
    expect(await (await fetch(`${plenary.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${plenary.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok', redis: 'ok' });
  });

  it('denies an operation that is not public to a caller without a token', async () => {
    const res = await plenary.gql('{ me { id } }');
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps introspection and "did you mean" hints off by default', async () => {
    const intro = await plenary.gql('{ __schema { types { name } } }');
    expect(intro.errors?.[0].message).toMatch(/introspection/i);
    const typo = await plenary.gql('{ mee { id } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});

describe('readiness with queues and rate limits on PostgreSQL (api over HTTP)', () => {
  let plenary: TestPlenary;

  beforeAll(async () => {
    // REDIS_URL points at a closed port: with the PostgreSQL backend, Redis is neither used nor checked.
    plenary = await TestPlenary.start(onQueueBackend('postgres'));
  });

  afterAll(async () => {
    await plenary.close();
  });

  it('is ready with PostgreSQL alone, and says nothing about Redis', async () => {
    const ready = await fetch(`${plenary.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('is not ready when PostgreSQL does not answer', async () => {
    const query = jest.spyOn(plenary.dataSource, 'query').mockRejectedValueOnce(new Error('connection refused'));
    try {
      const ready = await fetch(`${plenary.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'down', database: 'down' });
    } finally {
      query.mockRestore();
    }
  });
});
