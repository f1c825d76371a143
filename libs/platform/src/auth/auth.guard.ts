import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PlatformErrors } from '../errors';
import { AccessTokenService } from './access-token.service';
import { ACTOR_LOADER, ActorLoader, MaybeActor, PlatformRole } from './actor';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth.decorators';
import { PlenaryRequest, requestOf } from './request-of';

/**
 * The global guard: every operation is denied to callers without a valid access token unless it
 * is marked @Public(); @Roles() narrows it further. Object-level checks live in the services.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    @Inject(ACTOR_LOADER) private readonly actors: ActorLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<PlatformRole[]>(REQUIRED_ROLES, targets) ?? [];
    const req = requestOf(context);
    const actor = await this.resolveActor(req);
    if (!actor) {
      if (isPublic && roles.length === 0) return true;
      throw PlatformErrors.UNAUTHENTICATED();
    }
    if (roles.length > 0 && !roles.some((r) => actor.roles.includes(r))) {
      throw PlatformErrors.ROLE_REQUIRED();
    }
    return true;
  }

  private resolveActor(req: PlenaryRequest): Promise<MaybeActor> {
    req.actorResolved ??= this.readActor(req).then((actor) => (req.actor = actor));
    return req.actorResolved;
  }

  private async readActor(req: PlenaryRequest): Promise<MaybeActor> {
    const header = req.headers?.authorization;
    if (!header?.startsWith('Bearer ')) return null;
    const claims = this.tokens.verify(header.slice('Bearer '.length).trim());
    if (!claims) return null;
    return this.actors.load(claims.sub, claims.sid);
  }
}
