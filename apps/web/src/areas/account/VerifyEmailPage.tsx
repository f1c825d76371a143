import { useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { useNavigate } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { session } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/forms';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/LanguageProvider';
import { isLanguage } from '../../i18n/languages';

const VerifyMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      accessToken
      user {
        id
        displayName
        email
        roles
        preferredLanguage
      }
    }
  }
`);

/**
 * The emailed link, /verify-email?token=…: a button, not an automatic request (mail scanners that
 * open links must not use them). The token leaves the address bar at once; success logs in.
 */
export function Component(): ReactNode {
  usePageTitle('verify.title');
  const navigate = useNavigate();
  const client = useApolloClient();
  const { setLanguage } = useLanguage();
  // Kept for this tab: the page can mount twice (the language loading), after the URL was cleaned.
  const [token] = useState(() => {
    const fromLink = new URLSearchParams(window.location.search).get('token');
    if (fromLink) {
      window.sessionStorage.setItem('plenary.verify', fromLink);
      window.history.replaceState(null, '', window.location.pathname);
    }
    return fromLink ?? window.sessionStorage.getItem('plenary.verify') ?? '';
  });
  const [verify, { error, loading }] = useMutation(VerifyMutation);

  async function confirm(): Promise<void> {
    const result = await verify({ variables: { token } }).catch(() => null);
    const payload = result?.data?.verifyEmail;
    if (!payload) return;
    session.accept(payload.accessToken, payload.user);
    if (isLanguage(payload.user.preferredLanguage)) setLanguage(payload.user.preferredLanguage);
    await client.resetStore();
    await navigate('/account', { replace: true, state: { welcome: true } });
  }

  return (
    <div className="narrow">
      <h1>
        <FormattedMessage id="verify.title" />
      </h1>
      <p>
        <FormattedMessage id="verify.body" />
      </p>
      {error && <ErrorMessage error={error} />}
      {error && (
        <p>
          <FormattedMessage id="verify.failed" />
        </p>
      )}
      <Button isDisabled={loading || !token} onPress={() => void confirm()}>
        <FormattedMessage id="verify.submit" />
      </Button>
    </div>
  );
}
