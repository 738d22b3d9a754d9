// What a query client holds, as text: for tests that look for a secret (a password, an AuthKey, a TOTP URI) in it.
import type { QueryClient } from '@tanstack/react-query';

/** Every query's data and every mutation's variables and answer, as one JSON text. */
export function cacheText(client: QueryClient): string {
  const queries = client
    .getQueryCache()
    .getAll()
    .map((query) => query.state.data);
  const mutations = client
    .getMutationCache()
    .getAll()
    .map((mutation) => [mutation.state.data, mutation.state.variables]);
  return JSON.stringify({ queries, mutations });
}
