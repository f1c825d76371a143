import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { usePageTitle } from '../../app/usePageTitle';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Button } from '../../components/forms';
import { DigestSessionQuery, MarkReadMutation, NotificationsQuery, UnreadCountQuery } from './documents';

/** "Digest ready" leads to the staff page of the digest's session (the notification names the digest). */
function DigestReadyLink({
  digestId,
  title,
  onOpen,
}: {
  digestId: string;
  title: string;
  onOpen: () => void;
}): ReactNode {
  const { data } = useQuery(DigestSessionQuery, { variables: { id: digestId } });
  const sessionId = data?.digest.sessionId;
  if (!sessionId) return title;
  return (
    <Link to={`/staff/digests/${sessionId}?digest=${digestId}`} onClick={onOpen}>
      {title}
    </Link>
  );
}

/**
 * Where a notification leads: the workspace for an organisation's, the moderator desk and the staff
 * console for theirs ("N items waiting", "appeal received"; "digest ready" needs the digest's
 * session, see DigestReadyLink).
 */
export function notificationLink(n: {
  kind: string;
  entityType: string | null;
  entityId: string | null;
}): string | null {
  if (n.kind === 'ITEMS_WAITING') return '/moderation';
  if (n.kind === 'APPEAL_RECEIVED') return n.entityId ? `/staff/appeals/${n.entityId}` : null;
  if (!n.entityId) return null;
  if (n.entityType === 'Submission') return `/workspace/submissions/${n.entityId}`;
  if (n.entityType === 'Cosignature') return `/workspace/cosignatures/${n.entityId}`;
  if (n.entityType === 'Organisation') return `/workspace/organisations/${n.entityId}`;
  return null;
}

/** The notifications list, newest first, each marked read when opened or all at once. */
export function NotificationsPage(): ReactNode {
  usePageTitle('ws.notifications.title');
  const intl = useIntl();
  const { data, error, fetchMore } = useQuery(NotificationsQuery, { fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkReadMutation, {
    refetchQueries: [{ query: UnreadCountQuery }, { query: NotificationsQuery }],
  });
  const list = data?.myNotifications.edges.map((e) => e.node) ?? [];
  const unread = list.filter((n) => !n.readAt).map((n) => n.id);
  return (
    <div>
      <h1>
        <FormattedMessage id="ws.notifications.title" />
      </h1>
      {error && <ErrorMessage error={error} />}
      {unread.length > 0 && (
        <Button variant="secondary" onPress={() => void markRead({ variables: { ids: unread } })}>
          <FormattedMessage id="ws.notifications.markAll" values={{ count: unread.length }} />
        </Button>
      )}
      {data && list.length === 0 && (
        <p>
          <FormattedMessage id="ws.notifications.none" />
        </p>
      )}
      <ul className="card-list">
        {list.map((n) => {
          const to = notificationLink(n);
          return (
            <li key={n.id} className={n.readAt ? 'card' : 'card card--unread'}>
              <p className="card__title">
                {!n.readAt && (
                  <span className="tag tag--unread">
                    <FormattedMessage id="ws.notifications.unread" />
                  </span>
                )}{' '}
                {n.kind === 'DIGEST_READY' && n.entityId ? (
                  <DigestReadyLink
                    digestId={n.entityId}
                    title={n.title}
                    onOpen={() => !n.readAt && void markRead({ variables: { ids: [n.id] } })}
                  />
                ) : to ? (
                  <Link to={to} onClick={() => !n.readAt && void markRead({ variables: { ids: [n.id] } })}>
                    {n.title}
                  </Link>
                ) : (
                  n.title
                )}
              </p>
              <p>{n.body}</p>
              <p className="card__meta">{intl.formatDate(n.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</p>
              {!n.readAt && (
                <Button variant="link" onPress={() => void markRead({ variables: { ids: [n.id] } })}>
                  <FormattedMessage id="ws.notifications.markRead" />
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {data?.myNotifications.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          onPress={() => void fetchMore({ variables: { after: data.myNotifications.pageInfo.endCursor } })}
        >
          <FormattedMessage id="common.more" />
        </Button>
      )}
    </div>
  );
}
