// The QueryClient and the one place where query and mutation outcomes turn into toasts.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { describeApiError, isApiError } from '../api/api-error.ts';
import { showToast } from '../components/toast.tsx';
import { messages } from '../i18n/i18n-store.ts';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /**
       * Toast shown when the mutation succeeds ("User alice created"); a function gets the result and variables, and
       * answers '' when the result is better shown where it happened (a partly done run, listed in its dialog).
       */
      successMessage?: string | ((data: unknown, variables: unknown) => string);
      /** Set when the form shows the error itself (on a field), so no toast repeats it. */
      errorShownInForm?: boolean;
    };
    queryMeta: {
      /** Set when the page shows a failed load itself, so no toast is needed even on a background refetch. */
      silentErrors?: boolean;
    };
  }
}

function worthRetrying(failureCount: number, error: unknown): boolean {
  // 4xx answers will not change by asking again; only network trouble and 5xx are retried.
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError(error, query) {
        // A 401 is handled by the sign-in redirect; a first load failure by the page's error state.
        if (isApiError(error) && error.status === 401) return;
        if (query.meta?.silentErrors || query.state.data === undefined) return;
        showToast({
          kind: 'error',
          message: messages().common.toast.refreshFailed({ reason: describeApiError(error) }),
        });
      },
    }),
    mutationCache: new MutationCache({
      onSuccess(data, variables, _context, mutation) {
        const meta = mutation.meta?.successMessage;
        const message = typeof meta === 'function' ? meta(data, variables) : meta;
        if (message) showToast({ kind: 'success', message });
      },
      onError(error, _variables, _context, mutation) {
        if (isApiError(error) && error.status === 401) return;
        if (mutation.meta?.errorShownInForm) return;
        showToast({ kind: 'error', message: describeApiError(error) });
      },
    }),
    defaultOptions: {
      queries: { retry: worthRetrying, staleTime: 30_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}
