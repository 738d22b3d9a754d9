// API seeding over HTTP with root credentials, so specs set up data without clicking through the UI.
import type { APIRequestContext } from '@playwright/test';
import { E2E_BASE_URL, E2E_ROOT } from './env.ts';

export interface ApiSession {
  apiKey: string;
  token: string;
  operatorId: string;
  userName?: string;
  /** The headers every authenticated call needs. */
  headers: Record<string, string>;
}

async function expectOk(
  response: { ok(): boolean; status(): number; text(): Promise<string> },
  what: string,
) {
  if (!response.ok()) throw new Error(`${what} failed with ${response.status()}: ${await response.text()}`);
}

/** signInViaApi(request, credentials?): POST /v1/auth (root by default) and answer the session with ready headers. */
export async function signInViaApi(
  request: APIRequestContext,
  credentials: Record<string, string | number> = { email: E2E_ROOT.email, password: E2E_ROOT.password },
): Promise<ApiSession> {
  const response = await request.post(`${E2E_BASE_URL}/v1/auth`, { data: credentials });
  await expectOk(response, 'sign-in');
  const body = (await response.json()) as {
    apiKey: string;
    token: string;
    operatorId: string;
    userName?: string;
  };
  return { ...body, headers: { 'X-Soracom-API-Key': body.apiKey, 'X-Soracom-Token': body.token } };
}

/** A user name unique to this run and test, e.g. uniqueUserName('edit') → 'e2e-edit-lx3k9a-4821'. */
export function uniqueUserName(label: string): string {
  return `e2e-${label}-${Date.now().toString(36)}-${Math.floor(Math.random() * 10000)}`;
}

/** operatorUrl(session, '/roles'): the API address of something of the session's operator. */
export function operatorUrl(session: ApiSession, rest: string): string {
  return `${E2E_BASE_URL}/v1/operators/${session.operatorId}${rest}`;
}

/** userUrl(session, userName, '/permission'): the API address of a user of the session's operator, or of a part of it. */
export function userUrl(session: ApiSession, userName: string, rest = ''): string {
  return operatorUrl(session, `/users/${encodeURIComponent(userName)}${rest}`);
}

/** createUserViaApi(request, {userName, description?, password?}): creates a user as root (and sets a password if given); answers the root session used. */
export async function createUserViaApi(
  request: APIRequestContext,
  user: { userName: string; description?: string; password?: string },
  session?: ApiSession,
): Promise<ApiSession> {
  const root = session ?? (await signInViaApi(request));
  const created = await request.post(userUrl(root, user.userName), {
    headers: root.headers,
    data: user.description !== undefined ? { description: user.description } : {},
  });
  await expectOk(created, `createUser ${user.userName}`);
  if (user.password !== undefined) {
    const password = await request.post(userUrl(root, user.userName, '/password'), {
      headers: root.headers,
      data: { password: user.password },
    });
    await expectOk(password, `createUserPassword ${user.userName}`);
  }
  return root;
}

/** generateAuthKeyViaApi(request, userName): a new AuthKey of the user as root; answers {authKeyId, authKey}. */
export async function generateAuthKeyViaApi(
  request: APIRequestContext,
  userName: string,
  session?: ApiSession,
) {
  const root = session ?? (await signInViaApi(request));
  const response = await request.post(userUrl(root, userName, '/auth_keys'), { headers: root.headers });
  await expectOk(response, `generateUserAuthKey ${userName}`);
  return (await response.json()) as { authKeyId: string; authKey: string };
}

/** enableMfaViaApi(request, userName, codeFor): enrols and confirms MFA; `codeFor(totpUri)` answers a current code. */
export async function enableMfaViaApi(
  request: APIRequestContext,
  userName: string,
  codeFor: (totpUri: string) => string,
  session?: ApiSession,
): Promise<{ totpUri: string }> {
  const root = session ?? (await signInViaApi(request));
  const enabled = await request.post(userUrl(root, userName, '/mfa'), { headers: root.headers });
  await expectOk(enabled, `enableUserMFA ${userName}`);
  const { totpUri } = (await enabled.json()) as { totpUri: string };
  const verified = await request.post(userUrl(root, userName, '/mfa/verify'), {
    headers: root.headers,
    data: { mfaOTPCode: codeFor(totpUri) },
  });
  await expectOk(verified, `verifyUserMFA ${userName}`);
  return { totpUri };
}

/** logoutViaApi(request, {apiKey, token}): ends a session behind the page's back (to test expiry). */
export async function logoutViaApi(
  request: APIRequestContext,
  credentials: { apiKey: string; token: string },
): Promise<void> {
  const response = await request.post(`${E2E_BASE_URL}/v1/auth/logout`, {
    headers: { 'X-Soracom-API-Key': credentials.apiKey, 'X-Soracom-Token': credentials.token },
  });
  await expectOk(response, 'logout');
}

/** getUserViaApi(request, userName): the user as the API has it now, or null when it does not exist. */
export async function getUserViaApi(request: APIRequestContext, userName: string, session?: ApiSession) {
  const root = session ?? (await signInViaApi(request));
  const response = await request.get(userUrl(root, userName), { headers: root.headers });
  if (response.status() === 404) return null;
  await expectOk(response, `getUser ${userName}`);
  return (await response.json()) as {
    userName: string;
    description?: string;
    hasPassword: boolean;
    authKeyList: unknown[];
  };
}

/** setUserPermissionViaApi(request, userName, statements): stores the user's permission document as root. */
export async function setUserPermissionViaApi(
  request: APIRequestContext,
  userName: string,
  statements: readonly object[],
  session?: ApiSession,
): Promise<void> {
  const root = session ?? (await signInViaApi(request));
  const response = await request.put(userUrl(root, userName, '/permission'), {
    headers: root.headers,
    data: { permission: JSON.stringify({ statements }) },
  });
  await expectOk(response, `updateUserPermission ${userName}`);
}

/** createRoleViaApi(request, roleId, statements): a role of the operator with this permission document, as root. */
export async function createRoleViaApi(
  request: APIRequestContext,
  roleId: string,
  statements: readonly object[],
  session?: ApiSession,
): Promise<void> {
  const root = session ?? (await signInViaApi(request));
  const response = await request.post(operatorUrl(root, `/roles/${encodeURIComponent(roleId)}`), {
    headers: root.headers,
    data: { permission: JSON.stringify({ statements }) },
  });
  await expectOk(response, `createRole ${roleId}`);
}

/** attachRoleViaApi(request, userName, roleId): attaches the role to the user, as root. */
export async function attachRoleViaApi(
  request: APIRequestContext,
  userName: string,
  roleId: string,
  session?: ApiSession,
): Promise<void> {
  const root = session ?? (await signInViaApi(request));
  const response = await request.post(userUrl(root, userName, '/roles'), {
    headers: root.headers,
    data: { roleId },
  });
  await expectOk(response, `attachRole ${roleId} to ${userName}`);
}
