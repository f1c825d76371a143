import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { RequireSession } from '../../app/RequireSession';
import { session } from '../../api/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AreaMessages } from '../../i18n/AreaMessages';
import { loadParticipantMessages } from './participant/catalogues';
import { EventTimes } from './parts/EventTimes';
import { idOf, languageName } from './parts/labels';
import { Refusal } from './parts/Refusal';

const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

const MyEventsQuery = graphql(`
  query ProgrammeMyEvents($after: String) {
    myEvents(first: 50, after: $after) {
      edges {
        node {
          id
          status
          attended
          waitlistPosition
          certificates {
            id
            language
            status
            path
          }
          event {
            id
            title
            type
            startsAt
            endsAt
            timeZone
            status
            onlineLink
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    myCompletedTrainingModules {
      eventId
      completedAt
      module {
        id
        title
      }
    }
  }
`);

const CancelMutation = graphql(`
  mutation ProgrammeMyEventsCancel($id: ID!) {
    cancelRegistration(id: $id) {
      id
      status
    }
  }
`);

const CertificateMutation = graphql(`
  mutation ProgrammeRequestCertificate($input: RequestCertificateInput!) {
    requestCertificate(input: $input) {
      id
      language
      status
      path
    }
  }
`);

/** Downloads a file that needs the access token (a certificate): fetched, then saved from memory. */
async function download(path: string, name: string): Promise<void> {
  const token = session.accessToken();
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

function Certificates({
  registrationId,
  certificates,
  onChange,
}: {
  registrationId: string;
  certificates: { id: string; language: string; status: string; path?: string | null }[];
  onChange: () => void;
}): ReactNode {
  const intl = useIntl();
  const [language, setLanguage] = useState(intl.locale.slice(0, 2) || 'en');
  const [request, { error, loading }] = useMutation(CertificateMutation);
  return (
    <div className="programme__certificates">
      {error && <Refusal error={error} />}
      <ul className="plain-list">
        {certificates.map((c) => (
          <li key={c.id}>
            {c.path ? (
              <button
                type="button"
                className="button button--link"
                onClick={() => void download(c.path!, `certificate-${c.language}.pdf`)}
              >
                <FormattedMessage
                  id="prog.mine.downloadCertificate"
                  values={{ language: languageName(intl, c.language) }}
                />
              </button>
            ) : (
              <FormattedMessage
                id={idOf('prog.certificate', c.status)}
                values={{ language: languageName(intl, c.language) }}
              />
            )}
          </li>
        ))}
      </ul>
      <div className="filters">
        <div className="field">
          <label className="field__label" htmlFor={`certificate-language-${registrationId}`}>
            <FormattedMessage id="prog.mine.certificateLanguage" />
          </label>
          <select
            id={`certificate-language-${registrationId}`}
            className="field__input field__select"
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {languageName(intl, l)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button--secondary"
          disabled={loading}
          onClick={() => void request({ variables: { input: { registrationId, language } } }).then(onChange)}
        >
          <FormattedMessage id="prog.mine.requestCertificate" />
        </button>
      </div>
    </div>
  );
}

/** The person's events: places and waiting lists, links, cancelling, certificates, completed modules. */
export function Component(): ReactNode {
  return (
    <AreaMessages load={loadParticipantMessages}>
      <RequireSession>
        <MyEvents />
      </RequireSession>
    </AreaMessages>
  );
}

function MyEvents(): ReactNode {
  const intl = useIntl();
  usePageTitle('prog.mine.title');
  const { data, error, refetch } = useQuery(MyEventsQuery, { fetchPolicy: 'cache-and-network' });
  const [cancel, cancelled] = useMutation(CancelMutation);
  const rows = data?.myEvents.edges.map((e) => e.node).filter((r) => r.status !== 'CANCELLED') ?? [];
  return (
    <>
      <h1>
        <FormattedMessage id="prog.mine.title" />
      </h1>
      <p>
        <Link to="/programme">
          <FormattedMessage id="prog.mine.browse" />
        </Link>
      </p>
      {error && <ErrorMessage error={error} />}
      {cancelled.error && <Refusal error={cancelled.error} />}
      {data && rows.length === 0 && (
        <p>
          <FormattedMessage id="prog.mine.none" />
        </p>
      )}
      <ul className="card-list">
        {rows.map((r) => (
          <li key={r.id} className="card">
            <Link to={`/programme/events/${r.event.id}`} className="card__title" dir="auto">
              {r.event.title}
            </Link>
            <span className="card__meta">
              <FormattedMessage id={idOf('prog.type', r.event.type)} /> ·{' '}
              <EventTimes startsAt={r.event.startsAt} endsAt={r.event.endsAt} zone={r.event.timeZone} />
            </span>
            <span className="card__meta">
              {r.event.status === 'CANCELLED' ? (
                <FormattedMessage id="prog.event.cancelled" />
              ) : r.status === 'WAITLISTED' ? (
                <FormattedMessage id="prog.mine.waitlisted" values={{ position: r.waitlistPosition ?? 0 }} />
              ) : r.attended ? (
                <FormattedMessage id="prog.mine.attended" />
              ) : (
                <FormattedMessage id="prog.mine.confirmed" />
              )}
            </span>
            {r.event.onlineLink && (
              <span className="card__meta">
                <FormattedMessage id="prog.mine.joinOnline" />{' '}
                <a href={r.event.onlineLink} className="programme__link" rel="noopener noreferrer" target="_blank">
                  {r.event.onlineLink}
                </a>
              </span>
            )}
            {r.attended ? (
              <Certificates registrationId={r.id} certificates={r.certificates} onChange={() => void refetch()} />
            ) : (
              r.event.status !== 'CANCELLED' &&
              new Date(r.event.startsAt) > new Date() && (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={cancelled.loading}
                  aria-label={intl.formatMessage({ id: 'prog.mine.cancelNamed' }, { title: r.event.title })}
                  onClick={() => void cancel({ variables: { id: r.id } }).then(() => refetch())}
                >
                  <FormattedMessage id="prog.mine.cancel" />
                </button>
              )
            )}
          </li>
        ))}
      </ul>
      <section aria-labelledby="modules-heading">
        <h2 id="modules-heading">
          <FormattedMessage id="prog.mine.modules" />
        </h2>
        {(data?.myCompletedTrainingModules.length ?? 0) === 0 ? (
          <p>
            <FormattedMessage id="prog.mine.noModules" />
          </p>
        ) : (
          <ul className="plain-list">
            {data?.myCompletedTrainingModules.map((c) => (
              <li key={c.module.id}>
                <span dir="auto">{c.module.title}</span> —{' '}
                <FormattedMessage
                  id="prog.mine.completedOn"
                  values={{ date: intl.formatDate(c.completedAt, { dateStyle: 'medium' }) }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
