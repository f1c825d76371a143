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
 * answer their code as JSON, Nest's HttpExceptions answer as Nest answers them, a dependency that is
 * down answers 503 SERVICE_UNAVAILABLE, and anything else is logged once with an error id the
 * client is given.
 */
@Catch()
export class DomainExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception instanceof Error ? exception : new Error(String(exception));
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    if (exception instanceof HttpException) return super.catch(exception, host);
    if (exception instanceof DomainException) {
      return answer(res, STATUS[exception.code], {
        code: exception.code,
        message: exception.message,
        fields: exception.fields,
      });
    }
    const path = http.getRequest<Request>().path?.slice(0, 200);
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
