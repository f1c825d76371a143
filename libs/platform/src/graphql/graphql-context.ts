import { MaybeActor } from '../auth/actor';
import { PlenaryRequest } from '../auth/request-of';
import { LoaderRegistry } from './loader-registry';

/** The context Apollo builds for every request (the api module's `context` factory). */
export interface GraphqlContext {
  req: PlenaryRequest;
  loaders: LoaderRegistry;
}

/**
 * The caller, as the global guard resolved it for the request's root field.
 *
 * For field resolvers of list items, which run fifty times a page: a `@ResolveField()` method with
 * no parameter decorators — `field(parent, _args, ctx: GraphqlContext)` — is bound by
 * @nestjs/graphql as a plain graphql-js resolver, without its per-call pipeline (parameter
 * factories, global pipes, a chain of promises), which cost 20–40 µs a call. Nothing is skipped
 * that ran before: field resolvers never ran guards (no `fieldResolverEnhancers`) and take no
 * input to validate.
 */
export function actorOf(ctx: GraphqlContext): MaybeActor {
  return ctx.req.actor ?? null;
}
