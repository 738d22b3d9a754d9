// The routes: sign-in outside the guard, everything else inside the signed-in layout; every page module is lazy.
import { createBrowserRouter, Navigate } from 'react-router';
import { Layout } from './layout.tsx';
import { RequireSession } from '../features/session/require-session.tsx';
import { PageError, RouteError } from './route-error.tsx';

export const routes = [
  {
    path: '/sign-in',
    lazy: async () => ({ Component: (await import('./routes/sign-in-route.tsx')).default }),
    errorElement: <RouteError />,
  },
  {
    path: '/',
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
          { index: true, element: <Navigate to="/users" replace /> },
          {
            path: 'users',
            lazy: async () => ({ Component: (await import('./routes/users-route.tsx')).default }),
          },
          { path: 'users/:name', element: <Navigate to="overview" replace /> },
          {
            path: 'users/:name/:tab',
            lazy: async () => ({ Component: (await import('./routes/user-detail-route.tsx')).default }),
          },
          {
            path: 'default-permissions',
            lazy: async () => ({
              Component: (await import('./routes/default-permissions-route.tsx')).default,
            }),
          },
          {
            path: '*',
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
