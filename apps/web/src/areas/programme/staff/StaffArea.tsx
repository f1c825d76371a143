import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, Route, Routes } from 'react-router';
import { RequireSession } from '../../../app/RequireSession';
import { hasRole, useSession } from '../../../app/useSession';
import { AreaMessages } from '../../../i18n/AreaMessages';
import { loadParticipantMessages } from '../participant/catalogues';
import { loadProgrammeStaffMessages } from './catalogues';
import { StaffBalancePage } from './StaffBalancePage';
import { StaffEventPage } from './StaffEventPage';
import { StaffEventsPage } from './StaffEventsPage';
import { StaffPublicationsPage } from './StaffPublicationsPage';

function StaffOnly({ children }: { children: ReactNode }): ReactNode {
  const state = useSession();
  if (!hasRole(state, 'STAFF'))
    return (
      <>
        <h1>
          <FormattedMessage id="prog.staff.title" />
        </h1>
        <p className="notice notice--error">
          <FormattedMessage id="error.forbidden" />
        </p>
      </>
    );
  return children;
}

/**
 * The programme's staff pages (a chunk of their own, with their own messages): events, attendance,
 * balance charts, outcomes and publications.
 */
export function Component(): ReactNode {
  return (
    <AreaMessages load={loadParticipantMessages}>
      <AreaMessages load={loadProgrammeStaffMessages}>
        <RequireSession>
          <StaffOnly>
            <nav className="programme__staff-nav" aria-labelledby="programme-staff-nav">
              <span id="programme-staff-nav" className="visually-hidden">
                <FormattedMessage id="prog.staff.nav" />
              </span>
              <Link to="/programme/staff">
                <FormattedMessage id="prog.staff.events" />
              </Link>
              <Link to="/programme/staff/publications">
                <FormattedMessage id="prog.staff.publications" />
              </Link>
              <Link to="/programme/staff/balance">
                <FormattedMessage id="prog.staff.balance" />
              </Link>
            </nav>
            <Routes>
              <Route index element={<StaffEventsPage />} />
              <Route path="events/:id" element={<StaffEventPage />} />
              <Route path="publications" element={<StaffPublicationsPage />} />
              <Route path="balance" element={<StaffBalancePage />} />
            </Routes>
          </StaffOnly>
        </RequireSession>
      </AreaMessages>
    </AreaMessages>
  );
}
