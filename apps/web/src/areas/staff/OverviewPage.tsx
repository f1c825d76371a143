import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { StaffOverviewQuery } from './documents';

/** /staff: what is waiting for staff (organisations to verify, appeals) and where everything is. */
export function OverviewPage(): ReactNode {
  usePageTitle('staff.title');
  const intl = useIntl();
  const { data, error } = useQuery(StaffOverviewQuery, { fetchPolicy: 'cache-and-network' });
  const count = (list: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } | undefined) =>
    list ? `${list.edges.length}${list.pageInfo.hasNextPage ? '+' : ''}` : '…';
  return (
    <div>
      <h1>
        <FormattedMessage id="staff.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="staff.intro" />
      </p>
      {error && <ErrorMessage error={error} />}
      <ul className="card-list overview">
        <li className="card">
          <p className="card__title">
            <Link to="/staff/organisations?status=PENDING">
              <FormattedMessage id="staff.overview.pending" values={{ count: count(data?.organisations) }} />
            </Link>
          </p>
          <p className="card__meta">
            <FormattedMessage id="staff.overview.pendingHint" />
          </p>
        </li>
        <li className="card">
          <p className="card__title">
            <Link to="/staff/appeals">
              <FormattedMessage id="staff.overview.appeals" values={{ count: count(data?.moderationQueue) }} />
            </Link>
          </p>
          <p className="card__meta">
            <FormattedMessage id="staff.overview.appealsHint" />
          </p>
        </li>
        <li className="card">
          <p className="card__title">
            <Link to="/staff/sessions">
              <FormattedMessage id="staff.nav.sessions" />
            </Link>
          </p>
          <ul className="plain-list card__meta">
            {data?.negotiationSessions.edges.map(({ node: s }) => (
              <li key={s.id}>
                <Link to={`/staff/sessions/${s.id}`}>{s.title}</Link> ·{' '}
                {intl.formatDate(s.startsAt, { dateStyle: 'medium' })} ·{' '}
                <Link to={`/staff/digests/${s.id}`}>
                  <FormattedMessage id="staff.overview.digests" />
                </Link>
              </li>
            ))}
          </ul>
        </li>
        <li className="card">
          <p className="card__title">
            <Link to="/staff/audit">
              <FormattedMessage id="staff.nav.audit" />
            </Link>
          </p>
          <p className="card__meta">
            <FormattedMessage id="staff.overview.auditHint" />
          </p>
        </li>
      </ul>
    </div>
  );
}
