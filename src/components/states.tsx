// Page states: <LoadingState label/>, <EmptyState title>hint</EmptyState>, <ErrorState error onRetry/> (a 403 names the lacking permission).
import type { ReactNode } from 'react';
import { isApiError } from '../api/api-error.ts';
import { useMessages } from '../i18n/use-i18n.ts';

/** A polite "loading" line; `label` says what is loading ("Loading users…"). */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** Nothing to show yet: a title, an optional hint and an optional action (e.g. a "Create user" button). */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children ? <div className="state__hint">{children}</div> : null}
      {action ? <div className="state__action">{action}</div> : null}
    </div>
  );
}

/** A failed load. A 403 becomes <ForbiddenNotice/>, anything else shows the server's message and a retry button. */
export function ErrorState({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const m = useMessages().common.states;
  if (isApiError(error) && error.status === 403) return <ForbiddenNotice operation={error.operation} />;
  const message = error instanceof Error ? error.message : m.somethingWrong;
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title ?? m.loadFailed}</p>
      <p className="state__hint">{message}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {m.tryAgain}
        </button>
      ) : null}
    </div>
  );
}

/** Says which permission ('User:listUsers') the signed-in user lacks, instead of an error screen. */
export function ForbiddenNotice({ operation }: { operation: string }) {
  const m = useMessages().common.states;
  return (
    <div className="state state--forbidden" role="note">
      <p className="state__title">{m.forbiddenTitle}</p>
      <p className="state__hint">
        {m.forbiddenBefore}
        <code>{operation}</code>
        {m.forbiddenAfter}
      </p>
    </div>
  );
}
