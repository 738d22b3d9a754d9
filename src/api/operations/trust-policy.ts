// A SAM user's trust policy (who may switch to the user): read, replace and delete (User:*UserTrustPolicy).
import { apiClient, expectNoBody, maybeBody } from '../client.ts';
import { userPath, type UserRef } from './user-ref.ts';

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
