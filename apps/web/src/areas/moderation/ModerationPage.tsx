import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Route, Routes } from 'react-router';
import { RequireSession } from '../../app/RequireSession';
import { hasRole, useSession } from '../../app/useSession';
import { usePageTitle } from '../../app/usePageTitle';
import { AreaMessages } from '../../i18n/AreaMessages';
import { loadModerationMessages } from './catalogues';
import { CoveragePage } from './CoveragePage';
import { ItemPage } from './ItemPage';
import { DeskProvider } from './parts/desk';
import { QueuePage } from './QueuePage';
import { SimilarPage } from './SimilarPage';
import './moderation.css';

/**
 * The moderator desk (one lazy chunk, loaded only when a moderator or staff member opens
 * /moderation): the queue, an item, its near-duplicates side by side, and coverage.
 */
export function Component(): ReactNode {
  return (
    <AreaMessages load={loadModerationMessages}>
      <RequireSession>
        <DeskGate>
          <DeskProvider>
            <Routes>
              <Route index element={<QueuePage />} />
              <Route path="items/:submissionId" element={<ItemPage />} />
              <Route path="items/:submissionId/similar" element={<SimilarPage />} />
              <Route path="coverage" element={<CoveragePage />} />
              <Route path="*" element={<DeskNotFound />} />
            </Routes>
          </DeskProvider>
        </DeskGate>
      </RequireSession>
    </AreaMessages>
  );
}

/** Moderators and staff only (the api refuses everyone else anyway; this says so plainly). */
function DeskGate({ children }: { children: ReactNode }): ReactNode {
  const session = useSession();
  if (hasRole(session, 'MODERATOR') || hasRole(session, 'STAFF')) return children;
  return <NotForYou />;
}

function NotForYou(): ReactNode {
  usePageTitle('mod.title');
  return (
    <>
      <h1>
        <FormattedMessage id="mod.title" />
      </h1>
      <p>
        <FormattedMessage id="mod.notForYou" />
      </p>
    </>
  );
}

function DeskNotFound(): ReactNode {
  usePageTitle('mod.notFound');
  return (
    <h1>
      <FormattedMessage id="mod.notFound" />
    </h1>
  );
}
