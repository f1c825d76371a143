/** The codes a client sees in `extensions.code` (PRODUCT.md section 5). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** A dependency (PostgreSQL, Redis) is down or saturated: nothing was done; retry after `retryAfterSeconds`. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

export interface FieldError {
  field: string;
  message: string;
}

/**
 * The one exception type refusals are thrown as. Nobody builds it by hand: each business area
 * (each lib) lists its failures in its own `<lib>.errors.ts` catalogue (see errorCatalogue), and
 * the platform's own are in PlatformErrors. `code` is what a client sees in `extensions.code`
 * (mapped by the one formatter, formatGraphqlError); `reason` is the area's own code, e.g.
 * `submissions.ROUND_NOT_ACCEPTING`, for tests and logs, never sent. The message is written for
 * the client and must never contain a person's identity, SQL or internal detail.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
    readonly reason: string = code,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** What a client is told to wait before retrying when a dependency is down. */
export const DEPENDENCY_RETRY_AFTER_SECONDS = 5;

const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300']);
const NET_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

/**
 * True when `error` says a dependency is down or saturated rather than that the request was wrong:
 * PostgreSQL refusing or dropping connections, the pool timing out, Redis unreachable.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  const e = error as { name?: string; code?: unknown; message?: unknown; driverError?: { code?: unknown } } | null;
  if (!e || typeof e !== 'object') return false;
  const code = e.driverError?.code ?? e.code;
  if (typeof code === 'string' && (PG_UNAVAILABLE.has(code) || NET_UNAVAILABLE.has(code))) return true;
  if (e.name === 'MaxRetriesPerRequestError') return true; // ioredis gave up while Redis is down
  const message = typeof e.message === 'string' ? e.message : '';
  return /timeout exceeded when trying to connect|Connection terminated|Connection is closed|the database system is (starting up|shutting down)|enableOfflineQueue|Stream isn't writeable/i.test(
    message,
  );
}
