import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@app/platform';

/**
 * Three small pages that emailed links open: forgot password, reset password, accept invitation.
 * The token travels in the URL fragment, so it never reaches a server log; the page posts it to
 * /graphql as JSON (which Apollo's CSRF prevention accepts). Script and styles are files of their
 * own (account.js, account.css) so the api's Content-Security-Policy needs no 'unsafe-inline'.
 */
const ASSETS = {
  script: readFileSync(join(__dirname, 'account.js'), 'utf8'),
  style: readFileSync(join(__dirname, 'account.css'), 'utf8'),
};

const page = (name: string, title: string, body: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${title} · Plenary</title>
<link rel="stylesheet" href="/account/account.css"><script src="/account/account.js" defer></script></head>
<body data-page="${name}"><main><h1>${title}</h1>${body}<p id="out" role="status" aria-live="polite"></p></main></body></html>`;

@Controller('account')
export class AccountPagesController {
  @Public()
  @Get('account.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  script(): string {
    return ASSETS.script;
  }

  @Public()
  @Get('account.css')
  @Header('content-type', 'text/css; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  style(): string {
    return ASSETS.style;
  }

  @Public()
  @Get('forgot-password')
  @Header('content-type', 'text/html; charset=utf-8')
  forgot(): string {
    return page(
      'forgot-password',
      'Forgot your password?',
      '<form id="f"><label>Email <input name="email" type="email" required autocomplete="email"></label><button>Send me a reset link</button></form>',
    );
  }

  @Public()
  @Get('reset-password')
  @Header('content-type', 'text/html; charset=utf-8')
  reset(): string {
    return page(
      'reset-password',
      'Choose a new password',
      '<form id="f"><label>New password (at least 10 characters) <input name="p" type="password" required minlength="10" autocomplete="new-password"></label><button>Set password</button></form>',
    );
  }

  @Public()
  @Get('accept-invitation')
  @Header('content-type', 'text/html; charset=utf-8')
  accept(): string {
    return page(
      'accept-invitation',
      'Accept your invitation',
      '<p>Log in with the address the invitation was sent to (register first if you have no account).</p><form id="f"><label>Email <input name="email" type="email" required autocomplete="email"></label><label>Password <input name="p" type="password" required autocomplete="current-password"></label><button>Log in and accept</button></form>',
    );
  }
}
