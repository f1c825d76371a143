import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { Button, ErrorSummary, TextField, useFieldErrors } from '../../components/forms';

const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      message
    }
  }
`);

/** Registration: the api answers the same for every address and emails a link (nothing to log in yet). */
export function Component(): ReactNode {
  usePageTitle('register.title');
  const intl = useIntl();
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [register, { error, loading }] = useMutation(RegisterMutation);
  const errors = useFieldErrors(error, ['displayName', 'email', 'password'], 'register-', (d) =>
    intl.formatMessage({ id: d.messageId }, d.values),
  );

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const result = await register({ variables: { input: { displayName, email, password } } }).catch(() => null);
    if (result?.data?.register) await navigate('/check-inbox', { state: { email } });
  }

  return (
    <div className="narrow">
      <ErrorSummary items={errors.summary} />
      <h1>
        <FormattedMessage id="register.title" />
      </h1>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="register-displayName"
          label={<FormattedMessage id="register.displayName" />}
          hint={<FormattedMessage id="register.displayNameHint" />}
          autoComplete="name"
          value={displayName}
          onChange={setDisplayName}
          error={errors.field('displayName')}
        />
        <TextField
          id="register-email"
          label={<FormattedMessage id="login.email" />}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={errors.field('email')}
          dir="ltr"
        />
        <TextField
          id="register-password"
          label={<FormattedMessage id="login.password" />}
          hint={<FormattedMessage id="register.passwordHint" />}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.field('password')}
          dir="ltr"
        />
        <Button type="submit" isDisabled={loading}>
          <FormattedMessage id="register.submit" />
        </Button>
      </form>
      <p>
        <Link to="/login">
          <FormattedMessage id="register.haveAccount" />
        </Link>
      </p>
    </div>
  );
}
