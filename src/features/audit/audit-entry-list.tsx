// The audit log as a table, newest first, with the diff of a change under it and "Show older entries"; loading, empty and error states.
import { Link } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ApiAuditLogEntry } from '../../api/index.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useFormat } from '../../i18n/use-i18n.ts';
import { useAuditMessages, type AuditMessages } from './audit-messages.ts';
import { paths } from '../../lib/paths.ts';
import { detailText, entryDiff, eventOf, hasDocuments, succeeded } from './audit-events.ts';
import { auditLogOptions, type AuditFilter } from './audit-queries.ts';
import './audit.css';

/** "Permission changed", "Sign-in failed (wrong MFA code)", or Soracom's path for an entry the local API did not name. */
function describe(entry: ApiAuditLogEntry, m: AuditMessages): string {
  const event = eventOf(entry);
  if (event === null) return entry.requestPath ?? entry.apiKind ?? '';
  const ok = succeeded(entry);
  const reason = detailText(entry, 'reason');
  const because =
    !ok && reason !== undefined && reason in m.reasons
      ? m.reasons[reason as keyof AuditMessages['reasons']]
      : null;
  let label: string = m.events[event];
  if (!ok && event === 'auth') label = m.events.authFailed;
  if (!ok && event === 'switchUser') label = m.events.switchUserFailed;
  if (!ok && event === 'updateUserPassword' && reason === 'currentPassword')
    return m.events.updateUserPasswordFailed;
  const method = detailText(entry, 'method');
  const how =
    event === 'auth' && method !== undefined && method in m.methods
      ? m.methods[method as keyof AuditMessages['methods']]
      : null;
  const roleId = detailText(entry, 'roleId');
  const extras = [how, because, roleId === undefined ? null : m.role({ roleId })].filter(
    (x): x is string => x !== null,
  );
  return extras.length > 0 ? `${label} (${extras.join(', ')})` : label;
}

function ChangeDiff({ entry, what }: { entry: ApiAuditLogEntry; what: string }) {
  const m = useAuditMessages();
  const lines = entryDiff(entry);
  return (
    <details className="audit-change">
      <summary>{m.showChange}</summary>
      {lines.length === 0 ? (
        <p className="muted">{m.nothing}</p>
      ) : (
        <ol className="audit-diff" aria-label={m.diffLabel({ what })} tabIndex={0}>
          {lines.map((line, index) => (
            <li key={index} className={`audit-diff__line--${line.kind}`}>
              <span className="audit-diff__marker" aria-hidden="true">
                {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '}
              </span>
              {line.kind === 'unchanged' ? null : (
                <span className="visually-hidden">{line.kind === 'added' ? m.lineAdded : m.lineRemoved}</span>
              )}
              <span>{line.text}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

function EntryRow({ entry }: { entry: ApiAuditLogEntry }) {
  const m = useAuditMessages();
  const format = useFormat();
  const when = new Date(entry.requestedTimeEpochMs ?? 0);
  const what = describe(entry, m);
  // Who acted: a SAM user, root once signed in, or nobody yet (a sign-in attempt).
  const who = entry.userName ?? (eventOf(entry) === 'auth' && !succeeded(entry) ? m.nobody : m.root);
  const status = entry.statusCode ?? 0;
  return (
    <tr>
      <td>
        <time dateTime={when.toISOString()} title={format.relative(Math.floor(when.getTime() / 1000))}>
          {format.dateTime(when)}
        </time>
      </td>
      <td>{entry.userName ? <span className="mono">{who}</span> : <span className="muted">{who}</span>}</td>
      <td>
        {what}
        {hasDocuments(entry) ? <ChangeDiff entry={entry} what={what} /> : null}
      </td>
      <td>
        {entry.targetUserName ? (
          <Link className="mono" to={paths.user(entry.targetUserName, 'history')}>
            {entry.targetUserName}
          </Link>
        ) : null}
      </td>
      <td>
        {succeeded(entry) ? (
          <span className="badge badge--ok">{m.ok}</span>
        ) : (
          <span className="badge badge--warn">{m.failed({ status })}</span>
        )}
      </td>
      <td className="mono">{entry.remoteIpAddress ?? ''}</td>
    </tr>
  );
}

export function AuditEntryList({
  filter,
  filtered = false,
  enabled = true,
}: {
  filter: AuditFilter;
  /** Filters are on: an empty answer says so rather than "nothing recorded". */
  filtered?: boolean;
  enabled?: boolean;
}) {
  const m = useAuditMessages();
  const log = useInfiniteQuery({ ...auditLogOptions(filter), enabled });
  if (log.isPending) return <LoadingState label={m.loading} />;
  // A failed "older entries" keeps the pages already shown; only a failed first page replaces them.
  if (log.data === undefined)
    return <ErrorState error={log.error} onRetry={() => void log.refetch()} title={m.loadError} />;
  const entries = log.data.pages.flatMap((page) => page.entries);
  if (entries.length === 0)
    return filtered ? (
      <EmptyState title={m.noMatch} />
    ) : (
      <EmptyState title={m.empty}>{m.emptyHint}</EmptyState>
    );
  const columns = m.columns;
  return (
    <>
      <div className="table-wrap">
        <table className="table audit-table">
          <caption className="visually-hidden">{m.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.when}</th>
              <th scope="col">{columns.who}</th>
              <th scope="col">{columns.what}</th>
              <th scope="col">{columns.user}</th>
              <th scope="col">{columns.result}</th>
              <th scope="col">{columns.from}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <EntryRow key={`${entry.requestedTimeEpochMs ?? 0}-${index}`} entry={entry} />
            ))}
          </tbody>
        </table>
      </div>
      {log.hasNextPage ? (
        <div className="audit-more">
          <button
            type="button"
            className="button"
            disabled={log.isFetchingNextPage}
            onClick={() => void log.fetchNextPage()}
          >
            {log.isFetchingNextPage ? m.loadingMore : m.loadMore}
          </button>
        </div>
      ) : null}
      {log.isFetchNextPageError ? (
        <ErrorState error={log.error} onRetry={() => void log.fetchNextPage()} />
      ) : null}
    </>
  );
}
