import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  Actor,
  clientIp,
  CurrentActor,
  JSONScalar,
  PlenaryRequest,
  Public,
  describeOperation,
  PlatformErrors,
} from '@app/platform';
import { isEmail } from 'class-validator';
import { AccountDataService } from '../services/account-data.service';
import { AuthService, Session } from '../services/auth.service';
import { UserService } from '../services/user.service';
import type { Response } from 'express';
import { issueTokens } from '../http/refresh-cookie';
import { LoginInput, RegisterInput, ResetPasswordInput, UpdateMyProfileInput } from './auth.inputs';
import { toUserObject } from './identity.mapper';
import { AuthPayload, RegisterResult, UserObject } from './user.object';
import { IdentityErrors } from '../identity.errors';

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
  if (token.length < 20 || token.length > 200) throw IdentityErrors.TOKEN_MALFORMED(field);
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
    description: describeOperation(
      'Public. Starts a registration: emails a verification link (or, if the address has an account, tells its owner). Answers the same, in about the same time, for every email, so it tells no one who has an account.',
      {
        BAD_USER_INPUT: 'the email, password or display name breaks its rule (naming the field)',
        RATE_LIMITED: 'this client address or email asked too often (`extensions.retryAfterSeconds`)',
      },
    ),
  })
  async register(
    @Args('input', { description: 'The account to create.' }) input: RegisterInput,
    @Context('req') req: PlenaryRequest,
  ): Promise<RegisterResult> {
    return { message: await this.auth.register(input, clientIp(req)) };
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: describeOperation(
      'Public. Uses the emailed verification link (within 48 hours, once): verifies the address and logs in.',
      { BAD_USER_INPUT: 'the token is invalid, used or expired (naming `token`)' },
    ),
  })
  async verifyEmail(
    @Args('token', { description: 'The token from the verification link.' }) token: string,
    @Context() ctx: HttpContext,
  ): Promise<AuthPayload> {
    checkToken('token', token);
    const session = await this.auth.verifyEmail(token);
    return payload(session, ctx);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: describeOperation(
      'Public. Emails a new verification link if the address has an account waiting for one. Always true.',
      {
        BAD_USER_INPUT: 'the email is not an email address',
        RATE_LIMITED: 'this client address or email asked too often',
      },
    ),
  })
  resendVerification(
    @Args('email', { description: 'The address the account was registered with.' }) email: string,
    @Context('req') req: PlenaryRequest,
  ): Promise<boolean> {
    const trimmed = email.trim();
    if (trimmed.length > 254 || !isEmail(trimmed)) throw IdentityErrors.NOT_AN_EMAIL();
    return this.auth.resendVerification(trimmed, clientIp(req));
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: describeOperation(
      'Public. Logs in with email and password. Repeated failures for one account from one client address must wait longer and longer; the owner, from elsewhere, is not held up.',
      {
        UNAUTHENTICATED:
          'the email or password is wrong, or the account is not verified yet (one answer for all three)',
        RATE_LIMITED: 'this client address or this account from it must wait (`extensions.retryAfterSeconds`)',
      },
    ),
  })
  async login(
    @Args('input', { description: 'The credentials.' }) input: LoginInput,
    @Context() ctx: HttpContext,
  ): Promise<AuthPayload> {
    const session = await this.auth.login(input, clientIp(ctx.req));
    return payload(session, ctx);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: describeOperation(
      'Public. Exchanges a refresh token (each works once) for new tokens. Presenting a used one ends the whole session, as a stolen token would.',
      { UNAUTHENTICATED: 'the session has ended, expired or was revoked' },
    ),
  })
  async refreshSession(
    @Args('refreshToken', {
      description:
        'The latest refresh token of the session (the web client sends its cookie instead and passes an empty string).',
    })
    refreshToken: string,
    @Context() ctx: HttpContext,
  ): Promise<AuthPayload> {
    checkToken('refreshToken', refreshToken);
    const session = await this.auth.refresh(refreshToken);
    return payload(session, ctx);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: describeOperation('Public. Ends the session of this refresh token. Always true.'),
  })
  logout(
    @Args('refreshToken', { description: 'A refresh token of the session to end.' }) refreshToken: string,
  ): Promise<boolean> {
    checkToken('refreshToken', refreshToken);
    return this.auth.logout(refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: describeOperation(
      'Public. Emails a reset link (valid for one hour) if the account exists. Always true, in about the same time either way.',
      {
        BAD_USER_INPUT: 'the email is not an email address',
        RATE_LIMITED: 'this client address or email asked too often',
      },
    ),
  })
  requestPasswordReset(
    @Args('email', { description: 'The account’s email address.' }) email: string,
    @Context('req') req: PlenaryRequest,
  ): Promise<boolean> {
    const trimmed = email.trim();
    if (trimmed.length > 254 || !isEmail(trimmed)) throw IdentityErrors.NOT_AN_EMAIL();
    return this.auth.requestPasswordReset(trimmed, clientIp(req));
  }

  @Public()
  @Mutation(() => Boolean, {
    description: describeOperation(
      'Public. Sets a new password with the token of a reset link, verifies the address, and ends every session of the account. Always true.',
      {
        BAD_USER_INPUT:
          'the token is invalid, used or expired (naming `token`), or the new password is too weak (naming `newPassword`)',
      },
    ),
  })
  resetPassword(
    @Args('input', { description: 'The token and the new password.' }) input: ResetPasswordInput,
  ): Promise<boolean> {
    return this.auth.resetPassword(input);
  }

  @Query(() => JSONScalar, {
    description: describeOperation('Everything Plenary holds about the logged-in person, as JSON (GDPR access).'),
  })
  exportMyData(@CurrentActor() actor: Actor): Promise<Record<string, unknown>> {
    return this.accountData.export(actor);
  }

  @Mutation(() => Boolean, {
    description: describeOperation(
      'Erases the logged-in person: account, sessions, memberships, notifications and queued emails (the organisation’s submissions stay, without an author). Password checks count towards the login throttle.',
      {
        BAD_USER_INPUT: 'the password is not correct (naming `password`)',
        CONFLICT: 'the person is the last ADMIN of an organisation',
        RATE_LIMITED: 'too many password checks',
      },
    ),
  })
  deleteMyAccount(
    @CurrentActor() actor: Actor,
    @Args('password', { description: 'The person’s current password, to confirm.' }) password: string,
    @Context('req') req: PlenaryRequest,
  ): Promise<boolean> {
    if (password.length > 200) throw IdentityErrors.PASSWORD_TOO_LONG();
    return this.accountData.delete(actor, password, clientIp(req));
  }

  @Mutation(() => UserObject, {
    description: describeOperation('Changes the logged-in person’s display name and/or interface language.', {
      BAD_USER_INPUT: 'neither field is given, or one breaks its rule',
    }),
  })
  async updateMyProfile(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The fields to change.' }) input: UpdateMyProfileInput,
  ): Promise<UserObject> {
    if (input.displayName === undefined && input.preferredLanguage === undefined)
      throw IdentityErrors.PROFILE_UNCHANGED();
    return toUserObject(await this.users.updateProfile(actor, input), actor);
  }

  @Query(() => UserObject, {
    description: describeOperation('The logged-in person, with email, roles and memberships.'),
  })
  async me(@CurrentActor() actor: Actor): Promise<UserObject> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw PlatformErrors.UNAUTHENTICATED();
    return toUserObject(user, actor);
  }
}
