import { GraphQLSchema } from 'graphql';
import { ErrorCode } from '../errors';

/** The codes an operation can answer beyond those every operation can (see ROOT_DESCRIPTIONS), each with when. */
export type OperationErrors = Partial<Record<ErrorCode, string>>;

/**
 * An operation's schema description: what it does and the rules that apply, then each
 * `extensions.code` it can answer and when. Codes are the ErrorCode enum's, so a description cannot
 * name a code the api never answers.
 */
export function describeOperation(text: string, errors: OperationErrors = {}): string {
  const codes = (Object.keys(errors) as ErrorCode[]).map((code) => `${code} — ${errors[code]}`);
  return codes.length ? `${text}\n\nErrors: ${codes.join('; ')}.` : text;
}

const EVERY_OPERATION =
  'Every operation may also answer BAD_USER_INPUT (an argument outside its bounds, naming `extensions.fields`), ' +
  'SERVICE_UNAVAILABLE (a dependency is down; nothing changed; retry after `extensions.retryAfterSeconds`) and ' +
  'INTERNAL_SERVER_ERROR (masked, with an `extensions.errorId` that is in the log). Operations not described as ' +
  'public answer UNAUTHENTICATED without a valid access token (`Authorization: Bearer`). An id the caller may not ' +
  'see answers NOT_FOUND, exactly as an id that does not exist.';

/** Descriptions of the root types, which code-first decorators cannot give. */
export const ROOT_DESCRIPTIONS = {
  Query: `What a caller may read. ${EVERY_OPERATION}`,
  Mutation:
    'What a caller may change. Each change is validated whole before anything is written, and a refused ' +
    `one changes nothing; writes that can race take \`expectedVersion\` and answer CONFLICT when it is stale. ${EVERY_OPERATION}`,
} as const;

/** Gives the Query and Mutation types their descriptions (a transformSchema step). */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = ROOT_DESCRIPTIONS.Query;
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.Mutation;
  return schema;
}
