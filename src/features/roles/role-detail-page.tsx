// A role's page (/roles/:roleId): its description, its permission (the editor workspace, handed in by the app), attached users, versions of a managed role, delete.
import { Suspense, useState, type ComponentType } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import './roles.css';
import { paths } from '../../lib/paths.ts';
import { isManagedRole } from './role-list-view.ts';
import { roleDetailOptions, roleUsersOptions, roleVersionsOptions, useDeleteRole } from './roles-queries.ts';

/** The permission editor of a role, from the permissions feature (features do not import each other). */
export type RolePermissionPanel = ComponentType<{ roleId: string; readOnly: boolean }>;

export function RoleDetailPage({ PermissionPanel }: { PermissionPanel: RolePermissionPanel }) {
  const { roleId = '' } = useParams();
  const m = useMessages();
  usePageTitle(roleId);
  const role = useQuery({ ...roleDetailOptions(roleId), meta: { silentErrors: true } });
  const managed = isManagedRole({ roleId, owner: role.data?.owner });

  return (
    <>
      <nav aria-label={m.roles.detail.breadcrumbLabel} className="breadcrumb">
        <Link to={paths.roles()}>{m.roles.detail.breadcrumb}</Link> <span aria-hidden="true">/</span>{' '}
        <span className="mono">{role.data?.roleName ?? roleId}</span>
      </nav>
      <div className="page-header">
        <h1>
          <span className="mono">{role.data?.roleName ?? roleId}</span>
        </h1>
        {role.isSuccess && !managed ? <DeleteRoleButton roleId={roleId} /> : null}
      </div>
      {role.isPending ? <LoadingState label={m.roles.detail.loading({ roleId })} /> : null}
      {role.isError ? (
        <ErrorState error={role.error} onRetry={() => void role.refetch()} title={m.roles.detail.loadError} />
      ) : null}
      {role.isSuccess ? (
        <>
          {managed ? (
            <p className="notice notice--info" role="note">
              {m.roles.detail.managedNotice}
            </p>
          ) : null}
          <dl className="facts">
            <div>
              <dt>{m.roles.detail.description}</dt>
              <dd>
                {role.data.description || <span className="muted">{m.roles.detail.noDescription}</span>}
              </dd>
            </div>
            {role.data.createDateTime !== undefined ? (
              <div>
                <dt>{m.roles.detail.created}</dt>
                <dd>
                  <RelativeTime seconds={role.data.createDateTime} />
                </dd>
              </div>
            ) : null}
            {role.data.updateDateTime !== undefined ? (
              <div>
                <dt>{m.roles.detail.updated}</dt>
                <dd>
                  <RelativeTime seconds={role.data.updateDateTime} />
                </dd>
              </div>
            ) : null}
          </dl>
          <AttachedUsers roleId={roleId} />
          {managed ? <RoleVersions roleId={roleId} /> : null}
          <section aria-labelledby="role-permission-title" className="role-permission">
            <h2 id="role-permission-title">{m.roles.detail.permissionTitle}</h2>
            <Suspense fallback={<LoadingState label={m.roles.detail.loading({ roleId })} />}>
              {/* key: another role starts the editor afresh. */}
              <PermissionPanel key={roleId} roleId={roleId} readOnly={managed} />
            </Suspense>
          </section>
        </>
      ) : null}
    </>
  );
}

function AttachedUsers({ roleId }: { roleId: string }) {
  const m = useMessages();
  const users = useQuery({ ...roleUsersOptions(roleId), meta: { silentErrors: true } });
  return (
    <section className="panel" aria-labelledby="role-users-title">
      <h2 id="role-users-title">{m.roles.detail.usersTitle}</h2>
      {users.isPending ? <LoadingState label={m.roles.detail.usersLoading} /> : null}
      {users.isError ? (
        <ErrorState
          error={users.error}
          onRetry={() => void users.refetch()}
          title={m.roles.detail.usersError}
        />
      ) : null}
      {users.data && users.data.length === 0 ? <EmptyState title={m.roles.detail.usersEmpty} /> : null}
      {users.data && users.data.length > 0 ? (
        <>
          <p className="muted">{m.roles.detail.usersCount({ count: users.data.length })}</p>
          <ul className="chip-list">
            {users.data.map((user) => (
              <li key={user.userName}>
                <Link to={paths.user(user.userName, 'roles')} className="mono">
                  {user.userName}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function RoleVersions({ roleId }: { roleId: string }) {
  const m = useMessages();
  const versions = useQuery({ ...roleVersionsOptions(roleId), meta: { silentErrors: true } });
  return (
    <section className="panel" aria-labelledby="role-versions-title">
      <h2 id="role-versions-title">{m.roles.detail.versionsTitle}</h2>
      {versions.isPending ? <LoadingState label={m.roles.detail.versionsLoading} /> : null}
      {versions.isError ? (
        <ErrorState
          error={versions.error}
          onRetry={() => void versions.refetch()}
          title={m.roles.detail.versionsError}
        />
      ) : null}
      {versions.data && versions.data.length === 0 ? (
        <EmptyState title={m.roles.detail.versionsEmpty} />
      ) : null}
      {versions.data && versions.data.length > 0 ? (
        <ol className="role-versions">
          {versions.data.map((version, index) => (
            <li key={version.version ?? index}>
              <details>
                <summary>
                  <strong>{m.roles.detail.version({ version: version.version ?? index + 1 })}</strong>
                  {version.publishDateTime !== undefined ? (
                    <>
                      {' · '}
                      {m.roles.detail.published} <RelativeTime seconds={version.publishDateTime} />
                    </>
                  ) : null}
                </summary>
                {version.description ? <p>{version.description}</p> : null}
                {version.permission ? <pre className="code-block">{version.permission}</pre> : null}
              </details>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function DeleteRoleButton({ roleId }: { roleId: string }) {
  const m = useMessages();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const users = useQuery({ ...roleUsersOptions(roleId), meta: { silentErrors: true } });
  const removal = useDeleteRole(roleId);
  const names = users.data?.map((user) => user.userName) ?? [];
  return (
    <>
      <button
        type="button"
        className="button button--danger"
        disabled={!users.isSuccess}
        onClick={() => setOpen(true)}
      >
        {m.roles.detail.delete}
      </button>
      <ConfirmDialog
        open={open}
        title={m.roles.detail.deleteTitle({ roleId })}
        message={
          <>
            <p>{m.roles.detail.deleteBody({ count: names.length })}</p>
            <FormError error={removal.error} />
          </>
        }
        confirmLabel={m.roles.detail.deleteConfirm}
        pending={removal.isPending}
        onConfirm={() =>
          removal.mutate(names, {
            onSuccess: () => {
              setOpen(false);
              void navigate(paths.roles());
            },
          })
        }
        onCancel={() => {
          removal.reset();
          setOpen(false);
        }}
      />
    </>
  );
}
