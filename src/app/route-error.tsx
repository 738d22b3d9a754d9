// Shown when a page cannot render at all (a chunk failed to load, a 5xx thrown to the boundary): say so and offer a reload.
import { useRouteError } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';
import { useMessages } from '../i18n/use-i18n.ts';
import { paths } from '../lib/paths.ts';

/** A page module the browser could not fetch: the server stopped, the network dropped, or a rebuild replaced it. */
export function isPageLoadFailure(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message)
  );
}

function ErrorContent() {
  const m = useMessages().app;
  const error = useRouteError();
  const unreachable = isPageLoadFailure(error);
  const title = unreachable ? m.failure.unreachableTitle : m.failure.title;
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="state__hint" role="alert">
        {unreachable ? m.failure.unreachableBody : error instanceof Error ? error.message : m.failure.body}
      </p>
      <p>
        {/* A reload fetches the app afresh, so it also picks up a rebuilt one. */}
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {unreachable ? m.failure.tryAgain : m.failure.reload}
        </button>{' '}
        <a href={paths.users()}>{m.goToUserList}</a>
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
