import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { UnreadCountQuery } from './documents';
import './bell.css';

/**
 * The header's bell: a link to the notifications whose name is its visible text plus the unread
 * count ("Notifications 3 unread"), so what a screen reader says matches what is seen.
 */
export function Component(): ReactNode {
  const { data } = useQuery(UnreadCountQuery, { pollInterval: 60_000 });
  const edges = data?.myNotifications.edges.length ?? 0;
  const more = data?.myNotifications.pageInfo.hasNextPage ?? false;
  const shown = more ? `${edges}+` : String(edges);
  return (
    <Link to="/workspace/notifications" className="bell">
      <svg className="bell__icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      <FormattedMessage id="header.notifications" />
      {edges > 0 && (
        <span className="bell__count" data-testid="unread-count">
          {shown}
          <span className="visually-hidden">
            {' '}
            <FormattedMessage id="header.unreadNotifications" values={{ count: edges }} />
          </span>
        </span>
      )}
    </Link>
  );
}
