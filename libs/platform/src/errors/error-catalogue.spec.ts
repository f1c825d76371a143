import { GraphQLError } from 'graphql';
import { formatGraphqlError } from '../graphql/error.formatter';
import { DomainException, ErrorCode } from './domain.exception';
import { errorCatalogue, refuse } from './error-catalogue';
import { PlatformErrors } from './platform.errors';

const Example = errorCatalogue('example', {
  THING_NOT_FOUND: () => refuse.notFound('Thing', 'thingId'),
  TOO_LONG: (limit: number) => refuse.badInput('name', `has more than ${limit} characters`),
  LOCKED: () => refuse.conflict('The thing is locked'),
});

const asClient = (e: DomainException) =>
  formatGraphqlError({ message: e.message, path: ['x'] }, new GraphQLError(e.message, { originalError: e }));

describe('error catalogues', () => {
  it('builds DomainExceptions with the wire code, the message, the fields and the area’s own code', () => {
    const e = Example.TOO_LONG(200);
    expect(e).toBeInstanceOf(DomainException);
    expect(e.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(e.reason).toBe('example.TOO_LONG');
    expect(e.message).toBe('Invalid name: has more than 200 characters');
    expect(e.fields).toEqual([{ field: 'name', message: 'has more than 200 characters' }]);
  });

  it.each<[string, DomainException, object]>([
    [
      'NOT_FOUND naming a field',
      Example.THING_NOT_FOUND(),
      {
        message: 'Thing not found',
        extensions: { code: 'NOT_FOUND', fields: [{ field: 'thingId', message: 'not found' }] },
      },
    ],
    ['CONFLICT without fields', Example.LOCKED(), { message: 'The thing is locked', extensions: { code: 'CONFLICT' } }],
    [
      'RATE_LIMITED with its retry hint',
      PlatformErrors.RATE_LIMITED(7),
      { message: 'Too many attempts; try again later', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 7 } },
    ],
  ])('reach the client through the one formatter: %s, never the area’s code', (_name, error, expected) => {
    const formatted = asClient(error);
    expect(formatted).toMatchObject(expected);
    expect(JSON.stringify(formatted)).not.toContain(error.reason);
  });

  it('takes only UPPER_SNAKE codes', () => {
    expect(() => errorCatalogue('example', { notUpper: () => refuse.conflict('x') })).toThrow(/UPPER_SNAKE/);
  });
});
