import { PlatformConfig, queueBackendOf, settleQueueBackend } from '@app/platform';
import { BASE_DATABASE_URL, CLOSED_REDIS_URL, TEST_REDIS_URL } from '@app/testing';
import { postgresAnswers } from '../../apps/cli/src/embedded-database';

const configWith = (values: Partial<PlatformConfig>): PlatformConfig => Object.assign(new PlatformConfig(), values);

/** How a process with nothing configured picks its queue backend, and how `npm start` sees a database. */
describe('choosing where queues live, and whether a database answers', () => {
  it('keeps an explicit QUEUE_BACKEND without probing anything', async () => {
    const config = configWith({ QUEUE_BACKEND: 'postgres', REDIS_URL: TEST_REDIS_URL });
    expect(await settleQueueBackend(config, {})).toEqual({ backend: 'postgres', reason: 'QUEUE_BACKEND is set' });
    expect(queueBackendOf(config)).toBe('postgres');
  });

  it('uses Redis when REDIS_URL is set, even if it does not answer (an outage stays an outage)', async () => {
    const config = configWith({ REDIS_URL: CLOSED_REDIS_URL });
    expect((await settleQueueBackend(config, { REDIS_URL: CLOSED_REDIS_URL })).backend).toBe('redis');
    expect(config.QUEUE_BACKEND).toBe('redis');
  });

  it('uses Redis when REDIS_URL is unset and Redis answers at the default address', async () => {
    const config = configWith({ REDIS_URL: TEST_REDIS_URL });
    expect((await settleQueueBackend(config, {})).backend).toBe('redis');
  });

  it('uses PostgreSQL when REDIS_URL is unset and nothing answers at the default address', async () => {
    const config = configWith({ REDIS_URL: CLOSED_REDIS_URL });
    const settled = await settleQueueBackend(config, {});
    expect(settled.backend).toBe('postgres');
    expect(settled.reason).toContain('no Redis answers');
    expect(queueBackendOf(config)).toBe('postgres');
  });

  it('refuses to build a process while QUEUE_BACKEND is still auto', () => {
    expect(() => queueBackendOf(new PlatformConfig())).toThrow(/settleQueueBackend/);
  });

  it('sees a PostgreSQL server that answers, even for a database it lacks, and none on a closed port', async () => {
    const url = new URL(BASE_DATABASE_URL);
    expect(await postgresAnswers(url.toString())).toBe(true);
    url.pathname = '/no_such_database_here';
    expect(await postgresAnswers(url.toString())).toBe(true);
    expect(await postgresAnswers('postgres://postgres@127.0.0.1:1/plenary')).toBe(false);
  });
});
