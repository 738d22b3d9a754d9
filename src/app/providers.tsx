// App-wide providers: the query client, toasts, and the reaction to a 401 (forget the session; the route guard sends to sign-in).
import { useEffect, useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from './query-client.ts';
import { Toaster } from '../components/toast.tsx';
import { onUnauthenticated } from '../api/client.ts';
import { clearSession, readSession } from '../api/session-store.ts';

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  useEffect(
    () =>
      onUnauthenticated(() => {
        // A 401 after the session was already forgotten (calls in flight at sign-out) changes nothing.
        if (readSession()) clearSession('expired');
      }),
    [],
  );
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <Toaster />
    </QueryClientProvider>
  );
}
