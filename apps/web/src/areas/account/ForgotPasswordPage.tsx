import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { Button, ErrorSummary, TextField, useFieldErrors } from '../../components/forms';

const RequestResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Asks for a reset link; answers the same whether or not the address has an account. */
export function Component(): ReactNode {
  usePageTitle('forgot.title');
  const intl = useIntl();
  const [email, setEmail] = useState('');
  const [request, { data, error, loading }] = useMutation(RequestResetMutation);
  const errors = useFieldErrors(error, ['email'], 'forgot-', (d) => intl.formatMessage({ id: d.messageId }, d.values));
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void request({ variables: { email } }).catch(() => null);
  };
  return (
    <div className="narrow">
      <ErrorSummary items={errors.summary} />
      <h1>
        <FormattedMessage id="forgot.title" />
      </h1>
      {data ? (
        <p className="notice" role="status">
          <FormattedMessage id="forgot.sent" />
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <TextField
            id="forgot-email"
            label={<FormattedMessage id="login.email" />}
            type="email"
            autoComplete="email"
            value={email}
            onChange={setEmail}
            error={errors.field('email')}
            dir="ltr"
          />
          <Button type="submit" isDisabled={loading}>
            <FormattedMessage id="forgot.submit" />
          </Button>
        </form>
      )}
    </div>
  );
}
