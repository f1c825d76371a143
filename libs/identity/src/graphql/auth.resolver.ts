import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, clientIp, CurrentActor, DomainException, JSONScalar, PlenaryRequest, Public } from '@app/platform';
import { isEmail } from 'class-validator';
import { AccountDataService } from '../services/account-data.service';
import { AuthService, Session } from '../services/auth.service';
import { UserService } from '../services/user.service';
import type { Response } from 'express';
import { issueTokens } from '../http/refresh-cookie';
import { LoginInput, RegisterInput, ResetPasswordInput, UpdateMyProfileInput } from './auth.inputs';
import { toUserObject } from './identity.mapper';
import { AuthPayload, RegisterResult, UserObject } from './user.object';

interface HttpContext {
  req: PlenaryRequest;
  res?: Response;
}

/**
 * Every mutation answering an AuthPayload goes through this: the web client gets its refresh token
 * as an HttpOnly cookie (see issueTokens), other clients in the body.
 */
function payload(session: Session, ctx: HttpContext): AuthPayload {
  return issueTokens(
    {
      accessToken: session.accessToken,
      refreshToken: session.refreshToken,
      user: toUserObject(session.user, { userId: session.user.id, sessionId: '', roles: [] }),
    },
    ctx,
  );
}

function checkToken(field: string, token: string): void {
  if (token.length < 20 || token.length > 200) throw DomainException.badInput(field, 'is not a valid token');
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
    private readonly accountData: AccountDataService,
  ) {}

  @Public()
  @Mutation(() => RegisterResult, {
    description:
      'Starts a registration: emails a verification link (or, if the address has an account, tells its owner). Answers the same for every email.',
  })
  async register(@Args('input') input: RegisterInput, @Context('req') req: PlenaryRequest): Promise<RegisterResult> {
    return { message: await this.auth.register(input, clientIp(req)) };
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Uses the emailed verification link: verifies the address and logs in.' })
  async verifyEmail(@Args('token') token: string, @Context() ctx: HttpContext): Promise<AuthPayload> {
    checkToken('token', token);
    const session = await this.auth.verifyEmail(token);
    return payload(session, ctx);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Emails a new verification link if the address has an account waiting for one. Always true.',
  })
  resendVerification(@Args('email') email: string, @Context('req') req: PlenaryRequest): Promise<boolean> {
    const trimmed = email.trim();
    if (trimmed.length > 254 || !isEmail(trimmed)) throw DomainException.badInput('email', 'must be an email address');
    return this.auth.resendVerification(trimmed, clientIp(req));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @Context() ctx: HttpContext): Promise<AuthPayload> {
    const session = await this.auth.login(input, clientIp(ctx.req));
    return payload(session, ctx);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token (used once) for new tokens.' })
  async refreshSession(@Args('refreshToken') refreshToken: string, @Context() ctx: HttpContext): Promise<AuthPayload> {
    checkToken('refreshToken', refreshToken);
    const session = await this.auth.refresh(refreshToken);
    return payload(session, ctx);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token. Always true.' })
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    checkToken('refreshToken', refreshToken);
    return this.auth.logout(refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Emails a reset link if the account exists. Always true.' })
  requestPasswordReset(@Args('email') email: string, @Context('req') req: PlenaryRequest): Promise<boolean> {
    const trimmed = email.trim();
    if (trimmed.length > 254 || !isEmail(trimmed)) throw DomainException.badInput('email', 'must be an email address');
    return this.auth.requestPasswordReset(trimmed, clientIp(req));
  }

  @Public()
  @Mutation(() => Boolean)
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.auth.resetPassword(input);
  }

  @Query(() => JSONScalar, { description: 'Everything Plenary holds about the logged-in person, as JSON.' })
  exportMyData(@CurrentActor() actor: Actor): Promise<Record<string, unknown>> {
    return this.accountData.export(actor);
  }

  @Mutation(() => Boolean, {
    description: 'Erases the logged-in person (the organisation’s submissions stay, without an author).',
  })
  deleteMyAccount(
    @CurrentActor() actor: Actor,
    @Args('password') password: string,
    @Context('req') req: PlenaryRequest,
  ): Promise<boolean> {
    if (password.length > 200) throw DomainException.badInput('password', 'is not correct');
    return this.accountData.delete(actor, password, clientIp(req));
  }

  @Mutation(() => UserObject, { description: 'Changes the logged-in person’s display name and/or interface language.' })
  async updateMyProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateMyProfileInput): Promise<UserObject> {
    if (input.displayName === undefined && input.preferredLanguage === undefined)
      throw DomainException.badInput('input', 'must change displayName or preferredLanguage');
    return toUserObject(await this.users.updateProfile(actor, input), actor);
  }

  @Query(() => UserObject, { description: 'The logged-in person.' })
  async me(@CurrentActor() actor: Actor): Promise<UserObject> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw DomainException.unauthenticated();
    return toUserObject(user, actor);
  }
}
