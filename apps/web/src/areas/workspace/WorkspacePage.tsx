import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { RequireSession } from '../../app/RequireSession';
import { AreaMessages } from '../../i18n/AreaMessages';
import { loadWorkspaceMessages } from './catalogues';
import { NotFound } from './NotFound';
import { CheckPage } from './CheckPage';
import { ConfirmationPage } from './ConfirmationPage';
import { CosignaturePage } from './CosignaturePage';
import { CreateOrganisationPage } from './CreateOrganisationPage';
import { DashboardPage } from './DashboardPage';
import { EditorPage } from './EditorPage';
import { NotificationsPage } from './NotificationsPage';
import { OrganisationPage } from './OrganisationPage';
import { VersionsPage } from './VersionsPage';
import { WithdrawPage } from './WithdrawPage';
import './workspace.css';

/**
 * The workspace area's entry (one lazy chunk): organisations, the submission editor, co-signing and
 * notifications, all behind a session.
 */
export function Component(): ReactNode {
  return (
    <AreaMessages load={loadWorkspaceMessages}>
      <RequireSession>
        <Routes>
          <Route index element={<DashboardPage />} />
          <Route path="organisations/new" element={<CreateOrganisationPage />} />
          <Route path="organisations/:id" element={<OrganisationPage />} />
          <Route path="submissions/:id" element={<EditorPage />} />
          <Route path="submissions/:id/check" element={<CheckPage />} />
          <Route path="submissions/:id/submitted" element={<ConfirmationPage />} />
          <Route path="submissions/:id/versions" element={<VersionsPage />} />
          <Route path="submissions/:id/withdraw" element={<WithdrawPage />} />
          <Route path="cosignatures/:id" element={<CosignaturePage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </RequireSession>
    </AreaMessages>
  );
}
