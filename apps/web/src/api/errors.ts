import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { MessageId } from '../i18n/messages';

/**
 * The one mapping from what the api answers to what a person reads. Pages call describeError() on
 * any Apollo error and render the result with <ErrorMessage> / <ErrorSummary>; they never show
 * `error.message` of an unknown error.
 */
export interface FieldProblem {
  /** The input field the api named (e.g. "email", "input.summary" → "summary"). */
  field: string;
  message: string;
}

export type ErrorKind =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'INTERNAL'
  | 'NETWORK';

export interface DescribedError {
  kind: ErrorKind;
  /** Catalogue key of the sentence to show. */
  messageId: MessageId;
  values: Record<string, string | number>;
  /** BAD_USER_INPUT: one entry per field at fault, shown beside the field and in the ErrorSummary. */
  fields: FieldProblem[];
  /** The api's own message (already written for people) when it adds something, e.g. a bad login. */
  serverMessage?: string;
}

interface ApiErrorExtensions {
  code?: string;
  fields?: { field: string; message: string }[];
  errorId?: string;
  retryAfterSeconds?: number;
}

const lastSegment = (field: string): string => field.split('.').pop() ?? field;

export function describeError(error: unknown): DescribedError {
  const base = { values: {}, fields: [] as FieldProblem[] };
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as ApiErrorExtensions;
    const fields = (): FieldProblem[] =>
      error.errors.flatMap((e) =>
        ((e.extensions as ApiErrorExtensions | undefined)?.fields ?? []).map((f) => ({
          field: lastSegment(f.field),
          message: f.message,
        })),
      );
    switch (ext.code) {
      case 'NOT_FOUND':
        return { ...base, kind: 'NOT_FOUND', messageId: 'error.notFound' };
      case 'FORBIDDEN':
        // The api's refusals are written for people ("You cannot take this submission; another moderator will").
        return { ...base, kind: 'FORBIDDEN', messageId: 'error.forbidden', serverMessage: first.message };
      case 'CONFLICT':
        // The fields say which conflict it was (e.g. `expectedVersion`: stale; `submissionId`: claim expired).
        return {
          ...base,
          kind: 'CONFLICT',
          messageId: 'error.conflict',
          serverMessage: first.message,
          fields: fields(),
        };
      case 'RATE_LIMITED': {
        const seconds = Math.max(1, Math.ceil(ext.retryAfterSeconds ?? 60));
        return {
          ...base,
          kind: 'RATE_LIMITED',
          messageId: 'error.rateLimited',
          values: { minutes: Math.ceil(seconds / 60) },
        };
      }
      case 'BAD_USER_INPUT':
      case 'GRAPHQL_VALIDATION_FAILED':
        return {
          ...base,
          kind: 'BAD_USER_INPUT',
          messageId: 'error.badInput',
          fields: fields(),
          serverMessage: first.message,
        };
      case 'UNAUTHENTICATED':
        return { ...base, kind: 'UNAUTHENTICATED', messageId: 'error.unauthenticated', serverMessage: first.message };
      default:
        return { ...base, kind: 'INTERNAL', messageId: 'error.internal', values: { errorId: ext.errorId ?? '—' } };
    }
  }
  if (ServerError.is(error) && error.statusCode >= 500)
    return { ...base, kind: 'INTERNAL', messageId: 'error.internal', values: { errorId: '—' } };
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError)
    return { ...base, kind: 'NETWORK', messageId: 'error.network' };
  return { ...base, kind: 'INTERNAL', messageId: 'error.internal', values: { errorId: '—' } };
}

/** True for failures where the request never got an answer from the api (offline, api down). */
export function isNetworkFailure(error: unknown): boolean {
  return (
    !CombinedGraphQLErrors.is(error) &&
    (error instanceof TypeError || ServerError.is(error) || ServerParseError.is(error))
  );
}
