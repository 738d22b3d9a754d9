// Renders a page as the app does (the app's query client with retries off, toasts, a memory router) for component tests.
import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Route, Routes, UNSAFE_createMemoryHistory as createMemoryHistory, useLocation } from 'react-router';
import { GuardedRouter, guardHistory } from '../components/leave-guard.tsx';
import { createQueryClient } from '../app/query-client.ts';
import { Toaster } from '../components/toast.tsx';

/** Shows where the router went, so a test can see a redirect. */
function WhereAmI() {
  const location = useLocation();
  return <p data-testid="location">{`${location.pathname}${location.search}`}</p>;
}

/**
 * renderWithApp(<Page/>, {path: '/users/:name/:tab', url: '/users/alice/overview'}): the page at that URL, a fresh
 * QueryClient (the app's, with toasts, retries off) and every other path rendering its location in data-testid="location";
 * `history.location` says where the app is.
 */
export function renderWithApp(
  element: ReactElement,
  { path = '/', url = '/' }: { path?: string; url?: string } = {},
) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: 0 }, mutations: { retry: false } });
  const history = guardHistory(createMemoryHistory({ initialEntries: [url], v5Compat: true }));
  const view = render(
    <QueryClientProvider client={client}>
      <GuardedRouter history={history}>
        <Routes>
          <Route path={path} element={element} />
          <Route path="*" element={<WhereAmI />} />
        </Routes>
      </GuardedRouter>
      <Toaster />
    </QueryClientProvider>,
  );
  return { ...view, client, history };
}

/** renderWithQueryClient(<Tab/>): just the element, under a fresh QueryClient with retries off, which it answers. */
export function renderWithQueryClient(element: ReactElement): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  render(<QueryClientProvider client={client}>{element}</QueryClientProvider>);
  return client;
}
