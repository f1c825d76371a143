import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DIGEST_STYLE_CSP_SOURCE } from '@app/digests';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every response. It fits a same-origin single-page app (the web
 * client of shared/WEB.md: scripts, styles, fonts and images all served by Plenary itself) and the
 * account pages: no inline script or eval, no plugins, nothing framed, nothing posted elsewhere.
 * One inline stylesheet is allowed, by its hash: the digest's own, so the staff console's preview
 * of an HTML digest (a sandboxed srcdoc frame, which inherits this policy) is styled; no other
 * inline style or style attribute runs.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", DIGEST_STYLE_CSP_SOURCE],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Hardening headers on every response (helmet): the CSP above, X-Content-Type-Options: nosniff,
 * Referrer-Policy: no-referrer, X-Frame-Options: DENY for old browsers, Cross-Origin-Opener-
 * and -Resource-Policy same-origin, no X-Powered-By. Strict-Transport-Security only when the
 * request came over TLS (req.secure: directly, or through a trusted proxy's x-forwarded-proto);
 * sent over plain HTTP it would mean nothing and break a developer's http://localhost.
 */
export function httpHardening(): RequestHandler[] {
  const headers = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
    frameguard: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  const hsts = (req: Request, res: Response, next: NextFunction): void => {
    if (req.secure) res.setHeader('strict-transport-security', HSTS);
    next();
  };
  return [headers, hsts];
}
