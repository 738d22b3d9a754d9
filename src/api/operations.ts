// One function per API operation, named after its operationId; the operator comes from the current session.
// All are async, so even "no session" arrives as a rejected promise, like any other failure.
import type { components } from './schema.gen.ts';
import { SWITCH_TIMEOUT_MAX, TOKEN_TIMEOUT_DEFAULT } from '../lib/sam-rules.ts';
import { isApiError } from './api-error.ts';
import {
  apiClient,
  rootClient,
  currentOperatorId,
  expectBody,
  expectBodyAndHeaders,
  expectNoBody,
  maybeBody,
} from './client.ts';

type Schemas = components['schemas'];
export type UserDetail = Schemas['UserDetail'];
export type AuthKey = Schemas['AuthKey'];
export type NewAuthKey = Schemas['NewAuthKey'];
/** The generated type makes the defaulted tokenTimeoutSeconds required; callers may leave it out. */
export type SignInRequest = Omit<Schemas['SignInRequest'], 'tokenTimeoutSeconds'> & {
  tokenTimeoutSeconds?: number;
};
export type SignInResponse = Schemas['SignInResponse'];
export type MfaStatusAnswer = Schemas['MfaStatus'];
export type MfaEnrolment = Schemas['MfaEnrolment'];
export type ConsoleConfig = Schemas['ConsoleConfig'];
export type UserPermission = Schemas['UserPermission'];
export type DefaultPermissions = Schemas['DefaultPermissions'];
export type ApiAuditLogEntry = Schemas['ApiAuditLogEntry'];

interface UserRef {
  userName: string;
}

function userPath(operation: `${string}:${string}`, userName: string) {
  return { path: { operator_id: currentOperatorId(operation), user_name: userName } };
}

// --- Auth and tokens ---

/** POST /auth: sign in (root, SAM user with optional MFA code, or AuthKey). Does not store the session. */
export async function auth({
  tokenTimeoutSeconds = TOKEN_TIMEOUT_DEFAULT,
  ...credentials
}: SignInRequest): Promise<SignInResponse> {
  return expectBody(
    'Auth:auth',
    apiClient().POST('/auth', { body: { ...credentials, tokenTimeoutSeconds } }),
    false,
  );
}

/** POST /auth/logout: end the current session's key and token. */
export async function logout(): Promise<void> {
  return expectNoBody('Auth:logout', apiClient().POST('/auth/logout'), false);
}

/** POST /operators/{id}/token: swap the token for a new one on the same API key. */
export async function generateAuthToken({
  tokenTimeoutSeconds = TOKEN_TIMEOUT_DEFAULT,
}: { tokenTimeoutSeconds?: number } = {}) {
  const op = 'Operator:generateAuthToken' as const;
  return expectBody(
    op,
    apiClient().POST('/operators/{operator_id}/token', {
      params: { path: { operator_id: currentOperatorId(op) } },
      body: { tokenTimeoutSeconds },
    }),
  );
}

// --- Users ---

export async function listUsers(): Promise<UserDetail[]> {
  const op = 'User:listUsers' as const;
  return expectBody(
    op,
    apiClient().GET('/operators/{operator_id}/users', {
      params: { path: { operator_id: currentOperatorId(op) } },
    }),
  );
}

export async function getUser({ userName }: UserRef): Promise<UserDetail> {
  const op = 'User:getUser' as const;
  return expectBody(
    op,
    apiClient().GET('/operators/{operator_id}/users/{user_name}', { params: userPath(op, userName) }),
  );
}

/** Creates the user and returns it; when the server sends no body (as Soracom may), reads it back. */
export async function createUser({
  userName,
  description,
}: UserRef & { description?: string }): Promise<UserDetail> {
  const op = 'User:createUser' as const;
  const created = await maybeBody(
    op,
    apiClient().POST('/operators/{operator_id}/users/{user_name}', {
      params: userPath(op, userName),
      body: description !== undefined ? { description } : {},
    }),
  );
  return created ?? getUser({ userName });
}

/**
 * Saves the description. Soracom documents no body for this answer: when none comes, the user is
 * read back; when that read is refused (a principal may update without getUser), the answer is
 * undefined and the caller keeps what it sent.
 */
export async function updateUser({
  userName,
  description,
}: UserRef & { description: string }): Promise<UserDetail | undefined> {
  const op = 'User:updateUser' as const;
  const updated = await maybeBody(
    op,
    apiClient().PUT('/operators/{operator_id}/users/{user_name}', {
      params: userPath(op, userName),
      body: { description },
    }),
  );
  if (updated) return updated;
  try {
    return await getUser({ userName });
  } catch (error) {
    // The write succeeded; only a failed read back of a user we may not read is forgiven.
    if (isApiError(error) && error.status === 403) return undefined;
    throw error;
  }
}

export async function deleteUser({ userName }: UserRef): Promise<void> {
  const op = 'User:deleteUser' as const;
  return expectNoBody(
    op,
    apiClient().DELETE('/operators/{operator_id}/users/{user_name}', { params: userPath(op, userName) }),
  );
}

// --- Console password ---

export async function hasUserPassword({ userName }: UserRef): Promise<Schemas['PasswordPresence']> {
  const op = 'User:hasUserPassword' as const;
  return expectBody(
    op,
    apiClient().GET('/operators/{operator_id}/users/{user_name}/password', {
      params: userPath(op, userName),
    }),
  );
}

export async function createUserPassword({
  userName,
  password,
}: UserRef & { password: string }): Promise<void> {
  const op = 'User:createUserPassword' as const;
  return expectNoBody(
    op,
    apiClient().POST('/operators/{operator_id}/users/{user_name}/password', {
      params: userPath(op, userName),
      body: { password },
    }),
  );
}

export async function updateUserPassword({
  userName,
  currentPassword,
  newPassword,
}: UserRef & Schemas['PasswordChange']): Promise<void> {
  const op = 'User:updateUserPassword' as const;
  return expectNoBody(
    op,
    apiClient().PUT('/operators/{operator_id}/users/{user_name}/password', {
      params: userPath(op, userName),
      body: { currentPassword, newPassword },
    }),
  );
}

export async function deleteUserPassword({ userName }: UserRef): Promise<void> {
  const op = 'User:deleteUserPassword' as const;
  return expectNoBody(
    op,
    apiClient().DELETE('/operators/{operator_id}/users/{user_name}/password', {
      params: userPath(op, userName),
    }),
  );
}

// --- AuthKeys ---

export async function listUserAuthKeys({ userName }: UserRef): Promise<AuthKey[]> {
  const op = 'User:listUserAuthKeys' as const;
  return expectBody(
    op,
    apiClient().GET('/operators/{operator_id}/users/{user_name}/auth_keys', {
      params: userPath(op, userName),
    }),
  );
}

/** The only answer that ever carries the secret: keep it in the mutation result, never in the query cache. */
export async function generateUserAuthKey({ userName }: UserRef): Promise<NewAuthKey> {
  const op = 'User:generateUserAuthKey' as const;
  return expectBody(
    op,
    apiClient().POST('/operators/{operator_id}/users/{user_name}/auth_keys', {
      params: userPath(op, userName),
    }),
  );
}

export async function getUserAuthKey({
  userName,
  authKeyId,
}: UserRef & { authKeyId: string }): Promise<AuthKey> {
  const op = 'User:getUserAuthKey' as const;
  return expectBody(
    op,
    apiClient().GET('/operators/{operator_id}/users/{user_name}/auth_keys/{auth_key_id}', {
      params: { path: { ...userPath(op, userName).path, auth_key_id: authKeyId } },
    }),
  );
}

export async function deleteUserAuthKey({
  userName,
  authKeyId,
}: UserRef & { authKeyId: string }): Promise<void> {
  const op = 'User:deleteUserAuthKey' as const;
  return expectNoBody(
    op,
    apiClient().DELETE('/operators/{operator_id}/users/{user_name}/auth_keys/{auth_key_id}', {
      params: { path: { ...userPath(op, userName).path, auth_key_id: authKeyId } },
    }),
  );
}

// --- Permissions ---

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

// --- MFA ---

/** Starts enrolment; the TOTP URI is a secret: keep it in the mutation result only. */
export async function enableUserMFA({ userName }: UserRef): Promise<MfaEnrolment> {
  const op = 'User:enableUserMFA' as const;
  return expectBody(
    op,
    apiClient().POST('/operators/{operator_id}/users/{user_name}/mfa', { params: userPath(op, userName) }),
  );
}

export async function verifyUserMFA({
  userName,
  mfaOTPCode,
}: UserRef & { mfaOTPCode: string }): Promise<void> {
  const op = 'User:verifyUserMFA' as const;
  return expectNoBody(
    op,
    apiClient().POST('/operators/{operator_id}/users/{user_name}/mfa/verify', {
      params: userPath(op, userName),
      body: { mfaOTPCode },
    }),
  );
}

export async function getUserMFAStatus({ userName }: UserRef): Promise<MfaStatusAnswer> {
  const op = 'User:getUserMFAStatus' as const;
  return expectBody(
    op,
    apiClient().GET('/operators/{operator_id}/users/{user_name}/mfa', { params: userPath(op, userName) }),
  );
}

export async function revokeUserMFA({ userName }: UserRef): Promise<void> {
  const op = 'User:revokeUserMFA' as const;
  return expectNoBody(
    op,
    apiClient().DELETE('/operators/{operator_id}/users/{user_name}/mfa', { params: userPath(op, userName) }),
  );
}

// --- Tokens of a user ---

export async function revokeUserAuthTokens({ userName }: UserRef): Promise<void> {
  const op = 'User:revokeUserAuthTokens' as const;
  return expectNoBody(
    op,
    apiClient().DELETE('/operators/{operator_id}/users/{user_name}/tokens', {
      params: userPath(op, userName),
    }),
  );
}

// --- Console ---

/** GET /config.json: local sandbox or Soracom (and coverage), plus the demo sign-in in local mode. */
export async function getConsoleConfig(): Promise<ConsoleConfig> {
  return expectBody('Console:getConsoleConfig', rootClient().GET('/config.json'), false);
}

// --- Deleting permission documents ---

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

// --- Roles ---

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

// --- Trust policy and switching user ---

/** The user's trust policy ('' when none; Soracom may leave the field out). */
export async function getUserTrustPolicy({ userName }: UserRef): Promise<string> {
  const op = 'User:getUserTrustPolicy' as const;
  const answer = await maybeBody(
    op,
    apiClient().GET('/operators/{operator_id}/users/{user_name}/trust_policy', {
      params: userPath(op, userName),
    }),
  );
  return answer?.trustPolicy ?? '';
}

export async function updateUserTrustPolicy({
  userName,
  trustPolicy,
}: UserRef & { trustPolicy: string }): Promise<void> {
  const op = 'User:updateUserTrustPolicy' as const;
  return expectNoBody(
    op,
    apiClient().PUT('/operators/{operator_id}/users/{user_name}/trust_policy', {
      params: userPath(op, userName),
      body: { trustPolicy },
    }),
  );
}

export async function deleteUserTrustPolicy({ userName }: UserRef): Promise<void> {
  const op = 'User:deleteUserTrustPolicy' as const;
  return expectNoBody(
    op,
    apiClient().DELETE('/operators/{operator_id}/users/{user_name}/trust_policy', {
      params: userPath(op, userName),
    }),
  );
}

/** POST /auth/switch_user with the current session: a session of the target user. Does not store it. */
export async function switchUser({
  operatorId,
  userName,
  tokenTimeoutSeconds = SWITCH_TIMEOUT_MAX,
}: {
  operatorId: string;
  userName: string;
  tokenTimeoutSeconds?: number;
}): Promise<SignInResponse> {
  return expectBody(
    'Auth:switchUser',
    apiClient().POST('/auth/switch_user', { body: { operatorId, userName, tokenTimeoutSeconds } }),
  );
}

// --- Audit log ---

export interface AuditLogPage {
  entries: ApiAuditLogEntry[];
  /** Pass as lastEvaluatedKey for the next (older) page; absent on the last page. */
  nextKey?: string;
}

/**
 * GET /audit_logs/api: the operator's log, newest first. `userName` and `events` are the local
 * API's own filters (Soracom's API has neither); leave them out against Soracom.
 */
export async function getApiAuditLogs(
  options: { userName?: string; events?: readonly string[]; lastEvaluatedKey?: string; limit?: number } = {},
): Promise<AuditLogPage> {
  const query = {
    ...(options.limit === undefined ? {} : { limit: options.limit }),
    ...(options.lastEvaluatedKey === undefined ? {} : { last_evaluated_key: options.lastEvaluatedKey }),
    ...(options.userName === undefined ? {} : { user_name: options.userName }),
    ...(options.events === undefined || options.events.length === 0
      ? {}
      : { event: options.events.join(',') }),
  };
  const { data, headers } = await expectBodyAndHeaders(
    'AuditLog:getApiAuditLogs',
    apiClient().GET('/audit_logs/api', { params: { query } }),
  );
  const nextKey = headers.get('x-soracom-next-key');
  return { entries: data, ...(nextKey ? { nextKey } : {}) };
}
