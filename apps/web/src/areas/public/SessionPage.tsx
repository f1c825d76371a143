import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import type { MessageId } from '../../i18n/messages';
import { DigestVersions } from './parts/DigestVersions';
import { ErrorPage } from './parts/ErrorPage';
import { ZonedDate } from './parts/ZonedDate';

const SessionQuery = graphql(`
  query PublicSession($id: ID!) {
    negotiationSession(id: $id) {
      id
      title
      processName
      location
      startsAt
      endsAt
      rounds(first: 50) {
        edges {
          node {
            id
            title
            region
            status
            opensAt
            closesAt
            timeZone
          }
        }
      }
    }
  }
`);

/** A negotiating session: its consultation rounds per region and its published digests. */
export function Component(): ReactNode {
  const { id = '' } = useParams();
  const intl = useIntl();
  const { data, error } = useQuery(SessionQuery, { variables: { id } });
  const s = data?.negotiationSession;
  usePageTitle('session.pageTitle', { title: s?.title ?? '' });
  if (error) return <ErrorPage error={error} />;
  if (!s)
    return (
      <h1>
        <FormattedMessage id="common.loading" />
      </h1>
    );
  const date = (iso: string): string => intl.formatDate(iso, { dateStyle: 'long' });
  return (
    <>
      <h1>{s.title}</h1>
      <p className="lede">{s.processName}</p>
      <p>
        <FormattedMessage
          id="home.sessionDates"
          values={{ start: date(s.startsAt), end: date(s.endsAt), location: s.location }}
        />
      </p>
      <section aria-labelledby="rounds-heading">
        <h2 id="rounds-heading">
          <FormattedMessage id="session.rounds" />
        </h2>
        {s.rounds.edges.length === 0 && (
          <p>
            <FormattedMessage id="session.noRounds" />
          </p>
        )}
        <ul className="card-list">
          {s.rounds.edges.map(({ node: r }) => (
            <li key={r.id} className="card">
              <Link to={`/rounds/${r.id}`} className="card__title">
                {r.title}
              </Link>
              <span className="card__meta">
                <FormattedMessage id={`region.${r.region}` as MessageId} /> ·{' '}
                <FormattedMessage id={`roundStatus.${r.status}` as MessageId} />
              </span>
              <span className="card__meta">
                <FormattedMessage id={r.status === 'SCHEDULED' ? 'round.opens' : 'round.closes'} />{' '}
                <ZonedDate
                  at={r.status === 'SCHEDULED' ? r.opensAt : r.closesAt}
                  zone={r.timeZone}
                  countdown={r.status === 'OPEN'}
                />
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="digests-heading">
        <h2 id="digests-heading">
          <FormattedMessage id="digests.title" />
        </h2>
        <DigestVersions sessionId={s.id} />
      </section>
    </>
  );
}
