import { createElement, lazy, Suspense, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { createRoutesFromElements, matchRoutes, Navigate, Route, Routes, useParams } from 'react-router';
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
type Loader = () => Promise<{ Component: ComponentType }>;
type Page = ComponentType & { preload: Loader };

/**
 * A lazy page. Once its code has arrived (from `preloadRoute`, or an earlier visit) it renders
 * without suspending: a suspended first render commits the "Loading…" fallback, and React then
 * holds the page back for its fallback throttle (≈ 300 ms) even though the code is there.
 */
const page = (load: Loader): Page => {
  let loaded: ComponentType | undefined;
  const preload: Loader = () =>
    load().then((module) => {
      loaded = module.Component;
      return module;
    });
  const Lazy = lazy(() => preload().then((module) => ({ default: module.Component })));
  const Page = (): ReactNode => (loaded ? createElement(loaded) : <Lazy />);
  return Object.assign(Page, { preload });
};

const HomePage = page(() => import('../areas/public/HomePage'));
const NotFoundPage = page(() => import('../areas/public/NotFoundPage'));
const SessionsPage = page(() => import('../areas/public/SessionsPage'));
const SessionPage = page(() => import('../areas/public/SessionPage'));
const RoundPage = page(() => import('../areas/public/RoundPage'));
const SubmissionPage = page(() => import('../areas/public/SubmissionPage'));
const DigestsPage = page(() => import('../areas/public/DigestsPage'));
const DigestPage = page(() => import('../areas/public/DigestPage'));
const ProvisionsPage = page(() => import('../areas/public/ProvisionsPage'));
const AccountArea = page(() => import('../areas/account/AccountArea'));
const LoginPage = page(() => import('../areas/account/LoginPage'));
const RegisterPage = page(() => import('../areas/account/RegisterPage'));
const CheckInboxPage = page(() => import('../areas/account/CheckInboxPage'));
const VerifyEmailPage = page(() => import('../areas/account/VerifyEmailPage'));
const ForgotPasswordPage = page(() => import('../areas/account/ForgotPasswordPage'));
const ResetPasswordPage = page(() => import('../areas/account/ResetPasswordPage'));
const AcceptInvitationPage = page(() => import('../areas/account/AcceptInvitationPage'));
const ProfilePage = page(() => import('../areas/account/ProfilePage'));
const AccountDeletedPage = page(() => import('../areas/account/AccountDeletedPage'));
const LegacyAccountLink = page(() => import('../areas/account/LegacyAccountLink'));
const WorkspacePage = page(() => import('../areas/workspace/WorkspacePage'));
const ModerationPage = page(() => import('../areas/moderation/ModerationPage'));
const StaffPage = page(() => import('../areas/staff/StaffPage'));
const ProgrammeArea = page(() => import('../areas/programme/ProgrammeArea'));
const ProgrammePage = page(() => import('../areas/programme/ProgrammePage'));
const EventPage = page(() => import('../areas/programme/EventPage'));
const InvitationPage = page(() => import('../areas/programme/InvitationPage'));
const MyEventsPage = page(() => import('../areas/programme/MyEventsPage'));
const PublicationsPage = page(() => import('../areas/programme/PublicationsPage'));
const ProgrammeStaff = page(() => import('../areas/programme/staff/StaffArea'));

/** Emails link to /cosignatures/:id (the api's PUBLIC_URL links); the page lives in the workspace. */
function CosignatureRedirect(): ReactNode {
  const { id = '' } = useParams();
  return <Navigate to={`/workspace/cosignatures/${id}`} replace />;
}

function Loading(): ReactNode {
  return (
    <p>
      <FormattedMessage id="common.loading" />
    </p>
  );
}

/** The route tree, read by <Routes> and by `preloadRoute`. */
const routes = (
  <Route element={<Layout />}>
    <Route index element={<HomePage />} />
    <Route path="sessions" element={<SessionsPage />} />
    <Route path="sessions/:id" element={<SessionPage />} />
    <Route path="rounds/:id" element={<RoundPage />} />
    <Route path="submissions/:id" element={<SubmissionPage />} />
    <Route path="digests" element={<DigestsPage />} />
    <Route path="digests/:id" element={<DigestPage />} />
    <Route path="provisions" element={<ProvisionsPage />} />
    <Route path="provisions/:id" element={<ProvisionsPage />} />
    <Route element={<AccountArea />}>
      <Route path="login" element={<LoginPage />} />
      <Route path="register" element={<RegisterPage />} />
      <Route path="check-inbox" element={<CheckInboxPage />} />
      <Route path="verify-email" element={<VerifyEmailPage />} />
      <Route path="forgot-password" element={<ForgotPasswordPage />} />
      <Route path="reset-password" element={<ResetPasswordPage />} />
      <Route path="accept-invitation" element={<AcceptInvitationPage />} />
      <Route path="account" element={<ProfilePage />} />
      <Route path="account-deleted" element={<AccountDeletedPage />} />
      {/* Links in emails sent before the web client existed. */}
      <Route path="account/reset-password" element={<LegacyAccountLink />} />
      <Route path="account/accept-invitation" element={<LegacyAccountLink />} />
      <Route path="account/forgot-password" element={<LegacyAccountLink />} />
    </Route>
    <Route path="workspace/*" element={<WorkspacePage />} />
    <Route path="organisations" element={<Navigate to="/workspace" replace />} />
    <Route path="cosignatures/:id" element={<CosignatureRedirect />} />
    <Route path="moderation/*" element={<ModerationPage />} />
    <Route path="staff/*" element={<StaffPage />} />
    <Route element={<ProgrammeArea />}>
      <Route path="programme" element={<ProgrammePage />} />
      <Route path="programme/events/:id" element={<EventPage />} />
      <Route path="programme/invitation" element={<InvitationPage />} />
      <Route path="programme/mine" element={<MyEventsPage />} />
      <Route path="programme/staff/*" element={<ProgrammeStaff />} />
      <Route path="publications" element={<PublicationsPage />} />
    </Route>
    <Route path="*" element={<NotFoundPage />} />
  </Route>
);

export function AppRoutes(): ReactNode {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>{routes}</Routes>
    </Suspense>
  );
}

/**
 * Starts fetching the code of the pages that `pathname` renders. main.tsx calls it before the
 * first render, which waits for the interface language's catalogue: the page's chunks then come
 * in parallel with the catalogue instead of after it (one round trip less on a slow connection).
 */
export function preloadRoute(pathname: string): void {
  for (const match of matchRoutes(createRoutesFromElements(routes), pathname) ?? []) {
    const type = (match.route.element as ReactElement | undefined)?.type as Partial<Page> | undefined;
    void type?.preload?.();
  }
}
