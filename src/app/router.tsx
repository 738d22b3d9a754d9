// The routes: sign-in outside the guard, everything else inside the signed-in layout; every page module is lazy.
//
// Declarative mode (<Routes>) rather than a data router: this app loads no data through the
// router, and the data router's machinery is ~16 KB gzip on every cold load. Leaving with unsaved
// work is guarded by components/leave-guard.tsx over the history this module makes.
import { Suspense } from 'react';
import { Outlet, Route, Routes, UNSAFE_createBrowserHistory as createBrowserHistory } from 'react-router';
import { Layout } from './layout.tsx';
import { LandingRoute } from './routes/landing-route.tsx';
import { RequireSession } from '../features/session/require-session.tsx';
import { PageError, RouteError } from './route-error.tsx';
import { routePatterns } from '../lib/paths.ts';
import { LoadingState } from '../components/states.tsx';
import { useMessages } from '../i18n/use-i18n.ts';
import { withPageAreas } from '../i18n/i18n-store.ts';
import { guardHistory, type GuardedHistory } from '../components/leave-guard.tsx';
import { keepLoaded, lazyKept } from '../components/lazy-on-intent.ts';

/**
 * Each page's module with the areas of the catalogue its first render shows (beyond the first-paint ones, which
 * every page has), fetched together: at start-up for the first page, and on intent (route-preload.ts) before a click.
 * A page that shows another area lists it here, else it would wait for it while on screen (a user's tabs and the
 * dialogs list theirs where they are loaded). Each keeps its module once here, so a preloaded page renders at once.
 */
const page = <M,>(load: () => Promise<M>, areas: Parameters<typeof withPageAreas>[1]) =>
  keepLoaded(withPageAreas(load, areas));

export const pageModules = {
  signIn: page(() => import('./routes/sign-in-route.tsx'), ['signIn']),
  users: page(() => import('./routes/users-route.tsx'), ['userList', 'hygiene']),
  userDetail: page(
    () => import('./routes/user-detail-route.tsx'),
    ['users', 'userList', 'hygiene', 'authKeys', 'forms'],
  ),
  defaultPermissions: page(
    () => import('./routes/default-permissions-route.tsx'),
    ['permissions', 'roles', 'bulk'],
  ),
  roles: page(() => import('./routes/roles-route.tsx'), ['roles', 'forms']),
  role: page(() => import('./routes/role-detail-route.tsx'), ['roles', 'permissions']),
  activity: page(() => import('./routes/activity-route.tsx'), []),
  notFound: page(() => import('./routes/not-found-route.tsx'), []),
};

const SignInRoute = lazyKept(pageModules.signIn);
const UsersRoute = lazyKept(pageModules.users);
const UserDetailRoute = lazyKept(pageModules.userDetail);
const DefaultPermissionsRoute = lazyKept(pageModules.defaultPermissions);
const RolesRoute = lazyKept(pageModules.roles);
const RoleRoute = lazyKept(pageModules.role);
const ActivityRoute = lazyKept(pageModules.activity);
const NotFoundRoute = lazyKept(pageModules.notFound);

function PageLoading() {
  return <LoadingState label={useMessages().app.loadingPage} />;
}

function PageFrame() {
  // A page that fails (its module could not be fetched) is shown inside the frame, which stays usable.
  return (
    <PageError>
      <Outlet />
    </PageError>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path={routePatterns.signIn}
        element={
          <RouteError>
            <Suspense fallback={<PageLoading />}>
              <SignInRoute />
            </Suspense>
          </RouteError>
        }
      />
      <Route
        path={routePatterns.root}
        element={
          <RouteError>
            <RequireSession>
              <Layout />
            </RequireSession>
          </RouteError>
        }
      >
        <Route element={<PageFrame />}>
          <Route index element={<LandingRoute />} />
          <Route path={routePatterns.users} element={<UsersRoute />} />
          {/* Without a tab (or with an unknown one) the page itself redirects to the overview. */}
          <Route path={routePatterns.userTab} element={<UserDetailRoute />} />
          <Route path={routePatterns.roles} element={<RolesRoute />} />
          <Route path={routePatterns.role} element={<RoleRoute />} />
          <Route path={routePatterns.defaultPermissions} element={<DefaultPermissionsRoute />} />
          <Route path={routePatterns.activity} element={<ActivityRoute />} />
          <Route path={routePatterns.notFound} element={<NotFoundRoute />} />
        </Route>
      </Route>
    </Routes>
  );
}

export function createAppHistory(): GuardedHistory {
  return guardHistory(createBrowserHistory({ v5Compat: true }));
}

export { GuardedRouter as AppRouter } from '../components/leave-guard.tsx';
