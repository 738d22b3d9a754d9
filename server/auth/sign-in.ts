// POST /auth: checks root, SAM-user (with MFA) or AuthKey credentials and opens a session.
import type { components } from '../../src/api/schema.gen.ts';
import { TOKEN_TIMEOUT_DEFAULT } from '../../src/lib/sam-rules.ts';
import { ApiFailure } from '../errors.ts';
import type { SamStore } from '../store/sam-store.ts';
import { verifySecret } from './credentials.ts';
import { openSession, unixSeconds } from './sessions.ts';
import { acceptTotp } from './totp.ts';

type SignInRequest = components['schemas']['SignInRequest'];
type SignInResponse = components['schemas']['SignInResponse'];

type Method = 'root' | 'samUser' | 'authKey';

function methodOf(body: SignInRequest): Method {
  const has = (value: unknown): boolean => value !== undefined;
  const root = has(body.email);
  const samUser = has(body.operatorId) || has(body.userName);
  const authKey = has(body.authKeyId) || has(body.authKey);
  const chosen = [root, samUser, authKey].filter(Boolean).length;
  if (chosen !== 1) throw new ApiFailure('SAM0007');
  if (root && has(body.password) && !has(body.mfaOTPCode)) return 'root';
  if (samUser && has(body.operatorId) && has(body.userName) && has(body.password)) return 'samUser';
  if (authKey && has(body.authKeyId) && has(body.authKey) && !has(body.password) && !has(body.mfaOTPCode))
    return 'authKey';
  throw new ApiFailure('SAM0007');
}

export async function signIn(store: SamStore, body: SignInRequest, now: Date): Promise<SignInResponse> {
  const timeout = body.tokenTimeoutSeconds ?? TOKEN_TIMEOUT_DEFAULT;
  const method = methodOf(body);

  if (method === 'root') {
    const operator = store.operators.findByEmail(body.email ?? '');
    if (!(await verifySecret(body.password ?? '', operator?.password_hash)) || !operator)
      throw new ApiFailure('SAM0101');
    const session = openSession(store, { operatorId: operator.operator_id }, timeout, now);
    return { ...session, operatorId: operator.operator_id };
  }

  if (method === 'samUser') {
    const operatorId = body.operatorId ?? '';
    const user = store.users.get(operatorId, body.userName ?? '');
    if (!(await verifySecret(body.password ?? '', user?.password_hash)) || !user)
      throw new ApiFailure('SAM0101');
    let step: number | null = null;
    if (user.mfa_status === 'ACTIVE') {
      if (body.mfaOTPCode === undefined || body.mfaOTPCode === '') throw new ApiFailure('SAM0104');
      step =
        user.mfa_secret === null
          ? null
          : acceptTotp(user.mfa_secret, body.mfaOTPCode, now, user.mfa_last_step);
      if (step === null) throw new ApiFailure('SAM0105');
    }
    const session = store.db.transaction(() => {
      if (step !== null && !store.users.claimMfaStep(operatorId, user.user_name, step))
        throw new ApiFailure('SAM0105');
      store.users.recordSignIn(operatorId, user.user_name, unixSeconds(now));
      return openSession(store, { operatorId, userName: user.user_name }, timeout, now);
    })();
    return { ...session, operatorId, userName: user.user_name };
  }

  const key = store.users.authKey(body.authKeyId ?? '');
  if (!(await verifySecret(body.authKey ?? '', key?.secret_hash)) || !key) throw new ApiFailure('SAM0101');
  const session = store.db.transaction(() => {
    store.users.touchAuthKey(key.auth_key_id, unixSeconds(now));
    store.users.recordSignIn(key.operator_id, key.user_name, unixSeconds(now));
    return openSession(
      store,
      { operatorId: key.operator_id, userName: key.user_name, authKeyId: key.auth_key_id },
      timeout,
      now,
    );
  })();
  return { ...session, operatorId: key.operator_id, userName: key.user_name };
}
