import type { Request, Response } from 'express';

/**
 * The web client's refresh token travels in this cookie, never in a response body its script can
 * read: HttpOnly (no script), Secure (browsers accept it on http://localhost too), SameSite=Strict
 * and Path=/auth (sent only to POST /auth/refresh and /auth/logout, never to /graphql).
 */
export const REFRESH_COOKIE = 'plenary_refresh';
export const REFRESH_COOKIE_PATH = '/auth';
const MAX_AGE_SECONDS = 30 * 24 * 3600;
/**
 * Beside the refresh cookie, one the page's script can read, holding nothing but "1": this browser
 * may have a session. The web client then holds its first GraphQL requests until the start-up
 * refresh has answered (so a page never shows a signed-in person the anonymous view), and visitors
 * without it are not kept waiting for a refresh that cannot succeed.
 */
export const SESSION_HINT_COOKIE = 'plenary_session';

/** The header the web client sends on every request (a custom header: a cross-site form cannot set it). */
export const WEB_CLIENT_HEADER = 'x-plenary-client';

export function isWebClient(req: Pick<Request, 'headers'>): boolean {
  return req.headers[WEB_CLIENT_HEADER] === 'web';
}

export function setRefreshCookie(res: Response, token: string): void {
  res.append('Set-Cookie', [
    `${REFRESH_COOKIE}=${token}; Path=${REFRESH_COOKIE_PATH}; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; Secure; SameSite=Strict`,
    `${SESSION_HINT_COOKIE}=1; Path=/; Max-Age=${MAX_AGE_SECONDS}; Secure; SameSite=Strict`,
  ]);
}

export function clearRefreshCookie(res: Response): void {
  res.append('Set-Cookie', [
    `${REFRESH_COOKIE}=; Path=${REFRESH_COOKIE_PATH}; Max-Age=0; HttpOnly; Secure; SameSite=Strict`,
    `${SESSION_HINT_COOKIE}=; Path=/; Max-Age=0; Secure; SameSite=Strict`,
  ]);
}

export function readRefreshCookie(req: Pick<Request, 'headers'>): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) {
      const token = value.join('=');
      return token.length >= 20 && token.length <= 200 ? token : null;
    }
  }
  return null;
}

/**
 * What every mutation answering an AuthPayload returns: for the web client (X-Plenary-Client: web)
 * the refresh token goes into the cookie and the body's refreshToken is empty; other API clients
 * receive it in the body as before.
 */
export function issueTokens<T extends { refreshToken: string }>(
  payload: T,
  ctx: { req: Pick<Request, 'headers'>; res?: Response },
): T {
  if (!ctx.res || !isWebClient(ctx.req)) return payload;
  setRefreshCookie(ctx.res, payload.refreshToken);
  return { ...payload, refreshToken: '' };
}
