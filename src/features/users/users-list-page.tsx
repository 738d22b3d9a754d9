// The user list (/users): search and sort kept in the URL, 50 rows a page, MFA statuses fetched for the visible rows only.
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigationType, useSearchParams } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { usePageTitle } from '../../components/use-page-title.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { isApiError } from '../../api/api-error.ts';
import type { UserDetail } from '../../api/operations.ts';
import type { MfaStatus } from '../../lib/sam-rules.ts';
import { paths } from '../../lib/paths.ts';
import { CreateUserDialog } from './create-user-dialog.tsx';
import { userMfaStatusOptions, usersListOptions } from '../../queries/user-queries.ts';
import {
  filterUsers,
  nextSort,
  pageOf,
  readListView,
  sortUsers,
  writeListView,
  type ListView,
  type SortKey,
} from './user-list-view.ts';
import { useFormat, useMessages } from '../../i18n/use-i18n.ts';
import type { Messages } from '../../i18n/messages/messages.ts';

const columns: { key: SortKey; numeric?: boolean }[] = [
  { key: 'name' },
  { key: 'description' },
  { key: 'password' },
  { key: 'mfa' },
  { key: 'authKeys', numeric: true },
  { key: 'created' },
  { key: 'updated' },
];

type MfaCell = { status: MfaStatus } | { forbidden: string } | { failed: true } | null;

export function UsersListPage() {
  const m = useMessages().users.list;
  const format = useFormat();
  usePageTitle(m.title);
  const [params, setParams] = useSearchParams();
  const view = readListView(params);
  // Search and sort replace the history entry (one per keystroke would bury the page before); a page turn is a
  // step the Back button should undo, as on any paged list.
  const setView = (next: ListView, { push = false }: { push?: boolean } = {}) => {
    setQuery(next.query);
    setParams(writeListView(next), { replace: !push });
  };
  const tableRef = useRef<HTMLTableElement>(null);
  const turnPage = (to: number) => {
    setView({ ...view, page: to }, { push: true });
    // The buttons sit under 50 rows: without this the new page would show its end. Focus on the table keeps
    // keyboard users where the rows start (its caption names the page).
    tableRef.current?.focus({ preventScroll: true });
    tableRef.current?.scrollIntoView({ block: 'start' });
  };
  // The box keeps its own text: the URL catches up a moment later, and reading the box back from it would drop
  // keystrokes typed in between. Back/forward (a POP to another entry) puts the URL's search back in the box.
  const [query, setQuery] = useState(view.query);
  const location = useLocation();
  const navigationType = useNavigationType();
  const [shownEntry, setShownEntry] = useState(location.key);
  if (navigationType === 'POP' && location.key !== shownEntry) {
    setShownEntry(location.key);
    setQuery(view.query);
  }
  const [creating, setCreating] = useState(false);
  const users = useQuery(usersListOptions());
  const deferredQuery = useDeferredValue(query);

  const filtered = useMemo(() => filterUsers(users.data ?? [], deferredQuery), [users.data, deferredQuery]);
  // MFA statuses: the visible page normally; every filtered user only when sorting by MFA needs them all.
  const preSorted = useMemo(
    () => (view.sort === 'mfa' ? filtered : sortUsers(filtered, view.sort, view.direction)),
    [filtered, view.sort, view.direction],
  );
  const mfaTargets = view.sort === 'mfa' ? filtered : pageOf(preSorted, view.page).rows;
  const mfa = useQueries({
    // A page of statuses is kept a minute: paging back and forth does not ask for them all again.
    queries: mfaTargets.map((user) => ({ ...userMfaStatusOptions(user.userName), staleTime: 60_000 })),
    combine: (results) => {
      const cells = new Map<string, MfaCell>();
      const known = new Map<string, MfaStatus>();
      results.forEach((result, index) => {
        const name = mfaTargets[index]?.userName;
        if (name === undefined) return;
        if (result.data) {
          cells.set(name, { status: result.data.status });
          known.set(name, result.data.status);
        } else if (isApiError(result.error) && result.error.status === 403) {
          cells.set(name, { forbidden: result.error.operation });
        } else if (result.error) {
          cells.set(name, { failed: true });
        }
      });
      return { cells, known, pending: results.filter((result) => result.isPending).length };
    },
  });
  const sorted = useMemo(
    () => (view.sort === 'mfa' ? sortUsers(preSorted, 'mfa', view.direction, mfa.known) : preSorted),
    [preSorted, view.sort, view.direction, mfa.known],
  );
  const page = pageOf(sorted, view.page);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{m.title}</h1>
          <p className="page-header__sub">{m.sub}</p>
        </div>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {m.create}
        </button>
      </div>

      <div className="toolbar" role="search">
        <label htmlFor="user-search" className="visually-hidden">
          {m.searchLabel}
        </label>
        <input
          id="user-search"
          type="search"
          className="search-input"
          placeholder={m.searchPlaceholder}
          value={query}
          onChange={(event) => setView({ ...view, query: event.target.value, page: 1 })}
        />
        {users.data ? (
          <span className="toolbar__count" aria-live="polite">
            {filtered.length === users.data.length
              ? m.count({ count: users.data.length })
              : m.filteredCount({ shown: filtered.length, total: users.data.length })}
          </span>
        ) : null}
      </div>

      {users.isPending ? <LoadingState label={m.loading} /> : null}
      {users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} title={m.loadFailed} />
      ) : null}
      {users.data && users.data.length === 0 ? (
        <EmptyState
          title={m.emptyTitle}
          action={
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {m.emptyAction}
            </button>
          }
        >
          {m.emptyHint}
        </EmptyState>
      ) : null}
      {users.data && users.data.length > 0 && filtered.length === 0 ? (
        <EmptyState
          title={m.noMatch({ query })}
          action={
            <button type="button" className="button" onClick={() => setView({ ...view, query: '', page: 1 })}>
              {m.clearSearch}
            </button>
          }
        >
          {m.noMatchHint}
        </EmptyState>
      ) : null}

      {page.rows.length > 0 ? (
        <>
          {view.sort === 'mfa' && mfa.pending > 0 ? (
            <p className="muted" role="status">
              {m.fetchingMfa({ count: mfa.pending })}
            </p>
          ) : null}
          <div className="table-wrap">
            <table className="table" ref={tableRef} tabIndex={-1}>
              <caption className="visually-hidden">
                {m.caption({ column: m.columns[view.sort], ascending: view.direction === 'asc' })}
                {page.pageCount > 1 ? m.captionPage({ page: page.page, pageCount: page.pageCount }) : null}
              </caption>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th
                      key={column.key}
                      scope="col"
                      className={column.numeric ? 'num' : undefined}
                      aria-sort={
                        view.sort === column.key
                          ? view.direction === 'asc'
                            ? 'ascending'
                            : 'descending'
                          : undefined
                      }
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => setView(nextSort(view, column.key))}
                      >
                        {m.columns[column.key]}
                        <span className="sort-button__arrow" aria-hidden="true">
                          {view.sort === column.key ? (view.direction === 'asc' ? '▲' : '▼') : ''}
                        </span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.rows.map((user) => (
                  <UserRow
                    key={user.userName}
                    user={user}
                    mfa={mfa.cells.get(user.userName) ?? null}
                    m={m}
                    authKeyCount={format.number(user.authKeyList.length)}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {page.pageCount > 1 ? (
            <nav className="pagination" aria-label={m.pagesLabel}>
              <button
                type="button"
                className="button button--small"
                disabled={page.page <= 1}
                onClick={() => turnPage(page.page - 1)}
              >
                {m.previous}
              </button>
              <span>{m.pageOf({ page: page.page, pageCount: page.pageCount })}</span>
              <button
                type="button"
                className="button button--small"
                disabled={page.page >= page.pageCount}
                onClick={() => turnPage(page.page + 1)}
              >
                {m.next}
              </button>
            </nav>
          ) : null}
        </>
      ) : null}

      <CreateUserDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

type ListMessages = Messages['users']['list'];

function UserRow({
  user,
  mfa,
  m,
  authKeyCount,
}: {
  user: UserDetail;
  mfa: MfaCell;
  m: ListMessages;
  authKeyCount: string;
}) {
  return (
    <tr>
      <td>
        <Link to={paths.user(user.userName)} className="mono">
          {user.userName}
        </Link>
      </td>
      <td className="cell-description">
        {user.description ? user.description : <span className="muted">—</span>}
      </td>
      <td>
        {user.hasPassword ? (
          <span className="badge badge--ok">{m.passwordSet}</span>
        ) : (
          <span className="muted">{m.passwordNotSet}</span>
        )}
      </td>
      <td>
        <MfaText cell={mfa} m={m} />
      </td>
      <td className="num">{authKeyCount}</td>
      <td>
        <RelativeTime seconds={user.createDateTime} />
      </td>
      <td>
        <RelativeTime seconds={user.updateDateTime} />
      </td>
    </tr>
  );
}

function MfaText({ cell, m }: { cell: MfaCell; m: ListMessages }) {
  const mfaLabels = m.mfaStatus;
  if (cell === null)
    return (
      <span className="muted">
        <span aria-hidden="true">…</span>
        <span className="visually-hidden">{m.mfaLoading}</span>
      </span>
    );
  if ('forbidden' in cell)
    return (
      <span className="muted" title={m.mfaForbidden({ operation: cell.forbidden })}>
        {m.mfaNotPermitted}
      </span>
    );
  if ('failed' in cell) return <span className="muted">{m.mfaUnknown}</span>;
  if (cell.status === 'ACTIVE') return <span className="badge badge--ok">{mfaLabels.ACTIVE}</span>;
  if (cell.status === 'UNCONFIRMED')
    return <span className="badge badge--warn">{mfaLabels.UNCONFIRMED}</span>;
  return <span className="muted">{mfaLabels.INACTIVE}</span>;
}
