// Shown when a page cannot render at all (a chunk failed to load, a 5xx thrown to the boundary): say so and offer a reload.
import { useRouteError } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';

/** A page module the browser could not fetch: the server stopped, the network dropped, or a rebuild replaced it. */
export function isPageLoadFailure(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message)
  );
}

function ErrorContent() {
  const error = useRouteError();
  const unreachable = isPageLoadFailure(error);
  const title = unreachable ? 'This page could not be loaded' : 'Something went wrong';
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="state__hint" role="alert">
        {unreachable
          ? 'SAM Console could not fetch this page from its server. Check that the server is running and that you are online, then try again.'
          : error instanceof Error
            ? error.message
            : 'The page could not be shown.'}
      </p>
      <p>
        {/* A reload fetches the app afresh, so it also picks up a rebuilt one. */}
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {unreachable ? 'Try again' : 'Reload the page'}
        </button>{' '}
        <a href="/users">Go to the user list</a>
      </p>
    </>
  );
}

/** Outside the signed-in frame (the sign-in page, or the frame itself failing). */
export function RouteError() {
  return (
    <main id="main" className="app-main">
      <ErrorContent />
    </main>
  );
}

/** Inside the signed-in frame, so the header, navigation and sign-out stay usable when one page fails. */
export function PageError() {
  return <ErrorContent />;
}
