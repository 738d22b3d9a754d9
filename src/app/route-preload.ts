// Route chunks and their first data fetched on intent: when a pointer rests on, or focus reaches, a link to a console page.
import { matchPath } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { readSession } from '../api/session-store.ts';
import { pageModules } from './router.tsx';
// Static, so the first list or user is asked for as soon as the entry runs, not after one more chunk arrives.
import { userDetailOptions, usersListOptions } from '../queries/user-queries.ts';

/** Whether a cold load of `pathname` shows the sign-in page (asked for, or no session to show anything else). */
export function firstPageIsSignIn(pathname: string): boolean {
  return pathname === '/sign-in' || readSession() === null;
}

/**
 * At start-up, beside the language catalogue: fetch the module of the first page (or of the
 * sign-in page, without a session) with its texts, so they load beside the catalogue, not after
 * it; signed in, its first data too (the list of 1,000 users takes the server a while). Settles
 * when the page's module and texts are here (not its data), for the first render to wait on.
 */
export function preloadFirstPage(pathname: string, client: QueryClient): Promise<unknown> {
  if (firstPageIsSignIn(pathname)) return pageModules.signIn();
  return preloadPath(pathname, client, { atStartUp: true });
}

/**
 * At start-up an answer may fail before the texts its error is worded in have loaded, or before
 * the page listens for a 401: a failure no page is watching yet is dropped, so the page asks again.
 */
function forgetUnwatchedFailure(client: QueryClient, queryKey: readonly unknown[]): void {
  const query = client.getQueryCache().find({ queryKey, exact: true });
  if (query?.state.status === 'error' && query.getObserversCount() === 0)
    client.removeQueries({ queryKey, exact: true });
}

/**
 * What a path's page needs first: its module with its texts and, when signed in and a client is
 * given, the query it opens with. Answers the module's fetch (a page without one: settled).
 */
export function preloadPath(
  pathname: string,
  client: QueryClient | null,
  { atStartUp = false }: { atStartUp?: boolean } = {},
): Promise<unknown> {
  const signedIn = readSession() !== null && client !== null;
  if (pathname === '/sign-in') return pageModules.signIn();
  if (pathname === '/users' || pathname === '/') {
    const page = pageModules.users();
    if (signedIn) {
      const options = usersListOptions();
      void client
        .prefetchQuery(options)
        .then(() => {
          if (atStartUp) forgetUnwatchedFailure(client, options.queryKey);
        })
        .catch(() => undefined);
    }
    return page;
  }
  const user = matchPath('/users/:name/*', pathname);
  const encodedName = user?.params.name;
  if (encodedName !== undefined) {
    let userName = encodedName;
    try {
      userName = decodeURIComponent(encodedName);
    } catch {
      // Not percent-encoded after all: use it as it is.
    }
    const page = pageModules.userDetail();
    if (signedIn) {
      const options = userDetailOptions(userName);
      void client
        .prefetchQuery(options)
        .then(() => {
          if (atStartUp) forgetUnwatchedFailure(client, options.queryKey);
        })
        .catch(() => undefined);
    }
    return page;
  }
  if (pathname === '/default-permissions') return pageModules.defaultPermissions();
  if (pathname === '/activity') return pageModules.activity();
  if (pathname === '/roles') return pageModules.roles();
  if (matchPath('/roles/:id', pathname)) return pageModules.role();
  return Promise.resolve();
}

/**
 * Listens on the document for pointers and focus reaching same-origin links; each path is
 * preloaded once per second at most (hovering back and forth asks nothing new). Returns the
 * function that stops listening.
 */
export function preloadLinksOnIntent(document: Document, client: QueryClient): () => void {
  const lastAsked = new Map<string, number>();
  const onIntent = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    const link = target.closest('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
    if (link.pathname === window.location.pathname) return;
    const now = Date.now();
    if (now - (lastAsked.get(link.pathname) ?? -Infinity) < 1000) return;
    lastAsked.set(link.pathname, now);
    preloadPath(link.pathname, client).catch(() => undefined);
  };
  const events = ['pointerover', 'focusin', 'touchstart'] as const;
  for (const name of events) document.addEventListener(name, onIntent, { passive: true });
  return () => {
    for (const name of events) document.removeEventListener(name, onIntent);
  };
}
