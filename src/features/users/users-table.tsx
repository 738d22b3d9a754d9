// The user list's table: sortable headers, a selection checkbox per row and for the page (left out when no bulk action
// is offered), memoised rows and the page buttons. The page decides what is shown; this draws it.
import { memo, useEffect, useMemo, useRef, type RefObject } from 'react';
import { Link } from 'react-router';
import type { UserDetail } from '../../api/operations.ts';
import { paths } from '../../lib/paths.ts';
import type { Format } from '../../i18n/format.ts';
import type { Messages } from '../../i18n/messages/messages.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import { useSidewaysOverflow } from '../../components/use-sideways-overflow.ts';
import type { MfaCellState } from './mfa-statuses.ts';
import type { ListView, SortKey } from './user-list-view.ts';

type ListMessages = Messages['userList'];
type HygieneMessages = Messages['hygiene'];

export interface FormattedTime {
  iso: string;
  relative: string;
  exact: string;
}

export interface RowDates {
  created: FormattedTime;
  updated: FormattedTime;
  lastSignIn: FormattedTime | null;
}

function formatTime(seconds: number, now: number, format: Format): FormattedTime {
  const date = new Date(seconds * 1000);
  // Short ("59 min. ago"): the long form of the widest ages ("59 seconds ago") does not fit the column at 1280 px.
  // The exact moment is the cell's title.
  return {
    iso: date.toISOString(),
    relative: format.relative(seconds, now, 'short'),
    exact: format.dateTime(date),
  };
}

/**
 * One clock reading per list answer, and each user's dates formatted once, when their row is first drawn: a page
 * shows 50 of possibly 1,000 users, and formatting them all held up the first row. `now` (UNIX seconds) is the moment
 * the list was answered: ages are measured from it, and a render never reads the clock. `datesOf(user)` answers the
 * same object for the same user until the next answer, so a memoised row keeps its props.
 */
export function useRowDates(answeredAt: number, format: Format) {
  return useMemo(() => {
    const dates = new WeakMap<UserDetail, RowDates>();
    const datesOf = (user: UserDetail): RowDates => {
      let formatted = dates.get(user);
      if (!formatted) {
        formatted = {
          created: formatTime(user.createDateTime, answeredAt, format),
          updated: formatTime(user.updateDateTime, answeredAt, format),
          lastSignIn:
            user.lastSignInDateTime === undefined
              ? null
              : formatTime(user.lastSignInDateTime, answeredAt, format),
        };
        dates.set(user, formatted);
      }
      return formatted;
    };
    return { now: Math.floor(answeredAt / 1000), datesOf };
  }, [answeredAt, format]);
}

// Widths in rem, fixed so that nothing moves when MFA statuses arrive (CLS 0). Each fits its longest words, padding
// included, in the wider of the two languages and a wide fallback font (DejaVu Sans, Debian's default): "Console
// password", "Set-up pending", "59 min. ago". Only the name and the description may end in an ellipsis (the
// description's title holds it whole). The description takes what is left, never less than DESCRIPTION_MIN_REM: a
// narrower window scrolls the table sideways rather than squeezing it out.
const columns: { key: SortKey; numeric?: boolean; rem: number | null }[] = [
  { key: 'name', rem: 16 },
  { key: 'description', rem: null },
  { key: 'password', rem: 11 },
  { key: 'mfa', rem: 11 },
  { key: 'authKeys', numeric: true, rem: 6.5 },
  { key: 'created', rem: 8 },
  { key: 'updated', rem: 8 },
  { key: 'lastSignIn', rem: 8 },
];
const DESCRIPTION_MIN_REM = 8;

export function columnLabel(key: SortKey, m: ListMessages, h: HygieneMessages): string {
  return key === 'lastSignIn' ? h.list.lastSignIn : m.columns[key];
}

export interface UsersTableProps {
  tableRef: RefObject<HTMLTableElement | null>;
  view: ListView;
  rows: readonly UserDetail[];
  page: number;
  pageCount: number;
  datesOf: (user: UserDetail) => RowDates;
  mfaStates: ReadonlyMap<string, MfaCellState>;
  forbiddenOperation: string | null;
  lastSignInProvided: boolean;
  /** False when no bulk action is offered to this principal: the checkboxes would help no one. */
  selectable: boolean;
  selected: ReadonlySet<string>;
  onToggle: (userName: string) => void;
  /** Selects every given user, or unselects them all. */
  onTogglePage: (userNames: readonly string[], select: boolean) => void;
  onSort: (key: SortKey) => void;
  onTurnPage: (page: number) => void;
  format: Format;
}

export function UsersTable({
  tableRef,
  view,
  rows,
  page,
  pageCount,
  datesOf,
  mfaStates,
  forbiddenOperation,
  lastSignInProvided,
  selectable,
  selected,
  onToggle,
  onTogglePage,
  onSort,
  onTurnPage,
  format,
}: UsersTableProps) {
  const messages = useMessages();
  const m = messages.userList;
  const h = messages.hygiene;
  const pageNames = rows.map((user) => user.userName);
  const pageAllSelected = pageNames.length > 0 && pageNames.every((name) => selected.has(name));
  const pageSomeSelected = pageNames.some((name) => selected.has(name));
  const selectAllRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = pageSomeSelected && !pageAllSelected;
  }, [pageSomeSelected, pageAllSelected]);

  const wrapRef = useRef<HTMLDivElement>(null);
  const sideways = useSidewaysOverflow(wrapRef);
  // Upstream, Soracom's API says nothing of sign-ins: no column for them.
  const shown = columns.filter((column) => column.key !== 'lastSignIn' || lastSignInProvided);
  // The narrowest the table may be: every fixed column, and the description at its least.
  const minRem = shown.reduce((sum, column) => sum + (column.rem ?? DESCRIPTION_MIN_REM), 0);

  return (
    <>
      <div
        ref={wrapRef}
        className="table-wrap table-wrap--scroll"
        data-more-before={sideways.before || undefined}
        data-more-after={sideways.after || undefined}
      >
        <table
          className="table table--fixed"
          ref={tableRef}
          tabIndex={-1}
          style={{ minWidth: `${minRem}rem` }}
        >
          <caption className="visually-hidden">
            {m.caption({ column: columnLabel(view.sort, m, h), ascending: view.direction === 'asc' })}
            {pageCount > 1 ? m.captionPage({ page, pageCount }) : null}
          </caption>
          <colgroup>
            {shown.map((column) => (
              <col key={column.key} style={{ width: column.rem === null ? 'auto' : `${column.rem}rem` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {shown.map((column) => (
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
                  {column.key === 'name' && selectable ? (
                    <input
                      ref={selectAllRef}
                      type="checkbox"
                      className="row-select"
                      aria-label={h.list.selectPage}
                      checked={pageAllSelected}
                      onChange={() => onTogglePage(pageNames, !pageAllSelected)}
                    />
                  ) : null}
                  <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                    {columnLabel(column.key, m, h)}
                    <span className="sort-button__arrow" aria-hidden="true">
                      {view.sort === column.key ? (view.direction === 'asc' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((user) => (
              <UserRow
                key={user.userName}
                user={user}
                dates={datesOf(user)}
                mfa={mfaStates.get(user.userName) ?? 'loading'}
                forbiddenOperation={forbiddenOperation}
                selectable={selectable}
                selected={selected.has(user.userName)}
                onToggle={onToggle}
                lastSignInProvided={lastSignInProvided}
                authKeyCount={format.number(user.authKeyList.length)}
                m={m}
                h={h}
              />
            ))}
          </tbody>
        </table>
      </div>
      {/* A narrow window hides the last columns: say so (under the table, so nothing above it moves), and shade the
          edge that has more. */}
      {sideways.after || sideways.before ? (
        <p className="table-scroll-hint">{sideways.after ? m.scrollHintMore : m.scrollHintBack}</p>
      ) : null}
      {!lastSignInProvided ? <p className="muted table-note">{h.list.lastSignInNotProvided}</p> : null}
      {pageCount > 1 ? (
        <nav className="pagination" aria-label={m.pagesLabel}>
          <button
            type="button"
            className="button button--small"
            disabled={page <= 1}
            onClick={() => onTurnPage(page - 1)}
          >
            {m.previous}
          </button>
          <span>{m.pageOf({ page, pageCount })}</span>
          <button
            type="button"
            className="button button--small"
            disabled={page >= pageCount}
            onClick={() => onTurnPage(page + 1)}
          >
            {m.next}
          </button>
        </nav>
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
  selectable,
  selected,
  onToggle,
  lastSignInProvided,
  authKeyCount,
  m,
  h,
}: {
  user: UserDetail;
  dates: RowDates;
  mfa: MfaCellState;
  forbiddenOperation: string | null;
  selectable: boolean;
  selected: boolean;
  onToggle: (userName: string) => void;
  lastSignInProvided: boolean;
  authKeyCount: string;
  m: ListMessages;
  h: HygieneMessages;
}) {
  const never = useMessages().common.time.never;
  return (
    <tr aria-selected={selectable ? selected : undefined}>
      <td className="cell-name">
        {selectable ? (
          <input
            type="checkbox"
            className="row-select"
            aria-label={h.list.selectUser({ userName: user.userName })}
            checked={selected}
            onChange={() => onToggle(user.userName)}
          />
        ) : null}
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
        <Time value={dates.created} never={never} />
      </td>
      <td>
        <Time value={dates.updated} never={never} />
      </td>
      {lastSignInProvided ? (
        <td>
          <Time value={dates.lastSignIn} never={never} />
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
  // The MFA tab's words for the statuses: one vocabulary wherever the console names them.
  const states = useMessages().common.mfaStates;
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
      return <span className="badge badge--ok">{states.ACTIVE}</span>;
    case 'UNCONFIRMED':
      return <span className="badge badge--warn">{states.UNCONFIRMED}</span>;
    case 'INACTIVE':
      return <span className="muted">{states.INACTIVE}</span>;
  }
}
