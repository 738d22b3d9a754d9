// POST /auth: checks root, SAM-user (with MFA) or AuthKey credentials and opens a session; throttled and audited.
import type { FastifyBaseLogger } from 'fastify';
import type { components } from '../../src/api/schema.gen.ts';
import { TOKEN_TIMEOUT_DEFAULT } from '../../src/lib/sam-rules.ts';
import { auditEntry } from '../audit/audit-trail.ts';
import { ApiFailure } from '../errors.ts';
import type { SamStore } from '../store/sam-store.ts';
import { verifySecret } from './credentials.ts';
import { openSession, unixSeconds, type SessionLimits } from './sessions.ts';
import { accountKey, addressKey, type SignInThrottle, type ThrottleKeys } from './sign-in-throttle.ts';
import { acceptTotp } from './totp.ts';

type SignInRequest = components['schemas']['SignInRequest'];
type SignInResponse = components['schemas']['SignInResponse'];

type Method = 'root' | 'samUser' | 'authKey';

export interface SignInDeps {
  store: SamStore;
  throttle: SignInThrottle;
  sessionLimits: SessionLimits;
}

/** Where an attempt comes from, for throttling, the audit log and the info log. */
export interface SignInAttempt {
  address: string;
  requestPath: string;
  log?: FastifyBaseLogger;
}

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

/** The account an attempt names, as the audit log and the throttle know it; never a secret. */
function accountOf(method: Method, body: SignInRequest): { account: string; key: string } {
  if (method === 'root') return { account: body.email ?? '', key: accountKey.root(body.email ?? '') };
  if (method === 'samUser') {
    const operatorId = body.operatorId ?? '';
    const userName = body.userName ?? '';
    return { account: `${operatorId}/${userName}`, key: accountKey.samUser(operatorId, userName) };
  }
  return { account: body.authKeyId ?? '', key: accountKey.authKey(body.authKeyId ?? '') };
}

export async function signIn(
  deps: SignInDeps,
  body: SignInRequest,
  now: Date,
  attempt: SignInAttempt,
): Promise<SignInResponse> {
  const method = methodOf(body);
  const { account, key: throttleKey } = accountOf(method, body);
  const keys: ThrottleKeys = { account: throttleKey, address: addressKey(attempt.address) };
  // A waiting (or already busy) account or address is refused before any secret is hashed, so a flood costs little.
  return deps.throttle.guard(keys, unixSeconds(now), () =>
    checkAndOpen(deps, body, now, attempt, method, account, keys),
  );
}

async function checkAndOpen(
  deps: SignInDeps,
  body: SignInRequest,
  now: Date,
  attempt: SignInAttempt,
  method: Method,
  account: string,
  keys: ThrottleKeys,
): Promise<SignInResponse> {
  const { store, throttle } = deps;
  const timeout = body.tokenTimeoutSeconds ?? TOKEN_TIMEOUT_DEFAULT;
  const nowSeconds = unixSeconds(now);

  const audit = (
    operatorId: string | null,
    userName: string | null,
    statusCode: number,
    reason: string,
    /** The SAM user whose account was tried, when it exists: their history lists the attempt. */
    targetUserName: string | null,
  ): void => {
    store.audit.insert(
      auditEntry(
        { operatorId, userName, address: attempt.address, requestPath: attempt.requestPath },
        { event: 'auth', statusCode, account, targetUserName, detail: { method, reason } },
        now.getTime(),
      ),
    );
  };

  /** Counts and audits a failed check in one transaction, logs it at info, and answers with `code`. */
  const fail = (
    operatorId: string | null,
    code: 'SAM0101' | 'SAM0105',
    reason: string,
    targetUserName: string | null = null,
  ): never => {
    store.db.transaction(() => {
      throttle.recordFailure(keys, nowSeconds);
      audit(operatorId, null, 401, reason, targetUserName);
    })();
    attempt.log?.info({ method, account, address: attempt.address, reason }, 'sign-in failed');
    throw new ApiFailure(code);
  };

  /** Opens the session, clears the account's failures and audits the success, all or nothing. */
  const succeed = (
    open: () => { apiKey: string; token: string },
    operatorId: string,
    userName: string | null,
  ) =>
    store.db.transaction(() => {
      const session = open();
      throttle.recordSuccess(keys);
      audit(operatorId, userName, 200, 'ok', userName);
      return session;
    })();

  if (method === 'root') {
    const operator = store.operators.findByEmail(body.email ?? '');
    if (!(await verifySecret(body.password ?? '', operator?.password_hash)) || !operator)
      return fail(operator?.operator_id ?? null, 'SAM0101', 'credentials');
    const session = succeed(
      () => openSession(store, { operatorId: operator.operator_id }, timeout, now, deps.sessionLimits),
      operator.operator_id,
      null,
    );
    return { ...session, operatorId: operator.operator_id };
  }

  if (method === 'samUser') {
    const operatorId = body.operatorId ?? '';
    const user = store.users.get(operatorId, body.userName ?? '');
    const knownOperator = store.operators.get(operatorId) ? operatorId : null;
    if (!(await verifySecret(body.password ?? '', user?.password_hash)) || !user)
      return fail(knownOperator, 'SAM0101', 'credentials', user?.user_name ?? null);
    let step: number | null = null;
    if (user.mfa_status === 'ACTIVE') {
      // The password was right; the console asks for the code next. Not a failure to count.
      if (body.mfaOTPCode === undefined || body.mfaOTPCode === '') throw new ApiFailure('SAM0104');
      step =
        user.mfa_secret === null
          ? null
          : acceptTotp(user.mfa_secret, body.mfaOTPCode, now, user.mfa_last_step);
      if (step === null) return fail(operatorId, 'SAM0105', 'mfaCode', user.user_name);
    }
    const claimed = step;
    const session = succeed(
      () => {
        if (claimed !== null && !store.users.claimMfaStep(operatorId, user.user_name, claimed))
          throw new ApiFailure('SAM0105');
        store.users.recordSignIn(operatorId, user.user_name, nowSeconds);
        return openSession(store, { operatorId, userName: user.user_name }, timeout, now, deps.sessionLimits);
      },
      operatorId,
      user.user_name,
    );
    return { ...session, operatorId, userName: user.user_name };
  }

  const key = store.users.authKey(body.authKeyId ?? '');
  if (!(await verifySecret(body.authKey ?? '', key?.secret_hash)) || !key)
    return fail(key?.operator_id ?? null, 'SAM0101', 'credentials', key?.user_name ?? null);
  const session = succeed(
    () => {
      store.users.touchAuthKey(key.auth_key_id, nowSeconds);
      store.users.recordSignIn(key.operator_id, key.user_name, nowSeconds);
      return openSession(
        store,
        { operatorId: key.operator_id, userName: key.user_name, authKeyId: key.auth_key_id },
        timeout,
        now,
        deps.sessionLimits,
      );
    },
    key.operator_id,
    key.user_name,
  );
  return { ...session, operatorId: key.operator_id, userName: key.user_name };
}
