import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '@app/platform';

/**
 * Small pages that emailed links open: forgot password, reset password, accept invitation, verify
 * email. The token travels in the URL fragment (or, for the verification link the web client also
 * serves, the query string — the request log keeps paths only), and the page posts it to /graphql
 * as JSON (which Apollo's CSRF prevention accepts).
 */
const page = (title: string, body: string, script: string): string => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${title} · Plenary</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:.75rem 0}
input{display:block;width:100%;padding:.5rem;font:inherit}button{padding:.5rem 1rem;font:inherit}#out{margin-top:1rem}</style></head>
<body><main><h1>${title}</h1>${body}<p id="out" role="status" aria-live="polite"></p></main>
<script>
const token = new URLSearchParams(location.hash.slice(1)).get('token') || new URLSearchParams(location.search).get('token') || '';
async function gql(query, variables, accessToken) {
  const headers = { 'content-type': 'application/json' };
  if (accessToken) headers.authorization = 'Bearer ' + accessToken;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const json = await res.json();
  if (json.errors) throw new Error(json.errors.map((e) => e.message).join('; '));
  return json.data;
}
const say = (text) => { document.getElementById('out').textContent = text; };
${script}
</script></body></html>`;

@Controller('account')
export class AccountPagesController {
  @Public()
  @Get('forgot-password')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header(
    'content-security-policy',
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'",
  )
  forgot(): string {
    return page(
      'Forgot your password?',
      '<form id="f"><label>Email <input name="email" type="email" required autocomplete="email"></label><button>Send me a reset link</button></form>',
      `document.getElementById('f').onsubmit = async (e) => { e.preventDefault();
  try { await gql('mutation($e:String!){requestPasswordReset(email:$e)}', { e: e.target.email.value }); say('If an account uses this address, a reset link is on its way.'); }
  catch (err) { say(err.message); } };`,
    );
  }

  @Public()
  @Get('reset-password')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header(
    'content-security-policy',
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'",
  )
  reset(): string {
    return page(
      'Choose a new password',
      '<form id="f"><label>New password (at least 10 characters) <input name="p" type="password" required minlength="10" autocomplete="new-password"></label><button>Set password</button></form>',
      `document.getElementById('f').onsubmit = async (e) => { e.preventDefault();
  try { await gql('mutation($i:ResetPasswordInput!){resetPassword(input:$i)}', { i: { token, newPassword: e.target.p.value } }); say('Your password is changed. You can log in now.'); }
  catch (err) { say(err.message); } };`,
    );
  }

  @Public()
  @Get('accept-invitation')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header(
    'content-security-policy',
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'",
  )
  accept(): string {
    return page(
      'Accept your invitation',
      '<p>Log in with the address the invitation was sent to (if you have no account, register first and open the link we email you).</p><form id="f"><label>Email <input name="email" type="email" required autocomplete="email"></label><label>Password <input name="p" type="password" required autocomplete="current-password"></label><button>Log in and accept</button></form>',
      `document.getElementById('f').onsubmit = async (e) => { e.preventDefault();
  try {
    const { login } = await gql('mutation($i:LoginInput!){login(input:$i){accessToken}}', { i: { email: e.target.email.value, password: e.target.p.value } });
    const { acceptInvitation } = await gql('mutation($t:String!){acceptInvitation(token:$t){role organisation{name}}}', { t: token }, login.accessToken);
    say('You are now ' + acceptInvitation.role + ' of ' + acceptInvitation.organisation.name + '.');
  } catch (err) { say(err.message); } };`,
    );
  }
}

const CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'";

/**
 * The page of the emailed verification link, `/verify-email?token=…`, until the web client serves
 * that route. A button, not an automatic request: mail scanners that open links must not use them.
 */
@Controller()
export class VerifyEmailPageController {
  @Public()
  @Get('verify-email')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', CSP)
  @Header('referrer-policy', 'no-referrer')
  verify(): string {
    return page(
      'Confirm your email address',
      '<form id="f"><p>Confirm the address to finish creating your Plenary account.</p><button>Confirm my address</button></form>',
      `document.getElementById('f').onsubmit = async (e) => { e.preventDefault();
  try { const { verifyEmail } = await gql('mutation($t:String!){verifyEmail(token:$t){user{displayName}}}', { t: token }); say('Thank you, ' + verifyEmail.user.displayName + ': your address is confirmed and your account is ready. You can log in now.'); }
  catch (err) { say(err.message + ' — ask for a new link from the login page, or register again.'); } };`,
    );
  }
}
