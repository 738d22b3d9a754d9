// The role list (/roles): search and sort kept in the URL, the attached-user count of each role, and "Create role".
import { memo, useDeferredValue, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { usePageTitle } from '../../components/use-page-title.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import type { Role } from '../../api/operations.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import './roles.css';
import { CreateRoleDialog } from './create-role-dialog.tsx';
import { rolesListOptions, usersWithRolesOptions } from './roles-queries.ts';
import {
  attachedCounts,
  filterRoles,
  isManagedRole,
  nextRoleSort,
  readRoleListView,
  rolePath,
  roleSortKeys,
  sortRoles,
  writeRoleListView,
  type RoleListView,
} from './role-list-view.ts';

export function RolesListPage() {
  const m = useMessages();
  usePageTitle(m.roles.list.title);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view = readRoleListView(params);
  const [query, setQuery] = useState(view.query);
  const setView = (next: RoleListView) => {
    setQuery(next.query);
    setParams(writeRoleListView(next), { replace: true });
  };
  const [creating, setCreating] = useState(false);
  const roles = useQuery(rolesListOptions());
  // The count of attached users comes from every user's roleList: one call, whatever the number of roles.
  const users = useQuery({ ...usersWithRolesOptions(), meta: { silentErrors: true } });
  const counts = useMemo(() => (users.data ? attachedCounts(users.data) : null), [users.data]);
  const deferredQuery = useDeferredValue(query);
  // Every row stays mounted in sort order and the search only hides the others: a keystroke that widens the
  // search back to all 200 roles shows rows again instead of building them (bench/roles.ts measures it).
  const sorted = useMemo(
    () => sortRoles(roles.data ?? [], view, counts ?? new Map()),
    [roles.data, view.sort, view.direction, counts], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const matching = useMemo(
    () => new Set(filterRoles(sorted, deferredQuery).map((role) => role.roleId)),
    [sorted, deferredQuery],
  );
  const shownCount = matching.size;
  const columns = m.roles.list.columns;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{m.roles.list.title}</h1>
          <p className="page-header__sub">{m.roles.list.sub}</p>
        </div>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {m.roles.list.create}
        </button>
      </div>

      <div className="toolbar" role="search">
        <label htmlFor="role-search" className="visually-hidden">
          {m.roles.list.searchLabel}
        </label>
        <input
          id="role-search"
          type="search"
          className="search-input"
          placeholder={m.roles.list.searchPlaceholder}
          value={query}
          onChange={(event) => setView({ ...view, query: event.target.value })}
        />
        {roles.data ? (
          <span className="toolbar__count" aria-live="polite">
            {m.roles.list.count({ shown: shownCount, total: roles.data.length })}
          </span>
        ) : null}
      </div>

      {roles.isPending ? <LoadingState label={m.roles.list.loading} /> : null}
      {roles.isError ? (
        <ErrorState error={roles.error} onRetry={() => void roles.refetch()} title={m.roles.list.loadError} />
      ) : null}
      {roles.data && roles.data.length === 0 ? (
        <EmptyState
          title={m.roles.list.emptyTitle}
          action={
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              {m.roles.list.emptyAction}
            </button>
          }
        >
          {m.roles.list.emptyHint}
        </EmptyState>
      ) : null}
      {roles.data && roles.data.length > 0 && shownCount === 0 ? (
        <EmptyState
          title={m.roles.list.noMatch({ query })}
          action={
            <button type="button" className="button" onClick={() => setView({ ...view, query: '' })}>
              {m.roles.list.clearSearch}
            </button>
          }
        >
          {m.roles.list.noMatchHint}
        </EmptyState>
      ) : null}

      {sorted.length > 0 ? (
        <div className="table-wrap" hidden={shownCount === 0}>
          <table className="table">
            <caption className="visually-hidden">
              {m.roles.list.caption({ column: columns[view.sort], ascending: view.direction === 'asc' })}
            </caption>
            <thead>
              <tr>
                {roleSortKeys.map((key) => (
                  <th
                    key={key}
                    scope="col"
                    className={key === 'users' ? 'num' : undefined}
                    aria-sort={
                      view.sort === key ? (view.direction === 'asc' ? 'ascending' : 'descending') : undefined
                    }
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => setView(nextRoleSort(view, key))}
                    >
                      {columns[key]}
                      <span className="sort-button__arrow" aria-hidden="true">
                        {view.sort === key ? (view.direction === 'asc' ? '▲' : '▼') : ''}
                      </span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((role) => (
                <RoleRow
                  key={role.roleId}
                  role={role}
                  count={counts ? (counts.get(role.roleId) ?? 0) : null}
                  hidden={!matching.has(role.roleId)}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <CreateRoleDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(roleId) => void navigate(rolePath(roleId))}
      />
    </>
  );
}

/** Memoised: a keystroke re-renders only the rows it hides or shows, and those only flip `hidden`. */
const RoleRow = memo(function RoleRow({
  role,
  count,
  hidden,
}: {
  role: Role;
  count: number | null;
  hidden: boolean;
}) {
  return (
    <tr hidden={hidden}>
      <RoleCells role={role} count={count} />
    </tr>
  );
});

const RoleCells = memo(function RoleCells({ role, count }: { role: Role; count: number | null }) {
  const m = useMessages();
  return (
    <>
      <td>
        <Link to={rolePath(role.roleId)} className="mono">
          {role.roleName ?? role.roleId}
        </Link>
        {isManagedRole(role) ? <span className="badge badge--upstream">{m.roles.list.managed}</span> : null}
      </td>
      <td className="cell-description">
        {role.description ? role.description : <span className="muted">—</span>}
      </td>
      <td className="num">
        {count === null ? <span className="muted">{m.roles.list.usersUnknown}</span> : count}
      </td>
      <td>
        <RelativeTime seconds={role.updateDateTime} />
      </td>
    </>
  );
});
