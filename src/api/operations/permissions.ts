// Permission documents: a SAM user's own and the operator's default permissions, read, replace and delete.
import type { components } from '../schema.gen.ts';
import { apiClient, currentOperatorId, expectBody, expectNoBody } from '../client.ts';
import { userPath, type UserRef } from './user-ref.ts';

type Schemas = components['schemas'];
export type UserPermission = Schemas['UserPermission'];
export type DefaultPermissions = Schemas['DefaultPermissions'];

export async function getUserPermission({ userName }: UserRef): Promise<UserPermission> {
  const op = 'User:getUserPermission' as const;
  return expectBody(
    op,
    apiClient().GET('/operators/{operator_id}/users/{user_name}/permission', {
      params: userPath(op, userName),
    }),
  );
}

export async function updateUserPermission({
  userName,
  permission,
  description,
}: UserRef & Schemas['UserPermissionUpdate']): Promise<void> {
  const op = 'User:updateUserPermission' as const;
  return expectNoBody(
    op,
    apiClient().PUT('/operators/{operator_id}/users/{user_name}/permission', {
      params: userPath(op, userName),
      body: description !== undefined ? { permission, description } : { permission },
    }),
  );
}

export async function getDefaultPermissions(): Promise<DefaultPermissions> {
  const op = 'User:getDefaultPermissions' as const;
  return expectBody(
    op,
    apiClient().GET('/operators/{operator_id}/users/default_permissions', {
      params: { path: { operator_id: currentOperatorId(op) } },
    }),
  );
}

export async function updateDefaultPermissions({
  permissions,
}: Schemas['DefaultPermissionsUpdate']): Promise<void> {
  const op = 'User:updateDefaultPermissions' as const;
  return expectNoBody(
    op,
    apiClient().PUT('/operators/{operator_id}/users/default_permissions', {
      params: { path: { operator_id: currentOperatorId(op) } },
      body: { permissions },
    }),
  );
}

export async function deleteUserPermission({ userName }: UserRef): Promise<void> {
  const op = 'User:deleteUserPermission' as const;
  return expectNoBody(
    op,
    apiClient().DELETE('/operators/{operator_id}/users/{user_name}/permission', {
      params: userPath(op, userName),
    }),
  );
}

export async function deleteDefaultPermissions(): Promise<void> {
  const op = 'User:deleteDefaultPermissions' as const;
  return expectNoBody(
    op,
    apiClient().DELETE('/operators/{operator_id}/users/default_permissions', {
      params: { path: { operator_id: currentOperatorId(op) } },
    }),
  );
}
