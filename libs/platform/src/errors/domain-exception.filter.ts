import { randomUUID } from 'node:crypto';
import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { errorSummary } from '../logging/outage-log';
import {
  DEPENDENCY_RETRY_AFTER_SECONDS,
  DomainException,
  ErrorCode,
  isDependencyUnavailable,
} from './domain.exception';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.RATE_LIMITED]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};

const logger = new Logger('Http');

/**
 * Every error a controller or resolver throws. GraphQL errors go on to the error formatter, the one
 * place they are answered and logged (Nest's default filter would log each unexpected one a first
 * time as "ExceptionsHandler"). On plain HTTP routes (downloads, health, session): DomainExceptions
 * answer their code as JSON, Nest's HttpExceptions answer as Nest answers them, the body parser's
 * refusals answer their 4xx status as BAD_USER_INPUT (on /graphql, in GraphQL's shape), a dependency that is down answers 503
 * SERVICE_UNAVAILABLE, and anything else is logged once with an error id the client is given.
 */
@Catch()
export class DomainExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception instanceof Error ? exception : new Error(String(exception));
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const path = http.getRequest<Request>().path?.slice(0, 200);
    const refused = clientError(exception);
    if (refused && path === GRAPHQL_PATH) {
      // Refused before GraphQL ran (the body too large, not JSON): answered as GraphQL answers.
      return answer(res, refused.status, {
        errors: [{ message: refused.message, extensions: { code: ErrorCode.BAD_USER_INPUT } }],
      });
    }
    if (exception instanceof HttpException) return super.catch(exception, host);
    if (exception instanceof DomainException) {
      return answer(res, STATUS[exception.code], {
        code: exception.code,
        message: exception.message,
        fields: exception.fields,
      });
    }
    if (refused) return answer(res, refused.status, { code: ErrorCode.BAD_USER_INPUT, message: refused.message });
    if (isDependencyUnavailable(exception)) {
      logger.warn({ err: errorSummary(exception), path }, 'dependency unavailable');
      return answer(res, HttpStatus.SERVICE_UNAVAILABLE, {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        message: 'The service is temporarily unavailable; nothing was changed. Try again shortly.',
        retryAfterSeconds: DEPENDENCY_RETRY_AFTER_SECONDS,
      });
    }
    const errorId = randomUUID();
    logger.error({ errorId, err: exception, path }, 'unexpected error');
    return answer(res, HttpStatus.INTERNAL_SERVER_ERROR, {
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Internal server error',
      errorId,
    });
  }
}

/**
 * The JSON answer, or — when part of a body was sent already, or a stream's failure closed the
 * response — a cut connection (the client sees it failed).
 */
function answer(res: Response, status: number, body: Record<string, unknown>): undefined {
  if (res.headersSent || res.destroyed) res.destroy();
  else res.status(status).json(body);
  return undefined;
}

const GRAPHQL_PATH = '/graphql';

/**
 * A request refused as the client's fault before any handler ran: an http-errors error with a 4xx
 * status (Express's body parser: too large, bad charset) or the HttpException Nest makes of the
 * parser's SyntaxError (malformed JSON).
 */
function clientError(exception: unknown): { status: number; message: string } | undefined {
  let status: unknown;
  if (exception instanceof HttpException) status = exception.getStatus();
  else if (exception && typeof exception === 'object' && (exception as { expose?: unknown }).expose === true)
    status = (exception as { status?: unknown }).status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const message =
    status === HttpStatus.PAYLOAD_TOO_LARGE
      ? 'The request body is too large'
      : exception instanceof Error
        ? exception.message.slice(0, 200)
        : 'The request could not be read';
  return { status, message };
}
