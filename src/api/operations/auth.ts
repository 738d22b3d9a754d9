// Signing in and out, renewing and revoking tokens, and switching to another user (Auth:*, Operator:generateAuthToken).
import type { components } from '../schema.gen.ts';
import { SWITCH_TIMEOUT_MAX, TOKEN_TIMEOUT_DEFAULT } from '../../lib/sam-rules.ts';
import { apiClient, currentOperatorId, expectBody, expectNoBody } from '../client.ts';
import { userPath, type UserRef } from './user-ref.ts';

type Schemas = components['schemas'];
/** The generated type makes the defaulted tokenTimeoutSeconds required; callers may leave it out. */
export type SignInRequest = Omit<Schemas['SignInRequest'], 'tokenTimeoutSeconds'> & {
  tokenTimeoutSeconds?: number;
};
export type SignInResponse = Schemas['SignInResponse'];

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

export async function revokeUserAuthTokens({ userName }: UserRef): Promise<void> {
  const op = 'User:revokeUserAuthTokens' as const;
  return expectNoBody(
    op,
    apiClient().DELETE('/operators/{operator_id}/users/{user_name}/tokens', {
      params: userPath(op, userName),
    }),
  );
}
