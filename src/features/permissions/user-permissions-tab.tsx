// The Permissions tab of a user: edit their permission document, simulate calls, see their effective access, apply at once.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { describeApiError, useSession } from '../../api/index.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { PermissionWorkspace } from './permission-workspace.tsx';
import { useCapabilities } from '../../queries/capabilities-queries.ts';
import { actionState } from '../../lib/capability-verdicts.ts';
import { RevokeTokensDialog } from './revoke-tokens-dialog.tsx';
import {
  apiCatalogueOptions,
  defaultPermissionsOptions,
  useDeleteUserPermission,
  useSaveUserPermission,
  userPermissionOptions,
  userRolesOptions,
} from './permissions-queries.ts';
import { useMessages } from '../../i18n/use-i18n.ts';

export default function UserPermissionsTab({ userName }: { userName: string }) {
  const permission = useQuery({ ...userPermissionOptions(userName), meta: { silentErrors: true } });
  const defaults = useQuery({ ...defaultPermissionsOptions(), meta: { silentErrors: true } });
  const catalogue = useQuery(apiCatalogueOptions());
  const roles = useQuery({ ...userRolesOptions(userName), meta: { silentErrors: true } });
  const removal = useDeleteUserPermission(userName);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  // Remounting the workspace after a delete starts the editor from the (now empty) stored document.
  const [generation, setGeneration] = useState(0);
  const saveMutation = useSaveUserPermission(userName);
  const [offerRevoke, setOfferRevoke] = useState(false);
  // Read through the store's hook: a sign-in as someone else re-renders who "you" are.
  const session = useSession();
  const messages = useMessages();
  const m = messages.permissions;
  const r = messages.roles.workspace;
  const capabilities = useCapabilities();

  if (permission.isPending || catalogue.isPending || defaults.isPending || roles.isPending)
    return <LoadingState label={m.tab.loading({ userName })} />;
  if (permission.isError)
    return (
      <ErrorState
        error={permission.error}
        onRetry={() => void permission.refetch()}
        title={m.tab.loadFailed}
      />
    );
  if (catalogue.isError)
    return (
      <ErrorState
        error={catalogue.error}
        onRetry={() => void catalogue.refetch()}
        title={m.page.catalogueFailed}
      />
    );

  return (
    <div className="user-permissions">
      <p className="section-intro">
        {m.tab.introBefore}
        <strong className="mono">{userName}</strong>
        {m.tab.introAfter}
        {roles.isSuccess && roles.data.length > 0 ? r.tabIntroRoles : null}
      </p>
      {roles.isError ? (
        <p className="notice notice--warning" role="note">
          {r.rolesNotLoaded({ userName, error: describeApiError(roles.error) })}
        </p>
      ) : null}
      {defaults.isError ? (
        <p className="notice notice--warning" role="note">
          {m.tab.defaultsFailed({ reason: describeApiError(defaults.error) })}
        </p>
      ) : null}
      <PermissionWorkspace
        key={generation}
        subject={{ kind: 'user', userName }}
        roles={
          roles.isSuccess
            ? roles.data.map((role) => ({ roleId: role.roleId ?? '', permission: role.permission ?? '' }))
            : undefined
        }
        stored={permission.data}
        defaults={defaults.isSuccess ? defaults.data : null}
        catalogue={catalogue.data}
        operatorId={session?.operatorId}
        signedInUserName={session?.userName}
        saveNeeds={actionState(capabilities.can('User:updateUserPermission', { userName })).needs}
        refreshStored={async () => (await permission.refetch({ throwOnError: true })).data}
        save={(text) => saveMutation.mutateAsync(text)}
        saving={saveMutation.isPending}
        saveError={saveMutation.error}
        resetSave={() => saveMutation.reset()}
        onSaved={() => setOfferRevoke(true)}
      />
      {permission.data !== '' ? (
        <div className="permission-delete">
          <button type="button" className="button button--danger" onClick={() => setConfirmingDelete(true)}>
            {r.deletePermission}
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirmingDelete}
        title={r.deletePermissionTitle({ userName })}
        message={
          <>
            <p>{r.deletePermissionBody({ userName })}</p>
            <FormError error={removal.error} />
          </>
        }
        confirmLabel={r.deletePermissionConfirm}
        pending={removal.isPending}
        onConfirm={() =>
          removal.mutate(undefined, {
            onSuccess: async () => {
              await permission.refetch();
              setConfirmingDelete(false);
              setGeneration((value) => value + 1);
              setOfferRevoke(true);
            },
          })
        }
        onCancel={() => {
          removal.reset();
          setConfirmingDelete(false);
        }}
      />
      {offerRevoke ? (
        <RevokeTokensDialog userNames={[userName]} subject="user" onClose={() => setOfferRevoke(false)} />
      ) : null}
    </div>
  );
}
