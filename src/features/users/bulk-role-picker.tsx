// The searchable role picker of a bulk attach or detach. Attaching offers the operator's roles (listRoles); detaching
// offers the roles the chosen users have, which listUsers already brought, so it asks the API nothing.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Role, UserDetail } from '../../api/operations.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { rolesListOptions } from '../../queries/role-queries.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import type { RoleChoice } from './bulk-action-plan.ts';

/** The roles attached to any of the users, each once, by ID. */
export function rolesOf(users: readonly UserDetail[]): Role[] {
  const byId = new Map<string, Role>();
  for (const user of users)
    for (const role of user.roleList) if (!byId.has(role.roleId)) byId.set(role.roleId, role);
  return [...byId.values()].sort((a, b) => a.roleId.localeCompare(b.roleId));
}

/** Roles whose ID, name or description contains the text, ignoring case. */
export function matchRoles(roles: readonly Role[], text: string): Role[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...roles];
  return roles.filter((role) =>
    [role.roleId, role.roleName ?? '', role.description ?? ''].some((field) =>
      field.toLowerCase().includes(needle),
    ),
  );
}

export function roleChoice(role: Role): RoleChoice {
  return { roleId: role.roleId, label: role.roleName ?? role.roleId };
}

export function BulkRolePicker({
  mode,
  users,
  value,
  onChange,
}: {
  mode: 'attach' | 'detach';
  users: readonly UserDetail[];
  value: RoleChoice | null;
  onChange: (role: RoleChoice) => void;
}) {
  const id = useId();
  const text = useMessages().bulk.role;
  const all = useQuery({ ...rolesListOptions(), enabled: mode === 'attach', meta: { silentErrors: true } });
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const roles = useMemo(
    () => (mode === 'attach' ? (all.data ?? []) : rolesOf(users)),
    [mode, all.data, users],
  );
  const shown = useMemo(() => matchRoles(roles, deferred), [roles, deferred]);
  const loaded = mode === 'detach' || all.isSuccess;

  return (
    <div className="bulk-role-picker">
      <div className="field">
        <label htmlFor={`${id}-search`}>{text.search}</label>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      {mode === 'attach' && all.isPending ? <LoadingState label={text.loading} /> : null}
      {mode === 'attach' && all.isError ? (
        <ErrorState error={all.error} onRetry={() => void all.refetch()} title={text.loadFailed} />
      ) : null}
      {loaded && roles.length === 0 ? (
        <p className="muted">{mode === 'attach' ? text.none : text.noneAttached}</p>
      ) : null}
      {loaded && roles.length > 0 && shown.length === 0 ? <p className="muted">{text.noMatch}</p> : null}
      {shown.length > 0 ? (
        <fieldset className="bulk-role-picker__options">
          <legend className="visually-hidden">{text.legend}</legend>
          {shown.map((role) => (
            <label key={role.roleId} className="bulk-role-picker__option">
              <input
                type="radio"
                name={`${id}-role`}
                value={role.roleId}
                checked={value?.roleId === role.roleId}
                onChange={() => onChange(roleChoice(role))}
              />
              <span className="mono">{role.roleName ?? role.roleId}</span>
              {role.description ? <span className="muted"> — {role.description}</span> : null}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
