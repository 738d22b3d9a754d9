// Entry: load the chosen language's texts, then mount the providers and the router, nothing else.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/providers.tsx';
import { AppRouter, AppRoutes, createAppHistory } from './app/router.tsx';
import { activateLocale, initialLocale } from './i18n/i18n-store.ts';
import { preloadFirstPage } from './app/route-preload.ts';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');
const root = container;

// The first screen's modules load beside the catalogue rather than after it.
preloadFirstPage(window.location.pathname);
// The catalogue is fetched before the first render, so no screen ever flashes in the other language.
void activateLocale(initialLocale())
  .then(() => {
    createRoot(root).render(
      <StrictMode>
        <Providers>
          <AppRouter history={createAppHistory()}>
            <AppRoutes />
          </AppRouter>
        </Providers>
      </StrictMode>,
    );
  })
  .catch(() => {
    // Without its texts the console cannot show anything: most likely its server stopped while the page loaded.
    root.textContent =
      'SAM Console could not load. Reload the page. / SAM Console を読み込めませんでした。再読み込みしてください。';
  });
