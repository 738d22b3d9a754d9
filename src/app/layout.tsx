// The signed-in frame: skip link, header with the app name, navigation and the account area, then the page.
import { Suspense, lazy, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { SessionIndicator } from '../features/session/session-indicator.tsx';
import { SessionKeeper } from '../features/session/session-keeper.tsx';
import { LoadingState } from '../components/states.tsx';
import { LanguageSwitch } from '../components/language-switch.tsx';
import { useMessages } from '../i18n/use-i18n.ts';
import { withPageAreas } from '../i18n/i18n-store.ts';
import { paths } from '../lib/paths.ts';
import { useSession } from '../api/use-session.ts';
import { useCapabilities } from '../queries/capabilities-queries.ts';

// Only a switched session shows the banner (and needs its switch-back code): most first loads do without.
const ActingAsBanner = lazy(
  withPageAreas(
    () =>
      import('../features/session/acting-as-banner.tsx').then((module) => ({
        default: module.ActingAsBanner,
      })),
    ['roles'],
  ),
);

/** The page a path belongs to: a user's tabs count as one page, so switching tabs keeps focus on the tab. */
function pageOf(pathname: string): string {
  return pathname.split('/').slice(0, 3).join('/');
}

export function Layout() {
  const { pathname } = useLocation();
  const m = useMessages();
  const session = useSession();
  const capabilities = useCapabilities();
  const mainRef = useRef<HTMLElement>(null);
  const shownPage = useRef(pageOf(pathname));
  // On a new page, move focus to its content so screen readers start there, as on a full page load.
  useEffect(() => {
    const page = pageOf(pathname);
    if (page === shownPage.current) return;
    shownPage.current = page;
    mainRef.current?.focus();
  }, [pathname]);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {m.app.skipToContent}
      </a>
      <header className="app-header">
        <NavLink to={paths.users()} className="app-header__brand">
          {m.app.name}
        </NavLink>
        <nav aria-label={m.app.nav.label} className="app-nav">
          {/* A list the principal may not read helps no one; their own page is where they act. */}
          {capabilities.can('User:listUsers').kind !== 'denied' ? (
            <NavLink to={paths.users()} className="app-nav__link">
              {m.app.nav.users}
            </NavLink>
          ) : null}
          {session?.userName !== undefined ? (
            <NavLink to={paths.user(session.userName)} className="app-nav__link">
              {m.app.nav.myAccount}
            </NavLink>
          ) : null}
          <NavLink to={paths.roles()} className="app-nav__link">
            {m.app.nav.roles}
          </NavLink>
          <NavLink to={paths.defaultPermissions()} className="app-nav__link">
            {m.app.nav.defaultPermissions}
          </NavLink>
          {capabilities.can('AuditLog:getApiAuditLogs').kind !== 'denied' ? (
            <NavLink to={paths.activity()} className="app-nav__link">
              {m.app.nav.activity}
            </NavLink>
          ) : null}
        </nav>
        <SessionIndicator />
        <SessionKeeper />
        <LanguageSwitch className="app-header__language" />
      </header>
      {session?.switchedFrom ? (
        <Suspense fallback={null}>
          <ActingAsBanner />
        </Suspense>
      ) : null}
      <main id="main" className="app-main" tabIndex={-1} ref={mainRef}>
        <Suspense fallback={<LoadingState label={m.app.loadingPage} />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
