import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { Observable } from 'rxjs';
import { withCommitMark } from '../database/transaction';
import { IdempotencyContext, MARK_WRITTEN_SQL } from './idempotency.plugin';

/**
 * Runs a mutation that holds an Idempotency-Key (IdempotencyPlugin claimed it) so that each of its
 * transactions marks the key "written" as its last statement: the mark commits exactly when the
 * mutation's own writes do.
 */
@Injectable()
export class IdempotencyScopeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const claim = GqlExecutionContext.create(context).getContext<IdempotencyContext>().idempotency;
    if (!claim) return next.handle();
    // next.handle() binds the resolver to the async context it is called in.
    return withCommitMark({ sql: MARK_WRITTEN_SQL, params: [claim.userId, claim.key] }, () => next.handle());
  }
}
