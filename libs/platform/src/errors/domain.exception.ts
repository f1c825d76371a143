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
 * The one exception type business code throws. Its message is written for the client; it must
 * never contain a person's identity, SQL or internal detail. Contexts subclass it to name their
 * own failures; the GraphQL formatter maps `code` to `extensions.code`.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  static notFound(what = 'Resource'): DomainException {
    return new DomainException(ErrorCode.NOT_FOUND, `${what} not found`);
  }

  static badInput(field: string, message: string): DomainException {
    return new DomainException(ErrorCode.BAD_USER_INPUT, `Invalid ${field}: ${message}`, [{ field, message }]);
  }

  static conflict(message: string): DomainException {
    return new DomainException(ErrorCode.CONFLICT, message);
  }

  static forbidden(message = 'You are not allowed to do this'): DomainException {
    return new DomainException(ErrorCode.FORBIDDEN, message);
  }

  static unauthenticated(message = 'You must be logged in'): DomainException {
    return new DomainException(ErrorCode.UNAUTHENTICATED, message);
  }

  static unavailable(retryAfterSeconds = DEPENDENCY_RETRY_AFTER_SECONDS): DomainException {
    return new DomainException(
      ErrorCode.SERVICE_UNAVAILABLE,
      'The service is temporarily unavailable; nothing was changed. Try again shortly.',
      [],
      { retryAfterSeconds },
    );
  }

  static rateLimited(retryAfterSeconds: number): DomainException {
    return new DomainException(ErrorCode.RATE_LIMITED, 'Too many attempts; try again later', [], {
      retryAfterSeconds,
    });
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
