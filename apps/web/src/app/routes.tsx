import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Route, Routes } from 'react-router';
import { Layout } from './Layout';

/**
 * Every page is lazy: its code is a chunk of its own, fetched when first visited. The areas
 * (public, account, workspace, moderation, staff) live in separate folders and never import one
 * another, so a public page never loads moderator or staff code (the budget spec checks it).
 * A page module exports `Component`.
 *
 * Declarative routing (<Routes>), not the data router: the data router adds ≈ 14 KB gzipped to every
 * first load, and pages fetch their data through Apollo anyway. See apps/web/README.md.
 */
const page = (load: () => Promise<{ Component: ComponentType }>) =>
  lazy(() => load().then((m) => ({ default: m.Component })));

const HomePage = page(() => import('../areas/public/HomePage'));
const NotFoundPage = page(() => import('../areas/public/NotFoundPage'));
const LoginPage = page(() => import('../areas/account/LoginPage'));
const WorkspacePage = page(() => import('../areas/workspace/WorkspacePage'));
const ModerationPage = page(() => import('../areas/moderation/ModerationPage'));
const StaffPage = page(() => import('../areas/staff/StaffPage'));

function Loading(): ReactNode {
  return (
    <p>
      <FormattedMessage id="common.loading" />
    </p>
  );
}

export function AppRoutes(): ReactNode {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="login" element={<LoginPage />} />
          <Route path="workspace/*" element={<WorkspacePage />} />
          <Route path="moderation/*" element={<ModerationPage />} />
          <Route path="staff/*" element={<StaffPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
