import { useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { useLocation } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { Button } from '../../components/forms';
import { ErrorMessage } from '../../components/ErrorMessage';

const ResendMutation = graphql(`
  mutation ResendVerification($email: String!) {
    resendVerification(email: $email)
  }
`);

/** After registering: the link is in the inbox; a new one can be asked for. */
export function Component(): ReactNode {
  usePageTitle('checkInbox.title');
  const location = useLocation();
  const email = (location.state as { email?: string } | null)?.email ?? '';
  const [resend, { data, error, loading }] = useMutation(ResendMutation);
  const [sent, setSent] = useState(false);
  return (
    <div className="narrow">
      <h1>
        <FormattedMessage id="checkInbox.title" />
      </h1>
      <p className="lede">
        {email ? (
          <FormattedMessage id="checkInbox.bodyTo" values={{ email: <bdi dir="ltr">{email}</bdi> }} />
        ) : (
          <FormattedMessage id="checkInbox.body" />
        )}
      </p>
      <p>
        <FormattedMessage id="checkInbox.notArrived" />
      </p>
      {error && <ErrorMessage error={error} />}
      {email && (
        <Button
          variant="secondary"
          isDisabled={loading}
          onPress={() =>
            void resend({ variables: { email } }).then(
              () => setSent(true),
              () => undefined,
            )
          }
        >
          <FormattedMessage id="checkInbox.resend" />
        </Button>
      )}
      <p role="status">{sent && data && <FormattedMessage id="checkInbox.resent" />}</p>
    </div>
  );
}
