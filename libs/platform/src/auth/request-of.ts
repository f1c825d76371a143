import { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { MaybeActor } from './actor';

export interface PlenaryRequest extends Request {
  actor?: MaybeActor;
  /** Set once the Authorization header has been read, so each root field does not verify again. */
  actorResolved?: Promise<MaybeActor>;
}

/** The HTTP request behind a GraphQL field or a REST handler. */
export function requestOf(context: ExecutionContext): PlenaryRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: PlenaryRequest }>().req;
  }
  return context.switchToHttp().getRequest<PlenaryRequest>();
}

/** The caller's IP as Express reports it (honours `trust proxy` when set). */
export function clientIp(req: Request): string {
  return req.ip ?? req.socket?.remoteAddress ?? 'unknown';
}
