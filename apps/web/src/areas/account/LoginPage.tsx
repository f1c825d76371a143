import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { session } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useSession } from '../../app/useSession';
import { Button, ErrorSummary, TextField, useFieldErrors } from '../../components/forms';
import { useLanguage } from '../../i18n/LanguageProvider';
import { isLanguage } from '../../i18n/languages';

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
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

/** Only paths inside Plenary: `next` never sends a person to another site. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

/**
 * The model form: server validation only, field messages beside the fields, the ErrorSummary on
 * top; the api sets the refresh cookie (X-Plenary-Client: web) and answers the access token.
 */
export function Component(): ReactNode {
  usePageTitle('login.title');
  const intl = useIntl();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const client = useApolloClient();
  const { setLanguage } = useLanguage();
  const state = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { error, loading }] = useMutation(LoginMutation);
  const errors = useFieldErrors(error, ['email', 'password'], 'login-', (d) =>
    d.kind === 'UNAUTHENTICATED'
      ? intl.formatMessage({ id: 'login.failed' })
      : intl.formatMessage({ id: d.messageId }, d.values),
  );

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const result = await login({ variables: { input: { email, password } } }).catch(() => null);
    const payload = result?.data?.login;
    if (!payload) return;
    session.accept(payload.accessToken, payload.user);
    if (isLanguage(payload.user.preferredLanguage)) setLanguage(payload.user.preferredLanguage);
    await client.resetStore();
    await navigate(safeNext(params.get('next')), { replace: true });
  }

  return (
    <div className="narrow">
      <ErrorSummary items={errors.summary} />
      <h1>
        <FormattedMessage id="login.title" />
      </h1>
      {state.status === 'anonymous' && state.ended && (
        <div className="notice notice--info" role="status" data-testid="session-ended">
          <p>
            <FormattedMessage id="error.unauthenticated" />
          </p>
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="login-email"
          label={<FormattedMessage id="login.email" />}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={errors.field('email')}
          dir="ltr"
        />
        <TextField
          id="login-password"
          label={<FormattedMessage id="login.password" />}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.field('password')}
          dir="ltr"
        />
        <Button type="submit" isDisabled={loading}>
          <FormattedMessage id="login.submit" />
        </Button>
      </form>
      <p>
        <Link to="/forgot-password">
          <FormattedMessage id="login.forgot" />
        </Link>
      </p>
      <p>
        <Link to="/register">
          <FormattedMessage id="login.register" />
        </Link>
      </p>
    </div>
  );
}
