/** The codes a client sees in `extensions.code` (PRODUCT.md section 5). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
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

  static rateLimited(retryAfterSeconds: number): DomainException {
    return new DomainException(ErrorCode.RATE_LIMITED, 'Too many attempts; try again later', [], {
      retryAfterSeconds,
    });
  }
}
