/* global document, location */
// The behaviour of the account pages (served as a file: the Content-Security-Policy allows no
// inline script). Each page names itself in <body data-page="…">.
'use strict';
(function () {
  const token = new URLSearchParams(location.hash.slice(1)).get('token') || '';
  const form = document.getElementById('f');
  const say = (text) => {
    document.getElementById('out').textContent = text;
  };
  async function gql(query, variables, accessToken) {
    const headers = { 'content-type': 'application/json' };
    if (accessToken) headers.authorization = 'Bearer ' + accessToken;
    const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const json = await res.json();
    if (json.errors) throw new Error(json.errors.map((e) => e.message).join('; '));
    return json.data;
  }
  const pages = {
    'forgot-password': async () => {
      await gql('mutation($e:String!){requestPasswordReset(email:$e)}', { e: form.email.value });
      say('If an account uses this address, a reset link is on its way.');
    },
    'reset-password': async () => {
      await gql('mutation($i:ResetPasswordInput!){resetPassword(input:$i)}', {
        i: { token, newPassword: form.p.value },
      });
      say('Your password is changed. You can log in now.');
    },
    'accept-invitation': async () => {
      const { login } = await gql('mutation($i:LoginInput!){login(input:$i){accessToken}}', {
        i: { email: form.email.value, password: form.p.value },
      });
      const { acceptInvitation } = await gql(
        'mutation($t:String!){acceptInvitation(token:$t){role organisation{name}}}',
        { t: token },
        login.accessToken,
      );
      say('You are now ' + acceptInvitation.role + ' of ' + acceptInvitation.organisation.name + '.');
    },
  };
  const run = pages[document.body.dataset.page];
  if (!form || !run) return;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await run();
    } catch (err) {
      say(err.message);
    }
  });
})();
