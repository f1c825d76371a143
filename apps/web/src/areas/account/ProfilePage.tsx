import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocation, useNavigate } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { session } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { RequireSession } from '../../app/RequireSession';
import { Button, ErrorSummary, TextField, useFieldErrors } from '../../components/forms';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/LanguageProvider';
import { isLanguage, LANGUAGES } from '../../i18n/languages';

const MeQuery = graphql(`
  query MyProfile {
    me {
      id
      displayName
      email
      preferredLanguage
    }
  }
`);

const UpdateProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      id
      displayName
      preferredLanguage
    }
  }
`);

const ExportQuery = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

const DeleteMutation = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

export function Component(): ReactNode {
  usePageTitle('profile.title');
  return (
    <RequireSession>
      <Profile />
    </RequireSession>
  );
}

/** My account: name and language, a copy of my data, and deleting the account (with what stays). */
function Profile(): ReactNode {
  const intl = useIntl();
  const location = useLocation();
  const { data, error } = useQuery(MeQuery);
  const me = data?.me;
  return (
    <div className="narrow">
      <h1>
        <FormattedMessage id="profile.title" />
      </h1>
      {(location.state as { welcome?: boolean } | null)?.welcome && (
        <p className="notice" role="status">
          <FormattedMessage id="profile.welcome" />
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      {me && (
        <>
          <p>
            <FormattedMessage id="profile.email" values={{ email: <bdi dir="ltr">{me.email}</bdi> }} />
          </p>
          <ProfileForm
            key={me.id}
            displayName={me.displayName}
            preferredLanguage={me.preferredLanguage ?? intl.locale}
          />
          <ExportSection />
          <DeleteSection />
        </>
      )}
    </div>
  );
}

function ProfileForm({
  displayName,
  preferredLanguage,
}: {
  displayName: string;
  preferredLanguage: string;
}): ReactNode {
  const intl = useIntl();
  const { setLanguage } = useLanguage();
  const [name, setName] = useState(displayName);
  const [lang, setLang] = useState(preferredLanguage);
  const [update, { data, error, loading }] = useMutation(UpdateProfileMutation);
  const errors = useFieldErrors(error, ['displayName', 'preferredLanguage'], 'profile-', (d) =>
    intl.formatMessage({ id: d.messageId }, d.values),
  );
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const result = await update({ variables: { input: { displayName: name, preferredLanguage: lang } } }).catch(
      () => null,
    );
    const user = result?.data?.updateMyProfile;
    if (!user) return;
    session.updateUser({ displayName: user.displayName, preferredLanguage: user.preferredLanguage });
    if (isLanguage(user.preferredLanguage)) setLanguage(user.preferredLanguage);
  }
  return (
    <section aria-labelledby="profile-details">
      <h2 id="profile-details">
        <FormattedMessage id="profile.details" />
      </h2>
      <ErrorSummary items={errors.summary} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="profile-displayName"
          label={<FormattedMessage id="register.displayName" />}
          value={name}
          onChange={setName}
          error={errors.field('displayName')}
        />
        <div className="field">
          <label className="field__label" htmlFor="profile-preferredLanguage">
            <FormattedMessage id="profile.language" />
          </label>
          <select
            id="profile-preferredLanguage"
            className="field__input"
            value={lang}
            onChange={(e) => setLang(e.target.value)}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" isDisabled={loading}>
          <FormattedMessage id="profile.save" />
        </Button>
        <p role="status">{data && !loading && <FormattedMessage id="profile.saved" />}</p>
      </form>
    </section>
  );
}

function ExportSection(): ReactNode {
  const client = useApolloClient();
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function download(): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await client.query({ query: ExportQuery, fetchPolicy: 'no-cache' });
      const blob = new Blob([JSON.stringify(data?.exportMyData, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = 'plenary-my-data.json';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="profile-export">
      <h2 id="profile-export">
        <FormattedMessage id="profile.exportTitle" />
      </h2>
      <p>
        <FormattedMessage id="profile.exportBody" />
      </p>
      {problem !== null && <ErrorMessage error={problem} />}
      <Button variant="secondary" isDisabled={busy} onPress={() => void download()}>
        <FormattedMessage id="profile.export" />
      </Button>
    </section>
  );
}

function DeleteSection(): ReactNode {
  const intl = useIntl();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [password, setPassword] = useState('');
  const [remove, { error, loading }] = useMutation(DeleteMutation);
  const errors = useFieldErrors(error, ['password'], 'delete-', (d) =>
    d.kind === 'UNAUTHENTICATED'
      ? intl.formatMessage({ id: 'delete.wrongPassword' })
      : intl.formatMessage({ id: d.messageId }, d.values),
  );
  const [deleted, setDeleted] = useState(false);
  useEffect(() => {
    if (!deleted) return;
    session.clear();
    void client.clearStore().then(() => navigate('/account-deleted', { replace: true }));
  }, [deleted, client, navigate]);
  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const result = await remove({ variables: { password } }).catch(() => null);
    if (result?.data?.deleteMyAccount) setDeleted(true);
  }
  return (
    <section aria-labelledby="profile-delete" className="danger-zone">
      <h2 id="profile-delete">
        <FormattedMessage id="delete.title" />
      </h2>
      <p>
        <FormattedMessage id="delete.whatGoes" />
      </p>
      <p>
        <FormattedMessage id="delete.whatStays" />
      </p>
      <ErrorSummary items={errors.summary} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="delete-password"
          label={<FormattedMessage id="delete.password" />}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.field('password')}
          dir="ltr"
        />
        <Button type="submit" isDisabled={loading || !password}>
          <FormattedMessage id="delete.submit" />
        </Button>
      </form>
    </section>
  );
}
