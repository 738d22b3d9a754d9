// A SAM user's AuthKeys: list, generate (the one answer with the secret), read and delete (User:*UserAuthKey*).
import type { components } from '../schema.gen.ts';
import { apiClient, expectBody, expectNoBody } from '../client.ts';
import { userPath, type UserRef } from './user-ref.ts';

type Schemas = components['schemas'];
export type AuthKey = Schemas['AuthKey'];
export type NewAuthKey = Schemas['NewAuthKey'];

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
