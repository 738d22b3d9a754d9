// The routes: sign-in outside the guard, everything else inside the signed-in layout; every page module is lazy.
//
// Declarative mode (<Routes>) rather than a data router: this app loads no data through the
// router, and the data router's machinery is ~16 KB gzip on every cold load. Leaving with unsaved
// work is guarded by components/leave-guard.tsx over the history this module makes.
import { lazy, Suspense } from 'react';
import { Outlet, Route, Routes, UNSAFE_createBrowserHistory as createBrowserHistory } from 'react-router';
import { Layout } from './layout.tsx';
import { WholeCatalogue } from './whole-catalogue.tsx';
import { LandingRoute } from './routes/landing-route.tsx';
import { RequireSession } from '../features/session/require-session.tsx';
import { PageError, RouteError } from './route-error.tsx';
import { routePatterns } from '../lib/paths.ts';
import { LoadingState } from '../components/states.tsx';
import { useMessages } from '../i18n/use-i18n.ts';
import { guardHistory, type GuardedHistory } from '../components/leave-guard.tsx';

/** Each page's module, so a link can fetch it on intent (route-preload.ts) before the click. */
export const pageModules = {
  signIn: () => import('./routes/sign-in-route.tsx'),
  users: () => import('./routes/users-route.tsx'),
  userDetail: () => import('./routes/user-detail-route.tsx'),
  defaultPermissions: () => import('./routes/default-permissions-route.tsx'),
  roles: () => import('./routes/roles-route.tsx'),
  role: () => import('./routes/role-detail-route.tsx'),
  activity: () => import('./routes/activity-route.tsx'),
  notFound: () => import('./routes/not-found-route.tsx'),
};

const SignInRoute = lazy(pageModules.signIn);
const UsersRoute = lazy(pageModules.users);
const UserDetailRoute = lazy(pageModules.userDetail);
const DefaultPermissionsRoute = lazy(pageModules.defaultPermissions);
const RolesRoute = lazy(pageModules.roles);
const RoleRoute = lazy(pageModules.role);
const ActivityRoute = lazy(pageModules.activity);
const NotFoundRoute = lazy(pageModules.notFound);

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
              <WholeCatalogue>
                <Layout />
              </WholeCatalogue>
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
