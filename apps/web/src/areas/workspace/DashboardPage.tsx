import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import type { MessageId } from '../../i18n/messages';
import { MyOrganisationsQuery } from './documents';

/** /workspace: the person's organisations (each leads to its dashboard), and making a new one. */
export function DashboardPage(): ReactNode {
  usePageTitle('ws.home.title');
  const { data, error } = useQuery(MyOrganisationsQuery, { fetchPolicy: 'cache-and-network' });
  const memberships = data?.me.memberships ?? [];
  return (
    <div>
      <h1>
        <FormattedMessage id="ws.home.title" />
      </h1>
      <p className="lede">
        <FormattedMessage id="ws.home.intro" />
      </p>
      {error && <ErrorMessage error={error} />}
      {data && memberships.length === 0 && (
        <p>
          <FormattedMessage id="ws.home.noOrganisation" />
        </p>
      )}
      <ul className="card-list">
        {memberships.map((m) => (
          <li key={m.organisation.id} className="card">
            <p className="card__title">
              <Link to={`/workspace/organisations/${m.organisation.id}`}>{m.organisation.name}</Link>
            </p>
            <p className="card__meta">
              <FormattedMessage id={`ws.orgStatus.${m.organisation.status}` as MessageId} /> ·{' '}
              <FormattedMessage id={`ws.role.${m.role}` as MessageId} /> ·{' '}
              <FormattedMessage id={`region.${m.organisation.region}` as MessageId} />
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link className="button button--secondary" to="/workspace/organisations/new">
          <FormattedMessage id="ws.home.create" />
        </Link>{' '}
        <Link to="/workspace/notifications">
          <FormattedMessage id="ws.notifications.title" />
        </Link>
      </p>
    </div>
  );
}
