import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useApolloClient } from '@apollo/client/react';
import { logout } from '../api/session';
import { AnnouncerProvider } from '../components/Announcer';
import { OfflineBanner } from '../components/OfflineBanner';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitcher } from './LanguageSwitcher';
import { hasRole, useSession } from './useSession';

/** The workspace's notification bell: its own small chunk, loaded only for a logged-in person. */
const NotificationBell = lazy(() =>
  import('../areas/workspace/NotificationBell').then((m) => ({ default: m.Component })),
);

/** Header (name, nav, session, language, notifications slot), main, footer: on every page. */
export function Layout(): ReactNode {
  const intl = useIntl();
  const state = useSession();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);

  // After a client-side navigation to another page, move focus to the page's content (a screen
  // reader then reads the new page); not on the first load, where focus starts at the top.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    main.current?.focus();
  }, [location.pathname]);

  const loggedIn = state.status === 'authenticated';
  return (
    <AnnouncerProvider>
      <a className="skip-link" href="#main">
        <FormattedMessage id="skip.toContent" />
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to="/" className="site-header__name">
            <FormattedMessage id="app.name" />
          </Link>
          <div className="site-header__tools">
            <LanguageSwitcher />
            {loggedIn && (
              <span className="bell-slot" id="notifications-slot">
                <Suspense fallback={null}>
                  <NotificationBell />
                </Suspense>
              </span>
            )}
            {loggedIn ? (
              <>
                <Link to="/account" className="site-header__who">
                  <FormattedMessage id="header.loggedInAs" values={{ name: state.user.displayName }} />
                </Link>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() =>
                    void logout().then(async () => {
                      await client.clearStore();
                      await navigate('/');
                    })
                  }
                >
                  <FormattedMessage id="header.logout" />
                </button>
              </>
            ) : (
              state.status === 'anonymous' && (
                <Link
                  className="button button--secondary"
                  to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}
                >
                  <FormattedMessage id="header.login" />
                </Link>
              )
            )}
          </div>
        </div>
        <nav className="site-nav" aria-label={intl.formatMessage({ id: 'nav.label' })}>
          <ul>
            <li>
              <NavLink to="/" end>
                <FormattedMessage id="nav.home" />
              </NavLink>
            </li>
            <li>
              <NavLink to="/sessions">
                <FormattedMessage id="nav.sessions" />
              </NavLink>
            </li>
            <li>
              <NavLink to="/digests">
                <FormattedMessage id="nav.digests" />
              </NavLink>
            </li>
            <li>
              <NavLink to="/provisions">
                <FormattedMessage id="nav.provisions" />
              </NavLink>
            </li>
            <li>
              <NavLink to="/programme">
                <FormattedMessage id="nav.programme" />
              </NavLink>
            </li>
            <li>
              <NavLink to="/publications">
                <FormattedMessage id="nav.publications" />
              </NavLink>
            </li>
            {loggedIn && (
              <>
                <li>
                  <NavLink to="/organisations">
                    <FormattedMessage id="nav.organisations" />
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/workspace">
                    <FormattedMessage id="nav.workspace" />
                  </NavLink>
                </li>
              </>
            )}
            {(hasRole(state, 'MODERATOR') || hasRole(state, 'STAFF')) && (
              <li>
                <NavLink to="/moderation">
                  <FormattedMessage id="nav.moderation" />
                </NavLink>
              </li>
            )}
            {hasRole(state, 'STAFF') && (
              <li>
                <NavLink to="/staff">
                  <FormattedMessage id="nav.staff" />
                </NavLink>
              </li>
            )}
          </ul>
        </nav>
      </header>
      <OfflineBanner />
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <ErrorBoundary key={location.pathname}>
          <Suspense
            fallback={
              <p>
                <FormattedMessage id="common.loading" />
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>
          <FormattedMessage id="footer.text" />
        </p>
      </footer>
    </AnnouncerProvider>
  );
}
