import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { DomainException, ErrorCode, Public } from '@app/platform';
import type { Request, Response } from 'express';
import { toUserObject } from '../graphql/identity.mapper';
import { UserObject } from '../graphql/user.object';
import { AuthService } from '../services/auth.service';
import { clearRefreshCookie, isWebClient, readRefreshCookie, setRefreshCookie } from './refresh-cookie';
import { IdentityErrors } from '../identity.errors';

/**
 * The web client's session endpoints, reading the refresh cookie. CSRF: the cookie is
 * SameSite=Strict, and both routes require the X-Plenary-Client header, which a cross-site form or
 * image cannot send.
 */
@Controller('auth')
export class SessionController {
  constructor(private readonly auth: AuthService) {}

  /**
   * Rotates the refresh cookie (as refreshSession does) and answers a new access token. Without a
   * cookie: 204 and no body (a visitor who is not logged in; not an error the console should show).
   * A cookie that is used, revoked or expired: 401, and the cookie is removed.
   */
  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ accessToken: string; user: UserObject } | undefined> {
    if (!isWebClient(req)) throw IdentityErrors.WEB_CLIENT_ONLY();
    res.setHeader('Cache-Control', 'no-store');
    const token = readRefreshCookie(req);
    if (!token) {
      clearRefreshCookie(res); // and the session hint, which would otherwise outlive it
      res.status(204);
      return undefined;
    }
    try {
      const session = await this.auth.refresh(token);
      setRefreshCookie(res, session.refreshToken);
      const viewer = { userId: session.user.id, sessionId: '', roles: [] };
      return { accessToken: session.accessToken, user: toUserObject(session.user, viewer) };
    } catch (error) {
      if (error instanceof DomainException && error.code === ErrorCode.UNAUTHENTICATED) clearRefreshCookie(res);
      throw error;
    }
  }

  /** Ends the cookie's session and removes the cookie. Always 204. */
  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (!isWebClient(req)) throw IdentityErrors.WEB_CLIENT_ONLY();
    const token = readRefreshCookie(req);
    if (token) await this.auth.logout(token);
    clearRefreshCookie(res);
  }
}
