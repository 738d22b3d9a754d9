// The whole console as one element: what main.tsx mounts in the browser and src/ssr draws on the server. One tree for
// both, so a page the server drew is hydrated by the very tree that drew it.
import { StrictMode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { GuardedHistory } from '../components/leave-guard.tsx';
import { Providers } from './providers.tsx';
import { AppRouter, AppRoutes } from './router.tsx';

export function ConsoleApp({ queryClient, history }: { queryClient: QueryClient; history: GuardedHistory }) {
  return (
    <StrictMode>
      <Providers queryClient={queryClient}>
        <AppRouter history={history}>
          <AppRoutes />
        </AppRouter>
      </Providers>
    </StrictMode>
  );
}
