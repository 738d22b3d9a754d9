// The query-key hierarchy of everything hanging off a SAM user (and the console's own data), one factory for every feature.
// Features build their queryOptions on these; invalidating a prefix (e.g. detail(name)) refreshes all below it.
export const userKeys = {
  all: ['users'] as const,
  list: () => [...userKeys.all, 'list'] as const,
  detail: (userName: string) => [...userKeys.all, 'detail', userName] as const,
  password: (userName: string) => [...userKeys.detail(userName), 'password'] as const,
  mfa: (userName: string) => [...userKeys.detail(userName), 'mfa'] as const,
  authKeys: (userName: string) => [...userKeys.detail(userName), 'auth-keys'] as const,
  authKey: (userName: string, authKeyId: string) => [...userKeys.authKeys(userName), authKeyId] as const,
  permission: (userName: string) => [...userKeys.detail(userName), 'permission'] as const,
  roles: (userName: string) => [...userKeys.detail(userName), 'roles'] as const,
  trustPolicy: (userName: string) => [...userKeys.detail(userName), 'trust-policy'] as const,
  defaultPermissions: () => [...userKeys.all, 'default-permissions'] as const,
};

export const consoleKeys = {
  config: () => ['console', 'config'] as const,
  /** The permission engine's API catalogue: static data, not tied to a session. */
  apiCatalogue: () => ['console', 'api-catalogue'] as const,
};

/** Roles: the list, one role (its document), its attached users, its versions (Soracom managed roles). */
export const roleKeys = {
  all: ['roles'] as const,
  list: () => [...roleKeys.all, 'list'] as const,
  detail: (roleId: string) => [...roleKeys.all, 'detail', roleId] as const,
  users: (roleId: string) => [...roleKeys.detail(roleId), 'users'] as const,
  versions: (roleId: string) => [...roleKeys.detail(roleId), 'versions'] as const,
};

/** The audit log: pages of entries, by filter (the local API's user and event filters). */
export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: { userName?: string; events?: readonly string[] }) =>
    [...auditKeys.all, 'list', filter.userName ?? null, filter.events?.join(',') ?? null] as const,
};

export const sessionKeys = {
  /**
   * What the signed-in principal may do, read once per token: a token carries the permissions as they were when it
   * was issued, and a renewed one takes them as they are then, so its documents are read again.
   */
  capabilities: (apiKey: string, token: string) => ['session', apiKey, 'capabilities', token] as const,
};
