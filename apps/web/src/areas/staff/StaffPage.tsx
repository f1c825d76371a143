import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink, Route, Routes } from 'react-router';
import { RequireSession } from '../../app/RequireSession';
import { hasRole, useSession } from '../../app/useSession';
import { AreaMessages } from '../../i18n/AreaMessages';
import { loadStaffMessages } from './catalogues';
import { AppealsPage } from './AppealsPage';
import { AuditPage } from './AuditPage';
import { DigestSessionsPage } from './DigestSessionsPage';
import { DigestsPage } from './DigestsPage';
import { NotFound } from './NotFound';
import { OrganisationsPage } from './OrganisationsPage';
import { OverviewPage } from './OverviewPage';
import { PeoplePage } from './PeoplePage';
import { RoundFormPage } from './RoundFormPage';
import { SessionPage } from './SessionPage';
import { SessionsPage } from './SessionsPage';
import { SubmissionPage } from './SubmissionPage';
import { TagsPage } from './TagsPage';
import './staff.css';

const SECTIONS = [
  { to: '/staff/sessions', id: 'staff.nav.sessions' },
  { to: '/staff/organisations', id: 'staff.nav.organisations' },
  { to: '/staff/people', id: 'staff.nav.people' },
  { to: '/staff/tags', id: 'staff.nav.tags' },
  { to: '/staff/appeals', id: 'staff.nav.appeals' },
  { to: '/staff/digests', id: 'staff.nav.digests' },
  { to: '/staff/audit', id: 'staff.nav.audit' },
] as const;

/**
 * The staff console's entry (a lazy chunk of its own, loaded only under /staff): sessions and
 * rounds, organisations, people and roles, tags, appeals and reveals, digests, the audit trail.
 * Only STAFF see it; the api refuses everyone else anyway (every operation here is @Roles(STAFF)).
 */
export function Component(): ReactNode {
  return (
    <AreaMessages load={loadStaffMessages}>
      <RequireSession>
        <StaffOnly>
          <StaffNav />
          <Routes>
            <Route index element={<OverviewPage />} />
            <Route path="sessions" element={<SessionsPage />} />
            <Route path="sessions/:id" element={<SessionPage />} />
            <Route path="sessions/:sessionId/rounds/new" element={<RoundFormPage />} />
            <Route path="rounds/:id" element={<RoundFormPage />} />
            <Route path="organisations" element={<OrganisationsPage />} />
            <Route path="people" element={<PeoplePage />} />
            <Route path="tags" element={<TagsPage />} />
            <Route path="appeals" element={<AppealsPage />} />
            <Route path="appeals/:id" element={<SubmissionPage />} />
            <Route path="submissions/:id" element={<SubmissionPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="digests" element={<DigestSessionsPage />} />
            <Route path="digests/:sessionId" element={<DigestsPage />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </StaffOnly>
      </RequireSession>
    </AreaMessages>
  );
}

function StaffOnly({ children }: { children: ReactNode }): ReactNode {
  const session = useSession();
  if (hasRole(session, 'STAFF')) return children;
  return (
    <div>
      <h1>
        <FormattedMessage id="staff.only.title" />
      </h1>
      <p>
        <FormattedMessage id="staff.only.body" />
      </p>
    </div>
  );
}

function StaffNav(): ReactNode {
  const intl = useIntl();
  return (
    <nav className="staff-nav" aria-label={intl.formatMessage({ id: 'staff.nav.label' })}>
      <ul>
        <li>
          <NavLink to="/staff" end>
            <FormattedMessage id="staff.nav.overview" />
          </NavLink>
        </li>
        {SECTIONS.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to}>
              <FormattedMessage id={s.id} />
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
