import { TestPlenary } from '@app/testing';

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
