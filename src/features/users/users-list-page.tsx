// The user list (/users): search, sort and hygiene filters kept in the URL, 50 rows a page, selection and bulk
// actions. The rows come from listUsers alone; MFA statuses load for the visible rows, or for everyone when a filter,
// the MFA sort or the report needs them, a few at a time and cached; each row re-renders only when its own data moves.
import {
  lazy,
  Suspense,
  use,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useLocation, useNavigate, useNavigationType, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { usePageTitle } from '../../components/use-page-title.ts';
import { lazyOnIntent, preloadOnIntent } from '../../components/lazy-on-intent.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { DEFAULT_MAX_USERS } from '../../lib/sam-rules.ts';
import { usePermissionGate } from '../../components/needs-permission.tsx';
import { useCapabilities } from '../../queries/capabilities-queries.ts';
import { usersListOptions } from '../../queries/user-queries.ts';
import { paths } from '../../lib/paths.ts';
import type { CreatedUserState } from './next-steps-panel.tsx';
import { useMfaStatuses } from './use-mfa-statuses.ts';
import { applyHygieneFilters, countHygiene, mfaFilters, type HygieneContext } from './credential-hygiene.ts';
import { HygieneFilterBar, HygieneSummary, filterLabel } from './hygiene-filters.tsx';
import { CredentialReportMenu } from './credential-report-menu.tsx';
import type { PermissionTemplateChoice } from './bulk-action-plan.ts';
import { actionBlockedBy, bulkActionApis, bulkActionIds, type BulkActionId } from './bulk-actions.ts';
import { UsersTable, useRowDates } from './users-table.tsx';
import { useUserSelection } from './use-user-selection.ts';
import {
  filterUsers,
  nextSort,
  pageOf,
  readListView,
  sortUsers,
  writeListView,
  type ListView,
} from './user-list-view.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { withPageAreas } from '../../i18n/i18n-store.ts';
import { bindFormat } from '../../i18n/format.ts';

// The bar a selection shows, with its texts: fetched once the list is on screen, before anyone ticks a row.
const loadBulkBar = withPageAreas(() => import('./bulk-bar.tsx'), ['bulk']);
const BulkBar = lazy(() => loadBulkBar().then((module) => ({ default: module.BulkBar })));

// The confirmation and its run load when an admin reaches for a bulk action, not with the list.
const loadBulkDialog = withPageAreas(
  () => import('./bulk-action-dialog.tsx'),
  ['bulk', 'users', 'permissions'],
);
const BulkActionDialog = lazy(loadBulkDialog);

// The create dialog and its form code arrive when "Create user" is pointed at, focused or clicked.
const CreateUserDialog = lazyOnIntent(
  withPageAreas(() => import('./create-user-dialog.tsx'), ['users', 'forms']),
  (module) => module.CreateUserDialog,
);

export interface UsersListPageProps {
  /** 'upstream' against Soracom, whose API has no last sign-in. Unknown (config still loading) counts as local. */
  apiMode?: 'local' | 'upstream' | undefined;
  /** The operator's user limit; Soracom's documented 50 when the server does not say. */
  maxUsers?: number | undefined;
  /** Fetches the permission templates a bulk action may apply (none offered without it); the same promise each call. */
  loadTemplates?: () => Promise<readonly PermissionTemplateChoice[]>;
}

const NO_TEMPLATES: readonly PermissionTemplateChoice[] = [];
const NO_STATUSES: HygieneContext['mfa'] = new Map();

export function UsersListPage({ apiMode, maxUsers, loadTemplates }: UsersListPageProps = {}) {
  const { locale, messages } = useI18n();
  const m = messages.userList;
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
  const capabilities = useCapabilities();
  const createGate = usePermissionGate(capabilities.can('User:createUser', {}));
  const navigate = useNavigate();
  // A new user opens with what it usually needs next (the page's NextStepsPanel, told by the history entry's state);
  // one the principal may not read stays a row of the list.
  const openCreated = ({ userName }: { userName: string }) => {
    if (capabilities.can('User:getUser', { userName }).kind === 'denied') return;
    const state: CreatedUserState = { createdUser: userName };
    void navigate(paths.user(userName), { state });
  };
  const [readAllMfa, setReadAllMfa] = useState(false);
  const users = useQuery(usersListOptions());
  const deferredQuery = useDeferredValue(query);
  const lastSignInProvided = apiMode !== 'upstream';
  const limit = maxUsers ?? DEFAULT_MAX_USERS;

  const { now, datesOf } = useRowDates(users.dataUpdatedAt, format);

  const searched = useMemo(() => filterUsers(users.data ?? [], deferredQuery), [users.data, deferredQuery]);
  // Whose MFA status to read: everyone searched when a filter, the sort or the admin asks for it; else only the
  // rows on screen (the other filters and sorts need nothing beyond listUsers, so that page is known already).
  const needAllMfa = readAllMfa || view.sort === 'mfa' || view.filters.some((id) => mfaFilters.has(id));
  // Otherwise what the list shows does not depend on the statuses: filtered and sorted once here, it also says whose
  // statuses to read (the page's rows), and an arriving status filters and sorts nothing again.
  const withoutMfa = useMemo(() => {
    if (needAllMfa) return null;
    const context: HygieneContext = { now, keyAgeDays: view.keyAgeDays, mfa: NO_STATUSES };
    const filtered = applyHygieneFilters(searched, view.filters, context);
    return { filtered, sorted: sortUsers(filtered.users, view.sort, view.direction) };
  }, [needAllMfa, searched, now, view.keyAgeDays, view.filters, view.sort, view.direction]);
  const mfaTargets = useMemo(
    () => (withoutMfa ? pageOf(withoutMfa.sorted, view.page).rows : searched).map((user) => user.userName),
    [withoutMfa, searched, view.page],
  );
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
  const counts = useMemo(() => countHygiene(searched, context), [searched, context]);
  const { filtered, sorted } = useMemo(() => {
    if (withoutMfa) return withoutMfa;
    const kept = applyHygieneFilters(searched, view.filters, context);
    return { filtered: kept, sorted: sortUsers(kept.users, view.sort, view.direction, mfa.known) };
  }, [withoutMfa, searched, view.filters, context, view.sort, view.direction, mfa.known]);
  const page = pageOf(sorted, view.page);
  // Everyone searched whose status has not come back yet (asked or not).
  const mfaUnread = searched.filter((user) => {
    const state = mfa.states.get(user.userName);
    return state === undefined || state === 'loading';
  }).length;

  const selection = useUserSelection(users.data);
  useEffect(() => {
    void loadBulkBar().catch(() => undefined);
  }, []);
  const [bulkOpen, setBulkOpen] = useState<BulkActionId | null>(null);
  // The actions that apply here, and whether this principal may take any of them on a user of this page: if not,
  // the checkboxes would help no one and are left out, with the APIs they would need named once.
  const bulkActions = bulkActionIds.filter((id) => id !== 'apply-template' || loadTemplates !== undefined);
  const pageNames = page.rows.map((user) => user.userName);
  const selectable = bulkActions.some((id) => actionBlockedBy(id, capabilities.can, pageNames) === null);
  const bulkApis = [...new Set(bulkActions.flatMap((id) => bulkActionApis[id]))];

  const filtering = deferredQuery.trim() !== '' || view.filters.length > 0;
  // The header's button and the empty list's: the same gate, and the dialog's code fetched on intent.
  const createButton = (label: string) => (
    <button
      type="button"
      className="button button--primary"
      onClick={() => setCreating(true)}
      {...preloadOnIntent(CreateUserDialog.preload)}
      {...createGate.props}
    >
      {label}
    </button>
  );

  return (
    <>
      <div className="page-header">
        <div className="page-header__main">
          <h1>{m.title}</h1>
          <p className="page-header__sub">
            {m.sub} {/* Its place is kept while the list loads, so nothing moves when the count arrives. */}
            <span className="user-limit" style={users.data ? undefined : { visibility: 'hidden' }}>
              {h.list.limit({
                count: format.number(users.data?.length ?? 0),
                limit: format.number(limit),
              })}
            </span>
          </p>
        </div>
        <span>
          {createButton(m.create)}
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

      {/* Not while the list loads: the summary arrives above it with the list and would push it down. */}
      {users.isPending ? null : (
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
      )}
      {users.data && users.data.length > 0 ? (
        <HygieneFilterBar view={view} counts={counts} onChange={setView} />
      ) : null}

      {users.isPending ? <LoadingState label={m.loading} /> : null}
      {users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} title={m.loadFailed} />
      ) : null}
      {users.data && users.data.length === 0 ? (
        <EmptyState title={m.emptyTitle} action={createButton(m.emptyAction)}>
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

      {selection.selected.size > 0 && selectable ? (
        <Suspense fallback={null}>
          <BulkBar
            actions={bulkActions}
            selected={[...selection.selected]}
            shownCount={sorted.length}
            keyAgeDays={view.keyAgeDays}
            can={capabilities.can}
            onSelectAllShown={() => selection.replace(sorted.map((user) => user.userName))}
            onClear={() => selection.replace([])}
            onIntent={() => {
              void loadBulkDialog();
              void loadTemplates?.();
            }}
            onReview={setBulkOpen}
          />
        </Suspense>
      ) : null}
      {page.rows.length > 0 && !selectable ? (
        <p className="muted table-note">
          {h.list.bulkNoneOffered({
            apis: bulkApis.filter((api) => capabilities.can(api).kind === 'denied').join(', '),
          })}
        </p>
      ) : null}

      {page.rows.length > 0 ? (
        <>
          {view.sort === 'mfa' && pendingTargets > 0 && !needAllMfa ? (
            <p className="muted" role="status">
              {m.fetchingMfa({ count: pendingTargets })}
            </p>
          ) : null}
          <UsersTable
            tableRef={tableRef}
            view={view}
            rows={page.rows}
            page={page.page}
            pageCount={page.pageCount}
            datesOf={datesOf}
            mfaStates={mfa.states}
            forbiddenOperation={mfa.forbiddenOperation}
            lastSignInProvided={lastSignInProvided}
            selectable={selectable}
            selected={selection.selected}
            onToggle={selection.toggle}
            onTogglePage={selection.toggleMany}
            onSort={(key) => setView(nextSort(view, key))}
            onTurnPage={turnPage}
            format={format}
          />
        </>
      ) : null}

      {creating ? (
        <Suspense fallback={null}>
          <CreateUserDialog open onClose={() => setCreating(false)} onCreated={openCreated} />
        </Suspense>
      ) : null}
      {bulkOpen ? (
        <Suspense fallback={<LoadingState label={messages.common.states.loading} />}>
          <WithTemplates load={loadTemplates}>
            {(templates) => (
              <BulkActionDialog
                action={bulkOpen}
                users={selection.selectedUsers}
                keyAgeDays={view.keyAgeDays}
                mfa={mfa.known}
                templates={templates}
                can={capabilities.can}
                onClose={(summary) => {
                  setBulkOpen(null);
                  if (summary && bulkOpen === 'delete') selection.drop(summary.done);
                }}
              />
            )}
          </WithTemplates>
        </Suspense>
      ) : null}
    </>
  );
}

/** The templates once fetched (suspending until then), for the bulk dialog: they are not part of the list's first load. */
function WithTemplates({
  load,
  children,
}: {
  load: (() => Promise<readonly PermissionTemplateChoice[]>) | undefined;
  children: (templates: readonly PermissionTemplateChoice[]) => ReactNode;
}) {
  return children(load ? use(load()) : NO_TEMPLATES);
}
