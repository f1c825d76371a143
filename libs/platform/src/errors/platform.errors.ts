import { DEPENDENCY_RETRY_AFTER_SECONDS, ErrorCode, FieldError } from './domain.exception';
import { errorCatalogue, refuse } from './error-catalogue';

/** The platform's own refusals: authentication, rate limits, outages, pages and versions. */
export const PlatformErrors = errorCatalogue('platform', {
  /** No valid access token (or its person is gone) on an operation that needs one. */
  UNAUTHENTICATED: () => refuse.unauthenticated('You must be logged in'),
  /** The operation's @Roles are not among the caller's. */
  ROLE_REQUIRED: () => refuse.forbidden('This operation needs a platform role you do not hold'),
  RATE_LIMITED: (retryAfterSeconds: number) => refuse.rateLimited(retryAfterSeconds),
  /** A dependency is down or saturated: nothing was done. */
  SERVICE_UNAVAILABLE: (retryAfterSeconds: number = DEPENDENCY_RETRY_AFTER_SECONDS) => ({
    code: ErrorCode.SERVICE_UNAVAILABLE,
    message: 'The service is temporarily unavailable; nothing was changed. Try again shortly.',
    extra: { retryAfterSeconds },
  }),
  /** An `after` this list did not give out. */
  BAD_CURSOR: () => refuse.badInput('after', 'is not a cursor this list gave out'),
  BAD_PAGE_SIZE: (max: number) => refuse.badInput('first', `must be between 1 and ${max}`),
  /** A stale `expectedVersion` (PRODUCT.md section 3), naming the field so a client can offer to reload. */
  STALE_VERSION: (what: string) =>
    refuse.conflict(
      `The ${what} changed since you loaded it; reload and try again`,
      'expectedVersion',
      'is not the current version',
    ),
  /** Arguments that break their bounds or their input class's rules (argument-validation.ts). */
  INVALID_ARGUMENTS: (summary: string, fields: FieldError[]) => ({
    code: ErrorCode.BAD_USER_INPUT,
    message: `Invalid input: ${summary}`,
    fields,
  }),
});
