// A SAM user's console password: whether one is set, set, change and delete (User:*UserPassword).
import type { components } from '../schema.gen.ts';
import { apiClient, expectBody, expectNoBody } from '../client.ts';
import { userPath, type UserRef } from './user-ref.ts';

type Schemas = components['schemas'];

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
