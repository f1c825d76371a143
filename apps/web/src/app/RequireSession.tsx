import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { FormattedMessage } from 'react-intl';
import { useSession } from './useSession';

/** Wrap a page that needs a logged-in person: anonymous visitors go to /login?next=<here>. */
export function RequireSession({ children }: { children: ReactNode }): ReactNode {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'unknown')
    return (
      <p>
        <FormattedMessage id="common.loading" />
      </p>
    );
  if (state.status === 'anonymous')
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return children;
}
