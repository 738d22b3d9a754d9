// A role's permission on its page: the shared workspace with the role as subject, the save review showing each attached user's change.
import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
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

export default function RolePermissionPanel({ roleId, readOnly }: { roleId: string; readOnly: boolean }) {
  const m = useMessages();
  const role = useQuery(roleDetailOptions(roleId));
  const catalogue = useQuery(apiCatalogueOptions());
  const defaults = useQuery({ ...defaultPermissionsOptions(), meta: { silentErrors: true } });
  const users = useQuery({ ...roleUsersOptions(roleId), meta: { silentErrors: true } });
  // Each attached user's other roles, so the review shows what really changes for them.
  const userRoles = useQueries({
    queries: (users.data ?? []).map((user) => ({
      ...userRolesOptions(user.userName),
      meta: { silentErrors: true },
    })),
  });
  const save = useSaveRolePermission(roleId, role.data?.description);

  const attachedUsers = useMemo<AttachedUser[] | null>(() => {
    if (!users.data || userRoles.some((query) => !query.data)) return null;
    return users.data.map((user, index) => ({
      userName: user.userName,
      ...(user.permission !== undefined ? { permission: user.permission } : {}),
      otherRoles: (userRoles[index]?.data ?? [])
        .filter((other) => other.roleId !== roleId)
        .map((other) => other.permission ?? ''),
    }));
  }, [users.data, userRoles, roleId]);

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
      attachedUsers={attachedUsers}
      otherUsersProblem={attachedUsers === null ? m.roles.detail.attachedUsersProblem : undefined}
      readOnly={readOnly}
    />
  );
}
