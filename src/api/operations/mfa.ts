// A SAM user's MFA: enrol (the TOTP URI is a secret), verify, read the status, revoke (User:*UserMFA*).
import type { components } from '../schema.gen.ts';
import { apiClient, expectBody, expectNoBody } from '../client.ts';
import { userPath, type UserRef } from './user-ref.ts';

type Schemas = components['schemas'];
export type MfaStatusAnswer = Schemas['MfaStatus'];
export type MfaEnrolment = Schemas['MfaEnrolment'];

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
