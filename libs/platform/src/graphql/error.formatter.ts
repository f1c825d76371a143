import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainException, ErrorCode, isDependencyUnavailable, PlatformErrors } from '../errors';

/** Apollo's own codes for a request the client got wrong; they carry no internal detail. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Codes clients act on as they are (Apollo clients retry a persisted query with its text). */
const KEPT_CODES = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const logger = new Logger('GraphQL');

/**
 * The one place errors become what a client sees. DomainExceptions (every lib's catalogued
 * refusals, see errorCatalogue) keep their wire code, message and fields; Apollo's request errors pass through; everything else is masked as INTERNAL_SERVER_ERROR
 * with an error id that is logged together with the cause.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainException) return asClientSees(original, base);

  const code = formatted.extensions?.code;
  const isClientError =
    typeof code === 'string' &&
    CLIENT_ERROR_CODES.has(code) &&
    (!original || original instanceof GraphQLError || isGraphqlInputError(original));
  if (isClientError) {
    // graphql-js puts "Did you mean …" schema hints in variable errors too, where Apollo's
    // hideSchemaDetailsFromClientErrors does not reach.
    // graphql-js quotes the value at fault in the message: cut, so a 100 KB value is not echoed back.
    const full = code === 'BAD_USER_INPUT' ? withoutSchemaHints(formatted.message) : formatted.message;
    const message = clip(full);
    const fields =
      code === 'BAD_USER_INPUT' ? variableFields(full).map((f) => ({ ...f, message: clip(f.message) })) : [];
    return {
      ...base,
      message,
      extensions: {
        code: KEPT_CODES.has(code) ? code : ErrorCode.BAD_USER_INPUT,
        ...(fields.length ? { fields } : {}),
      },
    };
  }

  // A malformed id (PostgreSQL could not read it as a uuid or number) names nothing that exists:
  // answer exactly as for an unknown id. Services check ids too; this is the net under them.
  if (pgCode(original) === '22P02') {
    return { ...base, message: 'Not found', extensions: { code: ErrorCode.NOT_FOUND } };
  }

  // A dependency that is down: a distinct code and a retry hint, not an internal error.
  if (isDependencyUnavailable(original)) {
    const e = original as { name?: string; code?: string; message?: string };
    logger.warn(
      { err: { name: e.name, code: e.code, message: e.message }, path: formatted.path },
      'dependency unavailable',
    );
    return asClientSees(PlatformErrors.SERVICE_UNAVAILABLE(), base);
  }

  const errorId = randomUUID();
  logger.error({ errorId, err: original ?? error, path: formatted.path }, 'unexpected error');
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
  };
}

/**
 * A refusal as the client sees it: its wire code, message and fields. Its `reason` (the area's own
 * code) stays on the server.
 */
function asClientSees(e: DomainException, base: GraphQLFormattedError): GraphQLFormattedError {
  return {
    ...base,
    message: e.message,
    extensions: { code: e.code, ...(e.fields.length > 0 ? { fields: e.fields } : {}), ...e.extra },
  };
}

const MAX_MESSAGE = 300;

function clip(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}

function pgCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

function isGraphqlInputError(error: unknown): boolean {
  // graphql-js reports bad variable values as TypeErrors raised by scalar parsers.
  return error instanceof TypeError;
}

function withoutSchemaHints(message: string): string {
  return message.replace(/ Did you mean .*$/s, '');
}

/** Names the variable at fault in graphql-js's "Variable "$input" got invalid value …" messages. */
function variableFields(message: string): { field: string; message: string }[] {
  const match = /Variable "\$([\w]+)" got invalid value .*?(?:at "([\w.[\]]+)")?;/.exec(message);
  if (!match) return [];
  const field = match[2] ? match[2].replace(/^[\w]+\./, '') : match[1];
  return [{ field, message }];
}
