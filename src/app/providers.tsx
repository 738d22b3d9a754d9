// App-wide providers: the query client, toasts, the reaction to a 401 (forget the session; the route guard sends to sign-in), and links preloading their page on intent.
import { useEffect, useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from './query-client.ts';
import { dismissAllToasts, Toaster } from '../components/toast.tsx';
import { onUnauthenticated } from '../api/client.ts';
import { clearSession, readSession, subscribeSession } from '../api/session-store.ts';
import { preloadLinksOnIntent } from './route-preload.ts';
import type { ConsoleConfig } from '../api/operations.ts';
import { consoleConfigOptions } from '../features/session/console-config-queries.ts';

export function Providers({
  children,
  consoleConfig,
}: {
  children: ReactNode;
  consoleConfig?: ConsoleConfig;
}) {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    // Fetched at start-up beside the catalogue (main.tsx), so the first paint already shows it.
    if (consoleConfig) client.setQueryData(consoleConfigOptions().queryKey, consoleConfig);
    return client;
  });
  useEffect(
    () =>
      onUnauthenticated(() => {
        // A 401 after the session was already forgotten (calls in flight at sign-out) changes nothing.
        if (readSession()) clearSession('expired');
      }),
    [],
  );
  // When the session ends or another one starts (here or in another tab), nothing of the old one stays on screen
  // or in the cache: not its answers, not its toasts.
  useEffect(() => {
    let apiKey = readSession()?.apiKey;
    return subscribeSession(() => {
      const next = readSession()?.apiKey;
      if (next === apiKey) return;
      apiKey = next;
      queryClient.clear();
      dismissAllToasts();
    });
  }, [queryClient]);
  useEffect(() => preloadLinksOnIntent(document, queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <Toaster />
    </QueryClientProvider>
  );
}
