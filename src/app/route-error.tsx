// Shown when a page cannot render at all (a chunk failed to load, a 5xx thrown to the boundary): say so and offer a reload.
import { useRouteError } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';

export function RouteError() {
  const error = useRouteError();
  usePageTitle('Something went wrong');
  const message = error instanceof Error ? error.message : 'The page could not be shown.';
  return (
    <main id="main" className="app-main">
      <h1>Something went wrong</h1>
      <p className="state__hint">{message}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>Reload the page</button>{' '}
        <a href="/users">Go to the user list</a>
      </p>
    </main>
  );
}
