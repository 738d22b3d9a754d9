// The SAM user resource: list, read, create, update and delete (User:*Users, User:*User).
import type { components } from '../schema.gen.ts';
import { isApiError } from '../api-error.ts';
import { apiClient, currentOperatorId, expectBody, expectNoBody, maybeBody } from '../client.ts';
import { userPath, type UserRef } from './user-ref.ts';

type Schemas = components['schemas'];
export type UserDetail = Schemas['UserDetail'];

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
