// Entry: load the chosen language's texts, then mount the providers and the router, nothing else.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/providers.tsx';
import { createQueryClient } from './app/query-client.ts';
import { AppRouter, AppRoutes, createAppHistory } from './app/router.tsx';
import { activateLocale, initialLocale, loadWholeCatalogue } from './i18n/i18n-store.ts';
import { firstPageIsSignIn, preloadFirstPage } from './app/route-preload.ts';
import { getConsoleConfig } from './api/operations.ts';
import { consoleConfigOptions } from './features/session/console-config-queries.ts';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');
const root = container;

const onSignIn = firstPageIsSignIn(window.location.pathname);
// The first screen's modules (and, signed in, its first data) load beside the catalogue rather than after it.
const queryClient = createQueryClient();
preloadFirstPage(window.location.pathname, queryClient);
// The catalogue is fetched before the first render, so no screen ever flashes in the other language. The sign-in
// page waits only for its own areas; the signed-in pages' texts follow once it is shown (WholeCatalogue waits
// for them, should a quick sign-in get there first).
// Where the console points (local sandbox or Soracom) is asked for beside it: the header and the sign-in page show
// it at their first paint, rather than growing (and moving what follows) when it arrives. A failure shows later.
const consoleConfig = getConsoleConfig().catch(() => undefined);
void Promise.all([activateLocale(initialLocale(), { firstPaintOnly: onSignIn }), consoleConfig])
  .then(([, config]) => {
    if (config) queryClient.setQueryData(consoleConfigOptions().queryKey, config);
    createRoot(root).render(
      <StrictMode>
        <Providers queryClient={queryClient}>
          <AppRouter history={createAppHistory()}>
            <AppRoutes />
          </AppRouter>
        </Providers>
      </StrictMode>,
    );
    if (onSignIn) afterLoad(() => void loadWholeCatalogue().catch(() => undefined));
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
