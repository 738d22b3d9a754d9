// @vitest-environment jsdom
// The API module against the real local API: Soracom headers from the session, ApiError with the permission name, the 401 hook.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLiveApi, type LiveApi } from '../test/live-api.ts';
import {
  ApiError,
  auth,
  clearSession,
  configureApi,
  createUser,
  createUserPassword,
  deleteUser,
  describeApiError,
  getConsoleConfig,
  getUser,
  hasUserPassword,
  listUsers,
  logout,
  onUnauthenticated,
  readSession,
  sessionFromSignIn,
  updateUser,
  updateUserPermission,
  writeSession,
  type Session,
} from './index.ts';
import { activateLocale } from '../i18n/i18n-store.ts';

let live: LiveApi;
let rootSession: Session;

beforeAll(async () => {
  live = await startLiveApi();
  const session = readSession();
  if (!session) throw new Error('startLiveApi did not sign in');
  rootSession = session;
});
afterAll(async () => {
  await live.close();
});
beforeEach(() => {
  configureApi({ origin: live.origin });
  writeSession(rootSession);
});

async function expectApiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('API module', () => {
  it('keeps the session in localStorage, where every tab of the browser finds it', () => {
    expect(localStorage.getItem('sam-console.session')).toContain(rootSession.token);
    expect(sessionStorage.length).toBe(0);
    expect(Object.keys({ ...localStorage })).toEqual(['sam-console.session']);
  });

  it('calls operations with the session operator and answers typed data', async () => {
    const created = await createUser({ userName: 'api-alice', description: 'first' });
    expect(created).toMatchObject({ userName: 'api-alice', description: 'first', hasPassword: false });
    const updated = await updateUser({ userName: 'api-alice', description: 'second' });
    expect(updated?.description).toBe('second');
    expect((await listUsers()).map((user) => user.userName)).toContain('api-alice');
    await createUserPassword({ userName: 'api-alice', password: 'long-enough-1' });
    expect(await hasUserPassword({ userName: 'api-alice' })).toEqual({ hasPassword: true });
    await deleteUser({ userName: 'api-alice' });
  });

  it('turns an error body into ApiError with status, code, message and the permission name', async () => {
    const error = await expectApiError(getUser({ userName: 'nobody-here' }));
    expect(error).toMatchObject({ status: 404, code: 'SAM0301', operation: 'User:getUser' });
    expect(error.message).toBe("No SAM user named 'nobody-here'.");
  });

  it('asks for messages in the language the console is shown in', async () => {
    writeSession(rootSession);
    await activateLocale('ja');
    const error = await expectApiError(getUser({ userName: 'nobody-here' }));
    expect(error.message).toContain('存在しません');
  });

  it('names the lacking permission on a 403', async () => {
    await createUser({ userName: 'api-limited' });
    await createUserPassword({ userName: 'api-limited', password: 'limited-pass-1' });
    const answer = await auth({
      operatorId: rootSession.operatorId,
      userName: 'api-limited',
      password: 'limited-pass-1',
    });
    writeSession(sessionFromSignIn(answer, 'user', 'api-limited'));
    const error = await expectApiError(createUser({ userName: 'not-allowed' }));
    expect(error.status).toBe(403);
    expect(error.operation).toBe('User:createUser');
    expect(describeApiError(error)).toContain('lack User:createUser');
  });

  it('reports a 401 of a signed-in call to the listeners, but not a failed sign-in', async () => {
    const seen: ApiError[] = [];
    const stop = onUnauthenticated((error) => seen.push(error));
    try {
      const failedSignIn = await expectApiError(
        auth({ email: 'root@test.sam-console.local', password: 'wrong-password' }),
      );
      expect(failedSignIn.status).toBe(401);
      expect(seen).toHaveLength(0);

      const answer = await auth({ email: 'root@test.sam-console.local', password: 'test-root-password' });
      writeSession(sessionFromSignIn(answer, 'root', 'root@test.sam-console.local'));
      await logout();
      const ended = await expectApiError(listUsers());
      expect(ended.status).toBe(401);
      expect(seen).toEqual([ended]);
    } finally {
      stop();
    }
  });

  it('fails with a 401 and tells the listeners when there is no session at all', async () => {
    clearSession();
    const seen: ApiError[] = [];
    const stop = onUnauthenticated((error) => seen.push(error));
    try {
      const error = await expectApiError(listUsers());
      expect(error).toMatchObject({ status: 401, code: 'NO_SESSION' });
      expect(seen).toHaveLength(1);
    } finally {
      stop();
    }
  });

  it('copes with writes answered 2xx without a body, as Soracom documents them', async () => {
    // The real server's answers, with the body of every successful write dropped on the way.
    const withoutWriteBodies: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request);
      if (request.method === 'GET' || !response.ok) return response;
      return new Response(null, { status: response.status, headers: { 'Content-Length': '0' } });
    };
    configureApi({ origin: live.origin, fetch: withoutWriteBodies });
    const created = await createUser({ userName: 'api-bodiless', description: 'first' });
    expect(created).toMatchObject({ userName: 'api-bodiless', description: 'first' });
    const updated = await updateUser({ userName: 'api-bodiless', description: 'second' });
    expect(updated).toMatchObject({ userName: 'api-bodiless', description: 'second' });
    await deleteUser({ userName: 'api-bodiless' });
  });

  it('answers undefined when a bodiless update cannot be read back by a principal who may not read', async () => {
    await createUser({ userName: 'api-writer' });
    await createUserPassword({ userName: 'api-writer', password: 'writer-pass-1' });
    await updateUserPermission({
      userName: 'api-writer',
      permission: JSON.stringify({ statements: [{ effect: 'allow', api: 'User:updateUser' }] }),
    });
    const answer = await auth({
      operatorId: rootSession.operatorId,
      userName: 'api-writer',
      password: 'writer-pass-1',
    });
    const stripBodies: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request);
      if (request.method !== 'PUT' || !response.ok) return response;
      return new Response(null, { status: response.status, headers: { 'Content-Length': '0' } });
    };
    configureApi({ origin: live.origin, fetch: stripBodies });
    writeSession(sessionFromSignIn(answer, 'user', 'api-writer'));
    expect(await updateUser({ userName: 'api-writer', description: 'mine' })).toBeUndefined();
    writeSession(rootSession);
    expect((await getUser({ userName: 'api-writer' })).description).toBe('mine');
  });

  it('reads /config.json beside /v1', async () => {
    expect(await getConsoleConfig()).toMatchObject({ mode: 'local' });
  });

  it('says the API is unreachable when nothing answers', async () => {
    configureApi({ origin: 'http://127.0.0.1:9' });
    const error = await expectApiError(listUsers());
    expect(error).toMatchObject({ status: 0, code: 'NETWORK', operation: 'User:listUsers' });
  });
});
