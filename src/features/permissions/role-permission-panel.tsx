// A role's permission on its page: the shared workspace with the role as subject, the save review showing each attached user's change.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { readSession } from '../../api/index.ts';
import {
  apiCatalogueOptions,
  defaultPermissionsOptions,
  roleDetailOptions,
  roleUsersOptions,
  userRolesOptions,
} from '../../queries/role-queries.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { useMessages } from '../../i18n/use-i18n.ts';
import { PermissionWorkspace } from './permission-workspace.tsx';
import type { AttachedUser } from './save-review.ts';
import { useSaveRolePermission } from './permissions-queries.ts';

/** A user's roles read for one review are reused by the next review within this time. */
const REVIEW_FRESH_MS = 30_000;

export default function RolePermissionPanel({ roleId, readOnly }: { roleId: string; readOnly: boolean }) {
  const m = useMessages();
  const role = useQuery(roleDetailOptions(roleId));
  const catalogue = useQuery(apiCatalogueOptions());
  const defaults = useQuery({ ...defaultPermissionsOptions(), meta: { silentErrors: true } });
  const client = useQueryClient();
  const save = useSaveRolePermission(roleId, role.data?.description);

  // Each attached user's other roles, so the review shows what really changes for them. Read when the review opens,
  // not with the page: Soracom has no call that lists them for many users, so it is one listUserRoles per user.
  const loadAttachedUsers = async (): Promise<AttachedUser[]> => {
    const users = await client.fetchQuery({ ...roleUsersOptions(roleId), staleTime: 0 });
    const others = await Promise.all(
      users.map((user) =>
        client.fetchQuery({ ...userRolesOptions(user.userName), staleTime: REVIEW_FRESH_MS }),
      ),
    );
    return users.map((user, index) => ({
      userName: user.userName,
      ...(user.permission !== undefined ? { permission: user.permission } : {}),
      otherRoles: (others[index] ?? [])
        .filter((other) => other.roleId !== roleId)
        .map((other) => other.permission ?? ''),
    }));
  };

  if (role.isPending || catalogue.isPending)
    return <LoadingState label={m.roles.detail.loading({ roleId })} />;
  if (role.isError)
    return (
      <ErrorState error={role.error} onRetry={() => void role.refetch()} title={m.roles.detail.loadError} />
    );
  if (catalogue.isError)
    return (
      <ErrorState
        error={catalogue.error}
        onRetry={() => void catalogue.refetch()}
        title={m.roles.detail.loadError}
      />
    );

  return (
    <PermissionWorkspace
      subject={{ kind: 'role', roleId }}
      stored={role.data.permission ?? ''}
      defaults={defaults.isSuccess ? defaults.data : null}
      catalogue={catalogue.data}
      operatorId={readSession()?.operatorId}
      refreshStored={async () => (await role.refetch({ throwOnError: true })).data?.permission}
      save={(text) => save.mutateAsync(text)}
      saving={save.isPending}
      saveError={save.error}
      resetSave={() => save.reset()}
      loadAttachedUsers={loadAttachedUsers}
      otherUsersProblem={m.roles.detail.attachedUsersProblem}
      readOnly={readOnly}
    />
  );
}
