import { useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { RequireSession } from '../../app/RequireSession';
import { Button } from '../../components/forms';
import { ErrorMessage } from '../../components/ErrorMessage';

const AcceptMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      role
      organisation {
        id
        name
      }
    }
  }
`);

const TOKEN_KEY = 'plenary.invitation';

/**
 * The emailed invitation, /accept-invitation#token=…: the token is kept for this tab while the
 * person logs in (or registers), then one button joins the organisation.
 */
export function Component(): ReactNode {
  usePageTitle('invitation.title');
  const [token] = useState(() => {
    const fromLink = new URLSearchParams(window.location.hash.slice(1)).get('token');
    if (fromLink) {
      window.sessionStorage.setItem(TOKEN_KEY, fromLink);
      window.history.replaceState(null, '', window.location.pathname);
    }
    return fromLink ?? window.sessionStorage.getItem(TOKEN_KEY) ?? '';
  });
  const [accept, { data, error, loading }] = useMutation(AcceptMutation);
  const joined = data?.acceptInvitation;
  return (
    <div className="narrow">
      <h1>
        <FormattedMessage id="invitation.title" />
      </h1>
      <p>
        <FormattedMessage id="invitation.body" />
      </p>
      <RequireSession>
        {joined ? (
          <p className="notice" role="status">
            <FormattedMessage
              id="invitation.joined"
              values={{ role: joined.role, organisation: joined.organisation.name }}
            />{' '}
            <Link to="/workspace">
              <FormattedMessage id="nav.workspace" />
            </Link>
          </p>
        ) : (
          <>
            {error && <ErrorMessage error={error} />}
            <Button
              isDisabled={loading || !token}
              onPress={() =>
                void accept({ variables: { token } }).then(
                  () => window.sessionStorage.removeItem(TOKEN_KEY),
                  () => undefined,
                )
              }
            >
              <FormattedMessage id="invitation.accept" />
            </Button>
          </>
        )}
      </RequireSession>
    </div>
  );
}
