// SAM-user sessions are authorized by their permission documents, over HTTP; changes reach a session when it is renewed or revoked.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../use-test-app.ts';
import { routeHelpers } from '../routes/route-test-kit.ts';

const { t, root } = useTestApp();

// Pretty-printed, as the console saves them: line and column in diagnostics stay meaningful.
const doc = (...statements: object[]): string => JSON.stringify({ statements }, null, 2);

const { userPath, createUser, setPermission } = routeHelpers(() => ({ t, root }));

describe('authorization of SAM users by their permissions', () => {
  it('a user allowed only User:listUsers can list users but not create one (403 {code, message})', async () => {
    await createUser('alice', 'alice-password', doc({ effect: 'allow', api: 'User:listUsers' }));
    const alice = await t.signInUser('alice', 'alice-password');

    const list = await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: alice });
    expect(list.statusCode).toBe(200);
    expect(list.json<{ userName: string }[]>().map((user) => user.userName)).toEqual(['alice']);

    const create = await t.call({ method: 'POST', url: userPath('mallory'), headers: alice });
    expect(create.statusCode).toBe(403);
    expect(create.json()).toEqual({ code: 'SAM0201', message: 'This user may not call User:createUser.' });
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: root })).json(),
    ).toHaveLength(1);

    expect((await t.call({ method: 'GET', url: userPath('alice'), headers: alice })).statusCode).toBe(403);
    // Logging out needs no statement.
    expect(
      (await t.call({ method: 'POST', url: '/v1/auth/logout', headers: alice })).statusCode,
    ).toBeLessThan(300);
  });

  it('a user without any permission can call nothing but logout (implicit deny)', async () => {
    await createUser('bare', 'bare-password');
    const bare = await t.signInUser('bare', 'bare-password');
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: bare })).statusCode).toBe(
      403,
    );
    expect((await t.call({ method: 'POST', url: '/v1/auth/logout', headers: bare })).statusCode).toBeLessThan(
      300,
    );
  });

  it('combines the default permissions with the user permission; a deny in either wins', async () => {
    await createUser('alice', 'alice-password', doc({ effect: 'allow', api: 'User:*' }));
    const defaults = doc(
      { effect: 'deny', api: 'User:deleteUser' },
      { effect: 'allow', api: 'User:getDefaultPermissions' },
    );
    expect(
      (
        await t.call({
          method: 'PUT',
          url: `${t.operatorPath}/users/default_permissions`,
          headers: root,
          payload: { permissions: defaults },
        })
      ).statusCode,
    ).toBe(202);
    await createUser('bob', 'bob-password');
    const alice = await t.signInUser('alice', 'alice-password');
    const bob = await t.signInUser('bob', 'bob-password');

    expect((await t.call({ method: 'GET', url: userPath('bob'), headers: alice })).statusCode).toBe(200);
    const del = await t.call({ method: 'DELETE', url: userPath('bob'), headers: alice });
    expect(del.statusCode).toBe(403);
    expect(del.json()).toEqual({ code: 'SAM0201', message: 'This user may not call User:deleteUser.' });
    // Bob has no permission of his own: the defaults alone decide.
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users/default_permissions`, headers: bob }))
        .statusCode,
    ).toBe(200);
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: bob })).statusCode).toBe(
      403,
    );
  });

  it("pathVariable('user_name') == samUserName lets a user change only their own password", async () => {
    const ownPassword = doc({
      effect: 'allow',
      api: 'User:updateUserPassword',
      condition: "pathVariable('user_name') == samUserName",
    });
    await createUser('alice', 'alice-password', ownPassword);
    await createUser('bob', 'bob-password');
    const alice = await t.signInUser('alice', 'alice-password');

    const others = await t.call({
      method: 'PUT',
      url: `${userPath('bob')}/password`,
      headers: alice,
      payload: { currentPassword: 'bob-password', newPassword: 'taken-over-1' },
    });
    expect(others.statusCode).toBe(403);
    expect(others.json()).toEqual({
      code: 'SAM0201',
      message: 'This user may not call User:updateUserPassword.',
    });
    await t.signInUser('bob', 'bob-password');

    const own = await t.call({
      method: 'PUT',
      url: `${userPath('alice')}/password`,
      headers: alice,
      payload: { currentPassword: 'alice-password', newPassword: 'alice-password-2' },
    });
    expect(own.statusCode, own.body).toBe(200);
    await t.signInUser('alice', 'alice-password-2');
  });

  it('reads the client address for ipAddress() conditions', async () => {
    await createUser(
      'alice',
      'alice-password',
      doc({ effect: 'allow', api: 'User:listUsers', condition: "ipAddress('10.1.0.0/16')" }),
    );
    const alice = await t.signInUser('alice', 'alice-password');
    const from = async (remoteAddress: string) =>
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: alice, remoteAddress }))
        .statusCode;
    expect(await from('10.1.2.3')).toBe(200);
    expect(await from('10.2.0.1')).toBe(403);
  });
});

describe('a permission change reaches a signed-in user only at the next sign-in or after revocation', () => {
  it('an open session keeps its permissions; a new sign-in gets the new ones', async () => {
    await createUser('alice', 'alice-password', doc({ effect: 'allow', api: 'User:listUsers' }));
    const before = await t.signInUser('alice', 'alice-password');
    await setPermission('alice', doc({ effect: 'allow', api: ['User:listUsers', 'User:createUser'] }));

    expect((await t.call({ method: 'POST', url: userPath('carol'), headers: before })).statusCode).toBe(403);
    const after = await t.signInUser('alice', 'alice-password');
    expect((await t.call({ method: 'POST', url: userPath('carol'), headers: after })).statusCode).toBe(201);
    // The older session still runs on what it was given.
    expect((await t.call({ method: 'POST', url: userPath('dave'), headers: before })).statusCode).toBe(403);

    // Taking a right away works the same way: only new sessions lose it.
    await setPermission('alice', doc({ effect: 'deny', api: '*' }));
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: after })).statusCode).toBe(
      200,
    );
    const denied = await t.signInUser('alice', 'alice-password');
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: denied })).statusCode,
    ).toBe(403);
  });

  it('DELETE .../users/{name}/tokens ends every session of the user, so the next sign-in applies the change', async () => {
    await createUser('alice', 'alice-password', doc({ effect: 'allow', api: 'User:listUsers' }));
    await createUser('bob', 'bob-password', doc({ effect: 'allow', api: 'User:listUsers' }));
    const alice = await t.signInUser('alice', 'alice-password');
    const bob = await t.signInUser('bob', 'bob-password');
    await setPermission('alice', doc({ effect: 'deny', api: 'User:listUsers' }));
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: alice })).statusCode).toBe(
      200,
    );

    expect(
      (await t.call({ method: 'DELETE', url: `${userPath('alice')}/tokens`, headers: root })).statusCode,
    ).toBe(204);
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: alice })).statusCode).toBe(
      401,
    );
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: bob })).statusCode).toBe(
      200,
    );
    const again = await t.signInUser('alice', 'alice-password');
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: again })).statusCode).toBe(
      403,
    );
  });
});
