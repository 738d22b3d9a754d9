// The routes: sign-in outside the guard, everything else inside the signed-in layout; every page module is lazy.
import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './layout.tsx';
import { RequireSession } from '../features/session/require-session.tsx';
import { PageError, RouteError } from './route-error.tsx';
import { paths, routePatterns } from '../lib/paths.ts';

export const routes = [
  {
    path: routePatterns.signIn,
    lazy: async () => ({ Component: (await import('./routes/sign-in-route.tsx')).default }),
    errorElement: <RouteError />,
  },
  {
    path: routePatterns.root,
    element: (
      <RequireSession>
        <Layout />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [
      {
        // A page that fails (its module could not be fetched) is shown inside the frame, which stays usable.
        errorElement: <PageError />,
        children: [
          { index: true, element: <Navigate to={paths.users()} replace /> },
          {
            path: routePatterns.users,
            lazy: async () => ({ Component: (await import('./routes/users-route.tsx')).default }),
          },
          {
            // Without a tab (or with an unknown one) the page itself redirects to the overview.
            path: routePatterns.userTab,
            lazy: async () => ({ Component: (await import('./routes/user-detail-route.tsx')).default }),
          },
          {
            path: routePatterns.defaultPermissions,
            lazy: async () => ({
              Component: (await import('./routes/default-permissions-route.tsx')).default,
            }),
          },
          {
            path: routePatterns.notFound,
            lazy: async () => ({ Component: (await import('./routes/not-found-route.tsx')).default }),
          },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
