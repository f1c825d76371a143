import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { UnreadCountQuery } from './documents';
import './bell.css';

/** The header's bell: a link to the notifications with the unread count in its accessible name. */
export function Component(): ReactNode {
  const intl = useIntl();
  const { data } = useQuery(UnreadCountQuery, { pollInterval: 60_000 });
  const edges = data?.myNotifications.edges.length ?? 0;
  const more = data?.myNotifications.pageInfo.hasNextPage ?? false;
  const count = more ? `${edges}+` : String(edges);
  return (
    <Link
      to="/workspace/notifications"
      className="bell"
      aria-label={intl.formatMessage({ id: 'ws.bell.label' }, { count: edges, shown: count })}
    >
      <span aria-hidden="true">🔔</span>{' '}
      <span className="bell__text" aria-hidden="true">
        <FormattedMessage id="header.notifications" />
      </span>
      {edges > 0 && (
        <span className="bell__count" aria-hidden="true" data-testid="unread-count">
          {count}
        </span>
      )}
    </Link>
  );
}
