// Shown when a page cannot render at all (a chunk failed to load, a 5xx thrown to the boundary): say so and offer a reload.
import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';
import { messages } from '../i18n/i18n-store.ts';
import { useMessages } from '../i18n/use-i18n.ts';
import { paths } from '../lib/paths.ts';

/** A page module the browser could not fetch: the server stopped, the network dropped, or a rebuild replaced it. */
export function isPageLoadFailure(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message)
  );
}

function ErrorContent({ error }: { error: unknown }) {
  const m = useMessages().app;
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

interface BoundaryProps {
  /** The path shown; moving to another path clears the error, as a router's error element does. */
  pathname: string;
  /** Outside the frame the error needs its own <main>; inside, the frame has one. */
  outsideFrame: boolean;
  children: ReactNode;
}
interface BoundaryState {
  error: unknown;
  failedAt: string | null;
}

class PathErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, failedAt: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error(messages().app.failure.body) };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (state.error === null) return null;
    if (state.failedAt === null) return { failedAt: props.pathname };
    return state.failedAt === props.pathname ? null : { error: null, failedAt: null };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const content = <ErrorContent error={this.state.error} />;
    return this.props.outsideFrame ? (
      <main id="main" className="app-main">
        {content}
      </main>
    ) : (
      content
    );
  }
}

/** Outside the signed-in frame (the sign-in page, or the frame itself failing). */
export function RouteError({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <PathErrorBoundary pathname={pathname} outsideFrame>
      {children}
    </PathErrorBoundary>
  );
}

/** Inside the signed-in frame, so the header, navigation and sign-out stay usable when one page fails. */
export function PageError({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <PathErrorBoundary pathname={pathname} outsideFrame={false}>
      {children}
    </PathErrorBoundary>
  );
}
