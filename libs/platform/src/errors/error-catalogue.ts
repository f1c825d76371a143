import { DomainException, ErrorCode, FieldError } from './domain.exception';

/** One failure as a client sees it: the wire code, a message written for them, the input fields at fault. */
export interface Refusal {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  extra?: Record<string, unknown>;
}

const field = (name: string | undefined, message: string): FieldError[] => (name ? [{ field: name, message }] : []);

/** The wording every catalogue shares, one helper per wire code. */
export const refuse = {
  /** `<What> not found`, naming `field` when the id came in one. Also for what the caller may not see. */
  notFound: (what: string, fieldName?: string, fieldMessage = 'not found'): Refusal => ({
    code: ErrorCode.NOT_FOUND,
    message: `${what} not found`,
    fields: field(fieldName, fieldMessage),
  }),
  /** `Invalid <field>: <message>`, naming the field. */
  badInput: (fieldName: string, message: string): Refusal => ({
    code: ErrorCode.BAD_USER_INPUT,
    message: `Invalid ${fieldName}: ${message}`,
    fields: [{ field: fieldName, message }],
  }),
  conflict: (message: string, fieldName?: string, fieldMessage = ''): Refusal => ({
    code: ErrorCode.CONFLICT,
    message,
    fields: field(fieldName, fieldMessage),
  }),
  forbidden: (message: string, fieldName?: string, fieldMessage = ''): Refusal => ({
    code: ErrorCode.FORBIDDEN,
    message,
    fields: field(fieldName, fieldMessage),
  }),
  unauthenticated: (message: string): Refusal => ({ code: ErrorCode.UNAUTHENTICATED, message }),
  rateLimited: (retryAfterSeconds: number): Refusal => ({
    code: ErrorCode.RATE_LIMITED,
    message: 'Too many attempts; try again later',
    extra: { retryAfterSeconds },
  }),
};

/** A catalogue as errorCatalogue returns it: each entry builds the DomainException to throw. */
export type ErrorCatalogue<T extends Record<string, (...args: never[]) => Refusal>> = {
  readonly [K in keyof T]: (...args: Parameters<T[K]>) => DomainException;
};

/**
 * A business area's errors, in one table it owns: each key is one of the area's own codes
 * (UPPER_SNAKE), each value builds the refusal — the wire code, the message, the fields at fault.
 * Messages may quote values (a status, a limit), never a person's identity. Thrown as
 * DomainExceptions whose `reason` is `<area>.<KEY>`; the one formatter maps them by wire code,
 * so a client sees exactly what it did before the catalogue existed.
 *
 *   export const SubmissionErrors = errorCatalogue('submissions', {
 *     ROUND_NOT_ACCEPTING: () => refuse.conflict('The consultation round is not accepting this now', 'roundId', 'is closed for this'),
 *   });
 *   throw SubmissionErrors.ROUND_NOT_ACCEPTING();
 */
export function errorCatalogue<T extends Record<string, (...args: never[]) => Refusal>>(
  area: string,
  refusals: T,
): ErrorCatalogue<T> {
  const catalogue: Record<string, (...args: never[]) => DomainException> = {};
  for (const [key, build] of Object.entries(refusals)) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(key)) throw new Error(`error code ${area}.${key} is not UPPER_SNAKE`);
    catalogue[key] = (...args: never[]) => {
      const r = build(...args);
      return new DomainException(r.code, r.message, r.fields ?? [], r.extra ?? {}, `${area}.${key}`);
    };
  }
  return catalogue as ErrorCatalogue<T>;
}
