// The signed-in frame: skip link, header with the app name, navigation and the account area, then the page.
import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { SessionIndicator } from '../features/session/session-indicator.tsx';
import { LoadingState } from '../components/states.tsx';

export function Layout() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <NavLink to="/users" className="app-header__brand">SAM Console</NavLink>
        <nav aria-label="Main" className="app-nav">
          <NavLink to="/users" className="app-nav__link">Users</NavLink>
          <NavLink to="/default-permissions" className="app-nav__link">Default permissions</NavLink>
        </nav>
        <SessionIndicator />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<LoadingState label="Loading page…" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
