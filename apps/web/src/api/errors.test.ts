import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { describeError } from './errors';

const gqlError = (extensions: Record<string, unknown>, message = 'x') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe('describeError: what a person reads for each api answer', () => {
  it('maps each extensions.code to its sentence', () => {
    expect(describeError(gqlError({ code: 'NOT_FOUND' })).messageId).toBe('error.notFound');
    expect(describeError(gqlError({ code: 'CONFLICT' })).kind).toBe('CONFLICT');
    expect(describeError(gqlError({ code: 'UNAUTHENTICATED' })).messageId).toBe('error.unauthenticated');
  });

  it('says when to try again after RATE_LIMITED, in whole minutes', () => {
    expect(describeError(gqlError({ code: 'RATE_LIMITED', retryAfterSeconds: 61 })).values).toEqual({ minutes: 2 });
  });

  it('keeps the field messages of BAD_USER_INPUT, by the field’s own name', () => {
    const d = describeError(
      gqlError({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.summary', message: 'has 120 words; the limit is 100' }],
      }),
    );
    expect(d.fields).toEqual([{ field: 'summary', message: 'has 120 words; the limit is 100' }]);
  });

  it('keeps the api’s reason for a refusal, and which field a CONFLICT is about', () => {
    const forbidden = describeError(gqlError({ code: 'FORBIDDEN' }, 'You cannot take this submission'));
    expect(forbidden.serverMessage).toBe('You cannot take this submission');
    const stale = describeError(
      gqlError({
        code: 'CONFLICT',
        fields: [{ field: 'input.expectedVersion', message: 'is not the current version' }],
      }),
    );
    expect(stale.fields).toEqual([{ field: 'expectedVersion', message: 'is not the current version' }]);
  });

  it('gives the error id of INTERNAL_SERVER_ERROR to quote', () => {
    expect(describeError(gqlError({ code: 'INTERNAL_SERVER_ERROR', errorId: 'e-42' })).values).toEqual({
      errorId: 'e-42',
    });
  });

  it('calls a failed fetch a network failure, and a 502 an internal one', () => {
    expect(describeError(new TypeError('Failed to fetch')).kind).toBe('NETWORK');
    const bad = new ServerError('bad gateway', { response: new Response('', { status: 502 }), bodyText: '' });
    expect(describeError(bad).kind).toBe('INTERNAL');
  });
});
