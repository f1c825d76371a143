import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StaffDigestSessionsQuery } from './documents';

/** /staff/digests — choose the session whose digests to compile, review and publish. */
export function DigestSessionsPage(): ReactNode {
  usePageTitle('staff.digests.title');
  const intl = useIntl();
  const { data, error } = useQuery(StaffDigestSessionsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <div>
      <h1>
        <FormattedMessage id="staff.digests.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="staff.digests.intro" />
      </p>
      {error && <ErrorMessage error={error} />}
      <ul className="card-list">
        {data?.negotiationSessions.edges.map(({ node: s }) => (
          <li key={s.id} className="card">
            <p className="card__title">
              <Link to={`/staff/digests/${s.id}`}>{s.title}</Link>
            </p>
            <p className="card__meta">
              {s.location} ·{' '}
              <FormattedMessage
                id="staff.sessions.range"
                values={{
                  start: intl.formatDate(s.startsAt, { dateStyle: 'medium', timeZone: 'UTC' }),
                  end: intl.formatDate(s.endsAt, { dateStyle: 'medium', timeZone: 'UTC' }),
                }}
              />
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
