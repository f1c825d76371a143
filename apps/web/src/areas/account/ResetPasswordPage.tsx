import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { Button, ErrorSummary, TextField, useFieldErrors } from '../../components/forms';

const ResetMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/** The emailed link, /reset-password#token=…: the token travels in the fragment, never to a server log. */
export function Component(): ReactNode {
  usePageTitle('reset.title');
  const intl = useIntl();
  // Kept for this tab: the page can mount twice (the language loading), after the URL was cleaned.
  const [token] = useState(() => {
    const fromLink = new URLSearchParams(window.location.hash.slice(1)).get('token');
    if (fromLink) {
      window.sessionStorage.setItem('plenary.reset', fromLink);
      window.history.replaceState(null, '', window.location.pathname);
    }
    return fromLink ?? window.sessionStorage.getItem('plenary.reset') ?? '';
  });
  const [password, setPassword] = useState('');
  const [reset, { data, error, loading }] = useMutation(ResetMutation);
  const errors = useFieldErrors(error, ['newPassword', 'token'], 'reset-', (d) =>
    intl.formatMessage({ id: d.messageId }, d.values),
  );
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void reset({ variables: { input: { token, newPassword: password } } }).catch(() => null);
  };
  return (
    <div className="narrow">
      <ErrorSummary items={errors.summary} />
      <h1>
        <FormattedMessage id="reset.title" />
      </h1>
      {data?.resetPassword ? (
        <p className="notice" role="status">
          <FormattedMessage id="reset.done" />{' '}
          <Link to="/login">
            <FormattedMessage id="header.login" />
          </Link>
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          {errors.field('token') && (
            <p className="field__error">
              <FormattedMessage id="reset.badLink" />{' '}
              <Link to="/forgot-password">
                <FormattedMessage id="forgot.title" />
              </Link>
            </p>
          )}
          <TextField
            id="reset-newPassword"
            label={<FormattedMessage id="reset.newPassword" />}
            hint={<FormattedMessage id="register.passwordHint" />}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={errors.field('newPassword')}
            dir="ltr"
          />
          <Button type="submit" isDisabled={loading}>
            <FormattedMessage id="reset.submit" />
          </Button>
        </form>
      )}
    </div>
  );
}
