// The user list (/users): search, sort and hygiene filters kept in the URL, 50 rows a page, selection and bulk
// actions. The rows come from listUsers alone; MFA statuses load for the visible rows, or for everyone when a filter,
// the MFA sort or the report needs them, a few at a time and cached; each row re-renders only when its own data moves.
import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Link, useLocation, useNavigationType, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { usePageTitle } from '../../components/use-page-title.ts';
import { lazyOnIntent, preloadOnIntent } from '../../components/lazy-on-intent.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import type { UserDetail } from '../../api/operations.ts';
import { DEFAULT_MAX_USERS } from '../../lib/sam-rules.ts';
import { usePermissionGate } from '../../components/needs-permission.tsx';
import { useCapabilities } from '../../queries/capabilities-queries.ts';
import { usersListOptions } from '../../queries/user-queries.ts';
import { paths } from '../../lib/paths.ts';
import { useMfaStatuses, type MfaCellState } from './use-mfa-statuses.ts';
import { applyHygieneFilters, countHygiene, mfaFilters, type HygieneContext } from './credential-hygiene.ts';
import { HygieneFilterBar, HygieneSummary, filterLabel } from './hygiene-filters.tsx';
import { CredentialReportMenu } from './credential-report-menu.tsx';
import {
  bulkActionIds,
  bulkActionLabel,
  type BulkActionId,
  type PermissionTemplateChoice,
} from './bulk-action-plan.ts';
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
import { useI18n, useMessages } from '../../i18n/use-i18n.ts';
import { bindFormat, type Format } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages/messages.ts';

// The confirmation and its run load when an admin reaches for a bulk action, not with the list.
const loadBulkDialog = () => import('./bulk-action-dialog.tsx');
const BulkActionDialog = lazy(loadBulkDialog);

// The create dialog and its form code arrive when "Create user" is pointed at, focused or clicked.
const CreateUserDialog = lazyOnIntent(
  () => import('./create-user-dialog.tsx'),
  (module) => module.CreateUserDialog,
);

export interface UsersListPageProps {
  /** 'upstream' against Soracom, whose API has no last sign-in. Unknown (config still loading) counts as local. */
  apiMode?: 'local' | 'upstream' | undefined;
  /** The operator's user limit; Soracom's documented 50 when the server does not say. */
  maxUsers?: number | undefined;
  /** Permission templates a bulk action may apply. */
  templates?: readonly PermissionTemplateChoice[];
}

const columns: { key: SortKey; numeric?: boolean; width: string }[] = [
  { key: 'name', width: '17rem' },
  { key: 'description', width: 'auto' },
  { key: 'password', width: '9.5rem' },
  { key: 'mfa', width: '8rem' },
  { key: 'authKeys', numeric: true, width: '6.5rem' },
  { key: 'created', width: '8.5rem' },
  { key: 'updated', width: '8.5rem' },
  { key: 'lastSignIn', width: '8.5rem' },
];

type ListMessages = Messages['users']['list'];
type HygieneMessages = Messages['hygiene'];

function columnLabel(key: SortKey, m: ListMessages, h: HygieneMessages): string {
  return key === 'lastSignIn' ? h.list.lastSignIn : m.columns[key];
}

const NO_TEMPLATES: readonly PermissionTemplateChoice[] = [];

interface FormattedTime {
  iso: string;
  relative: string;
  exact: string;
}

interface RowDates {
  created: FormattedTime;
  updated: FormattedTime;
  lastSignIn: FormattedTime | null;
}

function formatTime(seconds: number, now: number, format: Format): FormattedTime {
  const date = new Date(seconds * 1000);
  return { iso: date.toISOString(), relative: format.relative(seconds, now), exact: format.dateTime(date) };
}

export function UsersListPage({ apiMode, maxUsers, templates = NO_TEMPLATES }: UsersListPageProps = {}) {
  const { locale, messages } = useI18n();
  const m = messages.users.list;
  const h = messages.hygiene;
  // One formatter per language (useFormat makes a new one each render, which would re-format every date).
  const format = useMemo(() => bindFormat(locale, messages.common.time), [locale, messages]);
  usePageTitle(m.title);
  const [params, setParams] = useSearchParams();
  const view = readListView(params);
  // The box keeps its own text: the URL catches up a moment later, and reading the box back from it would drop
  // keystrokes typed in between. Back/forward (a POP to another entry) puts the URL's search back in the box.
  const [query, setQuery] = useState(view.query);
  // Search and sort replace the history entry (one per keystroke would bury the page before); a page turn is a
  // step the Back button should undo, as on any paged list.
  const setView = useCallback(
    (next: ListView, { push = false }: { push?: boolean } = {}) => {
      setQuery(next.query);
      setParams(writeListView(next), { replace: !push });
    },
    [setParams],
  );
  const tableRef = useRef<HTMLTableElement>(null);
  const turnPage = (to: number) => {
    setView({ ...view, page: to }, { push: true });
    // The buttons sit under 50 rows: without this the new page would show its end. Focus on the table keeps
    // keyboard users where the rows start (its caption names the page).
    tableRef.current?.focus({ preventScroll: true });
    tableRef.current?.scrollIntoView({ block: 'start' });
  };
  const location = useLocation();
  const navigationType = useNavigationType();
  const [shownEntry, setShownEntry] = useState(location.key);
  if (navigationType === 'POP' && location.key !== shownEntry) {
    setShownEntry(location.key);
    setQuery(view.query);
  }
  const [creating, setCreating] = useState(false);
  // Any name: createUser's permission rarely depends on it, and the dialog shows the server's answer when it does.
  const createGate = usePermissionGate(useCapabilities().can('User:createUser', {}));
  const [readAllMfa, setReadAllMfa] = useState(false);
  const users = useQuery(usersListOptions());
  const deferredQuery = useDeferredValue(query);
  const lastSignInProvided = apiMode !== 'upstream';
  const limit = maxUsers ?? DEFAULT_MAX_USERS;

  // One clock reading and one formatting of every date per list answer, not per render of a row.
  const { now, dates } = useMemo(() => {
    // The moment the list was answered: ages are measured from it, and a render never reads the clock.
    const nowMs = users.dataUpdatedAt;
    const map = new Map<UserDetail, RowDates>();
    for (const user of users.data ?? []) {
      map.set(user, {
        created: formatTime(user.createDateTime, nowMs, format),
        updated: formatTime(user.updateDateTime, nowMs, format),
        lastSignIn:
          user.lastSignInDateTime === undefined ? null : formatTime(user.lastSignInDateTime, nowMs, format),
      });
    }
    return { now: Math.floor(nowMs / 1000), dates: map };
  }, [users.data, users.dataUpdatedAt, format]);

  const searched = useMemo(() => filterUsers(users.data ?? [], deferredQuery), [users.data, deferredQuery]);
  // Whose MFA status to read: everyone searched when a filter, the sort or the admin asks for it; else only the
  // rows on screen (the other filters and sorts need nothing beyond listUsers, so that page is known already).
  const needAllMfa = readAllMfa || view.sort === 'mfa' || view.filters.some((id) => mfaFilters.has(id));
  const mfaTargets = useMemo(() => {
    if (needAllMfa) return searched.map((user) => user.userName);
    const context: HygieneContext = { now, keyAgeDays: view.keyAgeDays, mfa: new Map() };
    const kept = applyHygieneFilters(searched, view.filters, context).users;
    return pageOf(sortUsers(kept, view.sort, view.direction), view.page).rows.map((user) => user.userName);
  }, [needAllMfa, searched, now, view.keyAgeDays, view.filters, view.sort, view.direction, view.page]);
  // Every status asked for stays asked for while the page is open: a query dropped mid-flight (a filter or a page
  // turn moved its row away) would be cancelled and its answer thrown away, then asked again when the row returns.
  const [asked, setAsked] = useState<readonly string[]>([]);
  const askedSet = useMemo(() => new Set(asked), [asked]);
  const missing = mfaTargets.filter((userName) => !askedSet.has(userName));
  if (missing.length > 0) setAsked([...asked, ...missing]);
  const mfa = useMfaStatuses(asked);
  const pendingTargets = mfaTargets.filter((userName) => mfa.states.get(userName) === 'loading').length;

  const context = useMemo<HygieneContext>(
    () => ({ now, keyAgeDays: view.keyAgeDays, mfa: mfa.known }),
    [now, view.keyAgeDays, mfa.known],
  );
  const filtered = useMemo(
    () => applyHygieneFilters(searched, view.filters, context),
    [searched, view.filters, context],
  );
  const counts = useMemo(() => countHygiene(searched, context), [searched, context]);
  const sorted = useMemo(
    () => sortUsers(filtered.users, view.sort, view.direction, mfa.known),
    [filtered.users, view.sort, view.direction, mfa.known],
  );
  const page = pageOf(sorted, view.page);
  // Everyone searched whose status has not come back yet (asked or not).
  const mfaUnread = searched.filter((user) => {
    const state = mfa.states.get(user.userName);
    return state === undefined || state === 'loading';
  }).length;

  // Selection survives paging, filtering and sorting; a deleted user drops out of it.
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const toggleSelected = useCallback(
    (userName: string) => {
      setSelected((current) => {
        const next = new Set(current);
        if (next.has(userName)) next.delete(userName);
        else next.add(userName);
        return next;
      });
    },
    [setSelected],
  );
  const selectedUsers = useMemo(
    () => (users.data ?? []).filter((user) => selected.has(user.userName)),
    [users.data, selected],
  );
  const pageNames = page.rows.map((user) => user.userName);
  const pageAllSelected = pageNames.length > 0 && pageNames.every((name) => selected.has(name));
  const pageSomeSelected = pageNames.some((name) => selected.has(name));
  const selectAllRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = pageSomeSelected && !pageAllSelected;
  }, [pageSomeSelected, pageAllSelected]);
  const [bulkChoice, setBulkChoice] = useState<BulkActionId>('delete');
  const [bulkOpen, setBulkOpen] = useState<BulkActionId | null>(null);

  const filtering = deferredQuery.trim() !== '' || view.filters.length > 0;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{m.title}</h1>
          <p className="page-header__sub">
            {m.sub}
            {users.data ? (
              <>
                {' '}
                <span className="user-limit">
                  {h.list.limit({
                    count: format.number(users.data.length),
                    limit: format.number(limit),
                  })}
                </span>
              </>
            ) : null}
          </p>
        </div>
        <span>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setCreating(true)}
            {...preloadOnIntent(CreateUserDialog.preload)}
            {...createGate.props}
          >
            {m.create}
          </button>
          {createGate.note}
        </span>
      </div>

      {users.data && users.data.length > 0 ? (
        <HygieneSummary
          view={view}
          counts={counts}
          mfaUnread={needAllMfa ? 0 : mfaUnread}
          onReadAllMfa={() => setReadAllMfa(true)}
        />
      ) : null}

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
            {filtering
              ? m.filteredCount({ shown: sorted.length, total: users.data.length })
              : m.count({ count: users.data.length })}
          </span>
        ) : null}
        {users.data && users.data.length > 0 ? (
          <CredentialReportMenu users={users.data} lastSignInProvided={lastSignInProvided} />
        ) : null}
      </div>
      {users.data && users.data.length > 0 ? (
        <HygieneFilterBar view={view} counts={counts} onChange={setView} />
      ) : null}

      {users.isPending ? <LoadingState label={m.loading} /> : null}
      {users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} title={m.loadFailed} />
      ) : null}
      {users.data && users.data.length === 0 ? (
        <EmptyState
          title={m.emptyTitle}
          action={
            <button
              type="button"
              className="button button--primary"
              onClick={() => setCreating(true)}
              {...preloadOnIntent(CreateUserDialog.preload)}
              {...createGate.props}
            >
              {m.emptyAction}
            </button>
          }
        >
          {m.emptyHint}
        </EmptyState>
      ) : null}
      {needAllMfa && pendingTargets > 0 ? (
        <p className="muted progress-line" role="status">
          {h.filters.readingMfa({ done: mfaTargets.length - pendingTargets, total: mfaTargets.length })}
          {filtered.undecided > 0 ? ` ${h.filters.undecided({ count: filtered.undecided })}` : null}
        </p>
      ) : null}
      {users.data && users.data.length > 0 && sorted.length === 0 && filtered.undecided === 0 ? (
        view.filters.length > 0 ? (
          <EmptyState
            title={h.filters.noMatchTitle}
            action={
              <button
                type="button"
                className="button"
                onClick={() => setView({ ...view, filters: [], page: 1 })}
              >
                {h.filters.clear}
              </button>
            }
          >
            {h.filters.chosen({
              list: view.filters.map((id) => filterLabel(id, view.keyAgeDays, h)).join(', '),
            })}
          </EmptyState>
        ) : (
          <EmptyState
            title={m.noMatch({ query })}
            action={
              <button
                type="button"
                className="button"
                onClick={() => setView({ ...view, query: '', page: 1 })}
              >
                {m.clearSearch}
              </button>
            }
          >
            {m.noMatchHint}
          </EmptyState>
        )
      ) : null}

      {selected.size > 0 ? (
        <div className="bulk-bar" role="region" aria-label={h.bulk.regionLabel}>
          <span>
            {h.bulk.selected({ count: selected.size })}
            {sorted.length > selected.size ? (
              <>
                {' · '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setSelected(new Set(sorted.map((user) => user.userName)))}
                >
                  {h.bulk.selectAllShown({ count: sorted.length })}
                </button>
              </>
            ) : null}
          </span>
          <label htmlFor="bulk-action" className="visually-hidden">
            {h.bulk.actionLabel}
          </label>
          <select
            id="bulk-action"
            value={bulkChoice}
            onChange={(event) => setBulkChoice(event.target.value as BulkActionId)}
          >
            {bulkActionIds
              .filter((id) => id !== 'apply-template' || templates.length > 0)
              .map((id) => (
                <option key={id} value={id}>
                  {bulkActionLabel(id, view.keyAgeDays, h.bulk)}
                </option>
              ))}
          </select>
          <button
            type="button"
            className="button button--small"
            onMouseEnter={() => void loadBulkDialog()}
            onFocus={() => void loadBulkDialog()}
            onClick={() => setBulkOpen(bulkChoice)}
          >
            {h.bulk.review}
          </button>
          <button type="button" className="button button--small" onClick={() => setSelected(new Set())}>
            {h.bulk.clearSelection}
          </button>
        </div>
      ) : null}

      {page.rows.length > 0 ? (
        <>
          {view.sort === 'mfa' && pendingTargets > 0 && !needAllMfa ? (
            <p className="muted" role="status">
              {m.fetchingMfa({ count: pendingTargets })}
            </p>
          ) : null}
          <div className="table-wrap table-wrap--scroll">
            <table className="table table--fixed" ref={tableRef} tabIndex={-1}>
              <caption className="visually-hidden">
                {m.caption({ column: columnLabel(view.sort, m, h), ascending: view.direction === 'asc' })}
                {page.pageCount > 1 ? m.captionPage({ page: page.page, pageCount: page.pageCount }) : null}
              </caption>
              <colgroup>
                {columns
                  .filter((column) => column.key !== 'lastSignIn' || lastSignInProvided)
                  .map((column) => (
                    <col key={column.key} style={{ width: column.width }} />
                  ))}
              </colgroup>
              <thead>
                <tr>
                  {columns.map((column) =>
                    column.key === 'lastSignIn' && !lastSignInProvided ? null : (
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
                        {column.key === 'name' ? (
                          <input
                            ref={selectAllRef}
                            type="checkbox"
                            className="row-select"
                            aria-label={h.list.selectPage}
                            checked={pageAllSelected}
                            onChange={() =>
                              setSelected((current) => {
                                const next = new Set(current);
                                for (const name of pageNames) {
                                  if (pageAllSelected) next.delete(name);
                                  else next.add(name);
                                }
                                return next;
                              })
                            }
                          />
                        ) : null}
                        <button
                          type="button"
                          className="sort-button"
                          onClick={() => setView(nextSort(view, column.key))}
                        >
                          {columnLabel(column.key, m, h)}
                          <span className="sort-button__arrow" aria-hidden="true">
                            {view.sort === column.key ? (view.direction === 'asc' ? '▲' : '▼') : ''}
                          </span>
                        </button>
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>
                {page.rows.map((user) => (
                  <UserRow
                    key={user.userName}
                    user={user}
                    dates={dates.get(user)}
                    mfa={mfa.states.get(user.userName) ?? 'loading'}
                    forbiddenOperation={mfa.forbiddenOperation}
                    selected={selected.has(user.userName)}
                    onToggle={toggleSelected}
                    lastSignInProvided={lastSignInProvided}
                    authKeyCount={format.number(user.authKeyList.length)}
                    m={m}
                    h={h}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {!lastSignInProvided ? <p className="muted table-note">{h.list.lastSignInNotProvided}</p> : null}
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

      {creating ? (
        <Suspense fallback={null}>
          <CreateUserDialog open onClose={() => setCreating(false)} />
        </Suspense>
      ) : null}
      {bulkOpen ? (
        <Suspense fallback={<LoadingState label={messages.common.states.loading} />}>
          <BulkActionDialog
            action={bulkOpen}
            users={selectedUsers}
            keyAgeDays={view.keyAgeDays}
            mfa={mfa.known}
            templates={templates}
            onClose={(summary) => {
              setBulkOpen(null);
              if (summary && bulkOpen === 'delete') {
                const gone = new Set(summary.done);
                setSelected((current) => new Set([...current].filter((name) => !gone.has(name))));
              }
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}

/** One row; memoised on primitives and stable objects, so a status arriving for one user re-renders that row only. */
const UserRow = memo(function UserRow({
  user,
  dates,
  mfa,
  forbiddenOperation,
  selected,
  onToggle,
  lastSignInProvided,
  authKeyCount,
  m,
  h,
}: {
  user: UserDetail;
  dates: RowDates | undefined;
  mfa: MfaCellState;
  forbiddenOperation: string | null;
  selected: boolean;
  onToggle: (userName: string) => void;
  lastSignInProvided: boolean;
  authKeyCount: string;
  m: ListMessages;
  h: HygieneMessages;
}) {
  const never = useMessages().common.time.never;
  return (
    <tr aria-selected={selected}>
      <td className="cell-name">
        <input
          type="checkbox"
          className="row-select"
          aria-label={h.list.selectUser({ userName: user.userName })}
          checked={selected}
          onChange={() => onToggle(user.userName)}
        />
        <Link to={paths.user(user.userName)} className="mono">
          {user.userName}
        </Link>
      </td>
      <td className="cell-description" title={user.description || undefined}>
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
        <MfaText state={mfa} forbiddenOperation={forbiddenOperation} m={m} />
      </td>
      <td className="num">{authKeyCount}</td>
      <td>
        <Time value={dates?.created ?? null} never={never} />
      </td>
      <td>
        <Time value={dates?.updated ?? null} never={never} />
      </td>
      {lastSignInProvided ? (
        <td>
          <Time value={dates?.lastSignIn ?? null} never={never} />
        </td>
      ) : null}
    </tr>
  );
});

function Time({ value, never }: { value: FormattedTime | null; never: string }) {
  if (!value) return <span className="muted">{never}</span>;
  return (
    <time dateTime={value.iso} title={value.exact}>
      {value.relative}
    </time>
  );
}

function MfaText({
  state,
  forbiddenOperation,
  m,
}: {
  state: MfaCellState;
  forbiddenOperation: string | null;
  m: ListMessages;
}) {
  switch (state) {
    case 'loading':
      return (
        <span className="muted">
          <span aria-hidden="true">…</span>
          <span className="visually-hidden">{m.mfaLoading}</span>
        </span>
      );
    case 'forbidden':
      return (
        <span
          className="muted"
          title={m.mfaForbidden({ operation: forbiddenOperation ?? 'User:getUserMFAStatus' })}
        >
          {m.mfaNotPermitted}
        </span>
      );
    case 'failed':
      return <span className="muted">{m.mfaUnknown}</span>;
    case 'ACTIVE':
      return <span className="badge badge--ok">{m.mfaStatus.ACTIVE}</span>;
    case 'UNCONFIRMED':
      return <span className="badge badge--warn">{m.mfaStatus.UNCONFIRMED}</span>;
    case 'INACTIVE':
      return <span className="muted">{m.mfaStatus.INACTIVE}</span>;
  }
}
