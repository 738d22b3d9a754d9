// App-wide providers: the query client, toasts, the reaction to a 401 (forget the session, or go back from a switched one; the route guard sends to sign-in), and links preloading their page on intent.
import { useEffect, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { dismissAllToasts, Toaster } from '../components/toast.tsx';
import { onUnauthenticated } from '../api/client.ts';
import { clearSession, readSession, subscribeSession } from '../api/session-store.ts';
import { preloadLinksOnIntent } from './route-preload.ts';
import { returnFromSwitchedSession } from '../features/session/switched-session-end.ts';

export function Providers({
  children,
  queryClient,
}: {
  children: ReactNode;
  /** Made by main.tsx, so the first page's data can be asked for before the first render. */
  queryClient: QueryClient;
}) {
  useEffect(
    () =>
      onUnauthenticated((_error, token) => {
        const session = readSession();
        // A 401 after the session was already forgotten (calls in flight at sign-out), or meant for a token this
        // browser no longer uses (a switched session's calls in flight once it ended), changes nothing.
        if (!session || (token !== null && token !== session.token)) return;
        // An "acting as" session that ended goes back to the session it was switched from, when that still works.
        if (session.switchedFrom) void returnFromSwitchedSession(session);
        else clearSession('expired');
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
