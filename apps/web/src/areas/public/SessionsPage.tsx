import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';

const SessionsQuery = graphql(`
  query PublicSessions($after: String) {
    negotiationSessions(first: 20, after: $after) {
      edges {
        cursor
        node {
          id
          title
          location
          startsAt
          endsAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Every negotiating session, newest first. */
export function Component(): ReactNode {
  usePageTitle('sessions.title');
  const intl = useIntl();
  const { data, error, loading, fetchMore } = useQuery(SessionsQuery);
  const date = (iso: string): string => intl.formatDate(iso, { dateStyle: 'medium' });
  return (
    <>
      <h1>
        <FormattedMessage id="sessions.title" />
      </h1>
      {error && <ErrorMessage error={error} />}
      <ul className="card-list">
        {(data?.negotiationSessions.edges ?? []).map(({ node: s }) => (
          <li key={s.id} className="card">
            <Link to={`/sessions/${s.id}`} className="card__title">
              {s.title}
            </Link>
            <span className="card__meta">
              <FormattedMessage
                id="home.sessionDates"
                values={{ start: date(s.startsAt), end: date(s.endsAt), location: s.location }}
              />
            </span>
          </li>
        ))}
      </ul>
      {data?.negotiationSessions.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: data.negotiationSessions.pageInfo.endCursor } })}
        >
          <FormattedMessage id="common.more" />
        </button>
      )}
    </>
  );
}
