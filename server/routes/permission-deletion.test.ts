// Deleting permission documents (a user's and the defaults), and user names that collide with sub-resources.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../use-test-app.ts';
import { doc, routeHelpers } from './route-test-kit.ts';

const { t, root } = useTestApp();

const { userPath, createUser } = routeHelpers(() => ({ t, root }));

/** A POST whose path goes out exactly as written (no URL normalization). */
function rawPost(
  port: number,
  path: string,
  headers: Record<string, string>,
  body?: object,
): Promise<{ status: number; body: { code?: string } }> {
  return new Promise((resolve, reject) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: { ...headers, 'content-type': 'application/json' },
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (data += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(data || '{}') as { code?: string } }),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

describe('deleting permission documents', () => {
  it('deleteUserPermission removes the document (204); roles and defaults still apply', async () => {
    await createUser('alice', 'alice-password', doc({ effect: 'allow', api: 'User:listUsers' }));
    const res = await t.call({ method: 'DELETE', url: `${userPath('alice')}/permission`, headers: root });
    expect(res.statusCode).toBe(204);
    expect(
      (await t.call({ method: 'GET', url: `${userPath('alice')}/permission`, headers: root })).json(),
    ).toEqual({
      permission: '',
    });
    expect(
      (await t.call({ method: 'GET', url: userPath('alice'), headers: root })).json(),
    ).not.toHaveProperty('permission');
    const alice = await t.signInUser('alice', 'alice-password');
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: alice })).statusCode).toBe(
      403,
    );
    expect(
      (await t.call({ method: 'DELETE', url: `${userPath('ghost')}/permission`, headers: root })).statusCode,
    ).toBe(404);
  });

  it('DELETE users/default_permissions removes the defaults, not a user of that name', async () => {
    await t.call({
      method: 'PUT',
      url: `${t.operatorPath}/users/default_permissions`,
      headers: root,
      payload: { permissions: doc({ effect: 'allow', api: 'User:listUsers' }) },
    });
    await createUser('alice', 'alice-password');
    expect(
      (
        await t.call({
          method: 'GET',
          url: `${t.operatorPath}/users`,
          headers: await t.signInUser('alice', 'alice-password'),
        })
      ).statusCode,
    ).toBe(200);

    const res = await t.call({
      method: 'DELETE',
      url: `${t.operatorPath}/users/default_permissions`,
      headers: root,
    });
    expect(res.statusCode).toBe(204);
    expect(
      (
        await t.call({ method: 'GET', url: `${t.operatorPath}/users/default_permissions`, headers: root })
      ).json(),
    ).toEqual({ defaultPermissions: '' });
    expect(
      (
        await t.call({
          method: 'GET',
          url: `${t.operatorPath}/users`,
          headers: await t.signInUser('alice', 'alice-password'),
        })
      ).statusCode,
    ).toBe(403);
  });

  it('refuses creating users named default_permissions or a dot segment (sent raw over HTTP), with a clear 400', async () => {
    const named = await t.call({ method: 'POST', url: userPath('default_permissions'), headers: root });
    expect(named.statusCode).toBe(400);
    expect(named.json()).toEqual({
      code: 'SAM0009',
      message:
        "user_name: 'default_permissions' cannot be used: it would name another path (a dot segment or a sub-resource)",
    });
    // Inject and fetch normalize dot segments away; a raw HTTP client may send them as they are.
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as AddressInfo;
    for (const segment of ['.', '..', '%2E', '%2e%2E']) {
      for (const path of [`${userPath(segment)}`, `${t.operatorPath}/roles/${segment}`]) {
        const answer = await rawPost(
          port,
          path,
          root,
          path.includes('/roles/') ? { permission: doc() } : undefined,
        );
        expect(answer.status, path).toBe(400);
        expect(answer.body.code, path).toBe('SAM0009');
      }
    }
  });
});
