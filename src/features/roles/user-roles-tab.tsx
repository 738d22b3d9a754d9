// A user's Roles tab: the attached roles, attaching one (searchable picker) and detaching, each with the access delta before confirming.
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  apiCatalogueOptions,
  defaultPermissionsOptions,
  roleDetailOptions,
  rolesListOptions,
  userPermissionOptions,
  userRolesOptions,
} from '../../queries/role-queries.ts';
import type { RoleDetail } from '../../api/operations.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { useMessages } from '../../i18n/use-i18n.ts';
import './roles.css';
import type { ApiCatalogue } from '../../permissions/index.ts';
import { attachmentDelta, type UserDocuments } from './attachment-delta.ts';
import { filterRoles, isManagedRole, rolePath } from './role-list-view.ts';
import { useAttachRole, useDetachRole } from './roles-queries.ts';

export default function UserRolesTab({ userName }: { userName: string }) {
  const m = useMessages();
  const roles = useQuery({ ...userRolesOptions(userName), meta: { silentErrors: true } });
  const [attaching, setAttaching] = useState(false);
  const [detaching, setDetaching] = useState<string | null>(null);
  const documents = useUserDocuments(userName, roles.data);
  const client = useQueryClient();
  // The picker's list, read with the tab (one request): opening the picker then only draws it.
  useEffect(() => {
    void client.prefetchQuery(rolesListOptions());
  }, [client]);

  if (roles.isPending) return <LoadingState label={m.roles.userTab.loading} />;
  if (roles.isError)
    return (
      <ErrorState
        error={roles.error}
        onRetry={() => void roles.refetch()}
        title={m.roles.userTab.loadError}
      />
    );

  return (
    <div className="user-roles">
      <p className="section-intro">{m.roles.userTab.intro({ userName })}</p>
      <div className="toolbar">
        <button type="button" className="button button--primary" onClick={() => setAttaching(true)}>
          {m.roles.userTab.attach}
        </button>
      </div>
      {roles.data.length === 0 ? (
        <EmptyState title={m.roles.userTab.empty} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{m.roles.userTab.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.roles.list.columns.id}</th>
                <th scope="col">{m.roles.list.columns.description}</th>
                <th scope="col">
                  <span className="visually-hidden">{m.roles.userTab.detach}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {roles.data.map((role) => (
                <tr key={role.roleId}>
                  <td>
                    <Link to={rolePath(role.roleId ?? '')} className="mono">
                      {role.roleName ?? role.roleId}
                    </Link>
                    {isManagedRole(role) ? (
                      <span className="badge badge--upstream">{m.roles.userTab.managed}</span>
                    ) : null}
                  </td>
                  <td className="cell-description">
                    {role.description ? role.description : <span className="muted">—</span>}
                  </td>
                  <td className="num">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={m.roles.userTab.detachLabel({ roleId: role.roleId ?? '' })}
                      onClick={() => setDetaching(role.roleId ?? '')}
                    >
                      {m.roles.userTab.detach}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {attaching ? (
        <AttachRoleDialog
          userName={userName}
          attached={roles.data}
          documents={documents}
          onClose={() => setAttaching(false)}
        />
      ) : null}
      {detaching !== null ? (
        <DetachRoleDialog
          userName={userName}
          roleId={detaching}
          documents={documents}
          onClose={() => setDetaching(null)}
        />
      ) : null}
    </div>
  );
}

interface DocumentsState {
  user: UserDocuments | null;
  catalogue: ApiCatalogue | null;
}

/** The user's own permission, roles and the defaults, for the delta; null parts when they could not be read. */
function useUserDocuments(userName: string, roles: readonly RoleDetail[] | undefined): DocumentsState {
  const permission = useQuery({ ...userPermissionOptions(userName), meta: { silentErrors: true } });
  const defaults = useQuery({ ...defaultPermissionsOptions(), meta: { silentErrors: true } });
  const catalogue = useQuery({ ...apiCatalogueOptions(), meta: { silentErrors: true } });
  const user = useMemo<UserDocuments | null>(() => {
    // A role without its document (a managed role an upstream lists) leaves the delta unknown.
    if (!roles || !permission.isSuccess || !defaults.isSuccess) return null;
    if (roles.some((role) => role.permission === undefined)) return null;
    return {
      permission: permission.data,
      roles: new Map(roles.map((role) => [role.roleId ?? '', role.permission ?? ''])),
      defaults: defaults.data,
    };
  }, [roles, permission.isSuccess, permission.data, defaults.isSuccess, defaults.data]);
  return { user, catalogue: catalogue.data ?? null };
}

const EXAMPLES = 5;
/** How many roles the attach picker lists at once (of 200 allowed): the search finds the rest. */
const PICKER_OPTIONS = 50;

function DeltaSummary({ text, changes }: { text: string; changes: readonly { api: string }[] }) {
  const m = useMessages();
  return (
    <section className="attach-delta" aria-label={m.roles.userTab.deltaTitle}>
      <p role="status">{text}</p>
      {changes.length > 0 ? (
        <>
          <p className="muted">{m.roles.userTab.examples}</p>
          <ul className="delta__operations">
            {changes.slice(0, EXAMPLES).map((change) => (
              <li key={change.api}>
                <code>{change.api}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function AttachRoleDialog({
  userName,
  attached,
  documents,
  onClose,
}: {
  userName: string;
  attached: readonly RoleDetail[];
  documents: DocumentsState;
  onClose: () => void;
}) {
  const id = useId();
  const m = useMessages();
  const all = useQuery(rolesListOptions());
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const [picked, setPicked] = useState<string | null>(null);
  const attach = useAttachRole(userName);
  const candidates = useMemo(() => {
    const taken = new Set(attached.map((role) => role.roleId));
    return filterRoles(all.data ?? [], deferred).filter((role) => !taken.has(role.roleId));
  }, [all.data, deferred, attached]);
  // A long list is cut: the search narrows it, and the picked role stays in view.
  const listed = useMemo(() => {
    const first = candidates.slice(0, PICKER_OPTIONS);
    const pickedCandidate = candidates.find((role) => role.roleId === picked);
    return pickedCandidate && !first.includes(pickedCandidate) ? [...first, pickedCandidate] : first;
  }, [candidates, picked]);
  const pickedRole = useQuery({
    ...roleDetailOptions(picked ?? ''),
    enabled: picked !== null,
    meta: { silentErrors: true },
  });
  const delta =
    picked !== null && pickedRole.data?.permission !== undefined && documents.user && documents.catalogue
      ? attachmentDelta(
          documents.user,
          { kind: 'attach', roleId: picked, document: pickedRole.data.permission },
          documents.catalogue,
        )
      : null;

  return (
    <Dialog
      open
      title={m.roles.userTab.pickerTitle({ userName })}
      onClose={() => {
        if (!attach.isPending) onClose();
      }}
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (picked !== null) attach.mutate(picked, { onSuccess: onClose });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-search`}>{m.roles.userTab.pickerSearch}</label>
          <input
            id={`${id}-search`}
            type="search"
            autoComplete="off"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        {all.isPending ? <LoadingState label={m.roles.list.loading} /> : null}
        {all.isError ? (
          <ErrorState error={all.error} onRetry={() => void all.refetch()} title={m.roles.list.loadError} />
        ) : null}
        {all.data && all.data.length === 0 ? <p className="muted">{m.roles.userTab.pickerNone}</p> : null}
        {all.data && all.data.length > 0 && candidates.length === 0 ? (
          <p className="muted">{m.roles.userTab.pickerEmpty}</p>
        ) : null}
        {candidates.length > 0 ? (
          <fieldset className="role-picker">
            <legend className="visually-hidden">{m.roles.userTab.pickerLegend}</legend>
            {listed.map((role) => (
              <label key={role.roleId} className="role-picker__option">
                <input
                  type="radio"
                  name={`${id}-role`}
                  value={role.roleId}
                  checked={picked === role.roleId}
                  onChange={() => setPicked(role.roleId)}
                />
                <span className="mono">{role.roleName ?? role.roleId}</span>
                {role.description ? <span className="muted"> — {role.description}</span> : null}
              </label>
            ))}
          </fieldset>
        ) : null}
        {candidates.length > listed.length ? (
          <p className="muted" role="status">
            {m.roles.userTab.pickerMore({ shown: listed.length, total: candidates.length })}
          </p>
        ) : null}
        {picked !== null ? (
          delta ? (
            <DeltaSummary
              text={m.roles.userTab.deltaAttach({
                roleId: picked,
                userName,
                allowed: delta.newlyAllowed.length,
                denied: delta.newlyDenied.length,
              })}
              changes={[...delta.newlyDenied, ...delta.newlyAllowed]}
            />
          ) : pickedRole.isPending || !documents.catalogue ? (
            <p className="muted">{m.roles.userTab.deltaCalculating}</p>
          ) : (
            <p className="notice notice--warning">{m.roles.userTab.deltaUnknown}</p>
          )
        ) : null}
        <p className="muted">{m.roles.userTab.sessionsNote}</p>
        <FormError error={attach.error} />
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose} disabled={attach.isPending}>
            {m.roles.userTab.cancel}
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={picked === null || attach.isPending}
          >
            {m.roles.userTab.attachConfirm}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function DetachRoleDialog({
  userName,
  roleId,
  documents,
  onClose,
}: {
  userName: string;
  roleId: string;
  documents: DocumentsState;
  onClose: () => void;
}) {
  const m = useMessages();
  const detach = useDetachRole(userName);
  const delta =
    documents.user && documents.catalogue
      ? attachmentDelta(documents.user, { kind: 'detach', roleId }, documents.catalogue)
      : null;
  return (
    <ConfirmDialog
      open
      title={m.roles.userTab.detachTitle({ roleId, userName })}
      message={
        <>
          {delta ? (
            <DeltaSummary
              text={m.roles.userTab.deltaDetach({
                roleId,
                userName,
                allowed: delta.newlyAllowed.length,
                denied: delta.newlyDenied.length,
              })}
              changes={[...delta.newlyDenied, ...delta.newlyAllowed]}
            />
          ) : (
            <p className="notice notice--warning">{m.roles.userTab.deltaUnknown}</p>
          )}
          <p className="muted">{m.roles.userTab.sessionsNote}</p>
          <FormError error={detach.error} />
        </>
      }
      confirmLabel={m.roles.userTab.detachConfirm}
      pending={detach.isPending}
      onConfirm={() => detach.mutate(roleId, { onSuccess: onClose })}
      onCancel={onClose}
    />
  );
}
