// Entry: load the chosen language's texts, then mount the providers and the router, nothing else.
import { createRoot, hydrateRoot } from 'react-dom/client';
import { ConsoleApp } from './app/console-app.tsx';
import { createQueryClient } from './app/query-client.ts';
import { createAppHistory, pageModules } from './app/router.tsx';
import { activateLocale, initialLocale } from './i18n/i18n-store.ts';
import { firstPageIsSignIn, preloadFirstPage } from './app/route-preload.ts';
import { getConsoleConfig } from './api/operations.ts';
import { consoleConfigOptions } from './features/session/console-config-queries.ts';
import { readSession } from './api/session-store.ts';
import { tokenFingerprint } from './lib/token-fingerprint.ts';
import { usersListOptions } from './queries/user-queries.ts';
import { takeRenderedState, takeoverOf } from './ssr/rendered-state.ts';
import { browserTimeZone, keepPageCookie } from './ssr/page-cookie.ts';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');
const root = container;

const pathname = window.location.pathname;
const queryClient = createQueryClient();
const locale = initialLocale();
// A page the server drew (src/ssr: /users, for a browser whose page cookie names its session) comes with the answers
// it was drawn from. Drawn for this session, its answers are taken: no second request. Drawn also in this language
// and time zone, it is hydrated, and the rows already on screen stay. Otherwise it is drawn again from scratch.
const rendered = takeRenderedState();
const session = readSession();
const { takeAnswers, hydrate: hydrating } = takeoverOf(rendered, {
  tokenFingerprint: session ? tokenFingerprint(session.token) : null,
  locale,
  timeZone: browserTimeZone(),
});
if (rendered && takeAnswers) {
  queryClient.setQueryData(usersListOptions().queryKey, rendered.users, {
    updatedAt: rendered.usersAnsweredAt,
  });
  queryClient.setQueryData(consoleConfigOptions().queryKey, rendered.config, {
    updatedAt: rendered.usersAnsweredAt,
  });
}
// The catalogue is fetched before the first render, so no screen ever flashes in the other language: the areas every
// page shows, and beside them the first page's module with its own areas (and, signed in, its first data). The first
// render waits for all of it, so the page appears whole rather than after a "Loading page…" in its place.
const texts = activateLocale(locale);
// A page that fails to load says so inside the frame (its error boundary asks again), not here.
const firstPage = preloadFirstPage(pathname, queryClient).catch(() => undefined);
// Where the console points (local sandbox or Soracom) is asked for beside it: the header and the sign-in page show
// it at their first paint, rather than growing (and moving what follows) when it arrives. A failure shows later.
// A page the server drew brought it along.
const consoleConfig = takeAnswers ? Promise.resolve(undefined) : getConsoleConfig().catch(() => undefined);
void Promise.all([texts, consoleConfig, firstPage])
  .then(([, config]) => {
    if (config) queryClient.setQueryData(consoleConfigOptions().queryKey, config);
    keepPageCookie();
    const app = <ConsoleApp queryClient={queryClient} history={createAppHistory()} />;
    if (hydrating) hydrateRoot(root, app);
    else createRoot(root).render(app);
    // From the sign-in page, the list (and its texts) is where most sign-ins go: fetched once this page is shown.
    if (firstPageIsSignIn(pathname)) afterLoad(() => void pageModules.users().catch(() => undefined));
  })
  .catch(() => {
    // Without its texts the console cannot show anything: most likely its server stopped while the page loaded.
    root.textContent =
      'SAM Console could not load. Reload the page. / SAM Console を読み込めませんでした。再読み込みしてください。';
  });

/** Runs `task` once the page has loaded and the browser is idle, so it takes nothing from the first paint. */
function afterLoad(task: () => void): void {
  const whenIdle = () =>
    'requestIdleCallback' in window ? window.requestIdleCallback(task) : setTimeout(task, 0);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
