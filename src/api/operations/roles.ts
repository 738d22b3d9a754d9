// Roles: the operator's (and Soracom's managed) roles, their versions, and attaching them to SAM users (Role:*).
import type { components } from '../schema.gen.ts';
import { apiClient, currentOperatorId, expectBody, expectNoBody, maybeBody } from '../client.ts';
import { userPath, type UserRef } from './user-ref.ts';
import type { UserDetail } from './users.ts';

type Schemas = components['schemas'];

export type Role = Schemas['Role'];
export type RoleDetail = Schemas['RoleDetail'];
export type RoleVersion = Schemas['RoleVersion'];

interface RoleRef {
  roleId: string;
}

function rolePath(operation: `${string}:${string}`, roleId: string) {
  return { path: { operator_id: currentOperatorId(operation), role_id: roleId } };
}

/** The operator's roles; `owner: 'all'` adds Soracom managed roles (an upstream has them, the sandbox not). */
export async function listRoles({ owner }: { owner?: 'operator' | 'soracom' | 'all' } = {}): Promise<Role[]> {
  const op = 'Role:listRoles' as const;
  return expectBody(
    op,
    apiClient().GET('/operators/{operator_id}/roles', {
      params: { path: { operator_id: currentOperatorId(op) }, ...(owner ? { query: { owner } } : {}) },
    }),
  );
}

export async function getRole({ roleId }: RoleRef): Promise<RoleDetail> {
  const op = 'Role:getRole' as const;
  return expectBody(
    op,
    apiClient().GET('/operators/{operator_id}/roles/{role_id}', { params: rolePath(op, roleId) }),
  );
}

/** Creates the role; Soracom answers `{roleId}`, which the console does not need, so a body-less 2xx is fine. */
export async function createRole({
  roleId,
  permission,
  description,
}: RoleRef & { permission: string; description?: string }): Promise<void> {
  const op = 'Role:createRole' as const;
  await maybeBody(
    op,
    apiClient().POST('/operators/{operator_id}/roles/{role_id}', {
      params: rolePath(op, roleId),
      body: description !== undefined ? { permission, description } : { permission },
    }),
  );
}

export async function updateRole({
  roleId,
  permission,
  description,
}: RoleRef & { permission: string; description?: string }): Promise<void> {
  const op = 'Role:updateRole' as const;
  return expectNoBody(
    op,
    apiClient().PUT('/operators/{operator_id}/roles/{role_id}', {
      params: rolePath(op, roleId),
      body: description !== undefined ? { permission, description } : { permission },
    }),
  );
}

export async function deleteRole({ roleId }: RoleRef): Promise<void> {
  const op = 'Role:deleteRole' as const;
  return expectNoBody(
    op,
    apiClient().DELETE('/operators/{operator_id}/roles/{role_id}', { params: rolePath(op, roleId) }),
  );
}

export async function listRoleAttachedUsers({ roleId }: RoleRef): Promise<UserDetail[]> {
  const op = 'Role:listRoleAttachedUsers' as const;
  return expectBody(
    op,
    apiClient().GET('/operators/{operator_id}/roles/{role_id}/users', { params: rolePath(op, roleId) }),
  );
}

/** Versions of a Soracom managed role (an SRN ID); an operator's own role has none. */
export async function listRoleVersions({ roleId }: RoleRef): Promise<RoleVersion[]> {
  const op = 'Role:listRoleVersions' as const;
  return expectBody(
    op,
    apiClient().GET('/operators/{operator_id}/roles/{role_id}/versions', { params: rolePath(op, roleId) }),
  );
}

export async function listUserRoles({ userName }: UserRef): Promise<RoleDetail[]> {
  const op = 'Role:listUserRoles' as const;
  return expectBody(
    op,
    apiClient().GET('/operators/{operator_id}/users/{user_name}/roles', { params: userPath(op, userName) }),
  );
}

export async function attachRole({ userName, roleId }: UserRef & RoleRef): Promise<void> {
  const op = 'Role:attachRole' as const;
  return expectNoBody(
    op,
    apiClient().POST('/operators/{operator_id}/users/{user_name}/roles', {
      params: userPath(op, userName),
      body: { roleId },
    }),
  );
}

export async function detachRole({ userName, roleId }: UserRef & RoleRef): Promise<void> {
  const op = 'Role:detachRole' as const;
  return expectNoBody(
    op,
    apiClient().DELETE('/operators/{operator_id}/users/{user_name}/roles/{role_id}', {
      params: { path: { ...userPath(op, userName).path, role_id: roleId } },
    }),
  );
}
