import { GraphQLError } from 'graphql';
import { formatGraphqlError } from './error.formatter';

/** Dependency outages become SERVICE_UNAVAILABLE with a retry hint; other unknown errors stay masked. */
describe('formatGraphqlError: dependency outages', () => {
  const format = (original: Error) =>
    formatGraphqlError(
      { message: original.message, path: ['x'] },
      new GraphQLError(original.message, { originalError: original }),
    );

  it.each([
    ['pool timeout', Object.assign(new Error('timeout exceeded when trying to connect'), {})],
    [
      'PostgreSQL restarting (57P01)',
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    ],
    ['PostgreSQL starting (57P03)', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    [
      'ioredis gave up',
      Object.assign(new Error('Reached the max retries per request limit'), { name: 'MaxRetriesPerRequestError' }),
    ],
  ])('%s → SERVICE_UNAVAILABLE', (_name, error) => {
    expect(format(error).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: expect.any(Number) });
  });

  it('an ordinary bug stays INTERNAL_SERVER_ERROR with an error id', () => {
    expect(format(new Error('undefined is not a function')).extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      errorId: expect.any(String),
    });
  });
});
