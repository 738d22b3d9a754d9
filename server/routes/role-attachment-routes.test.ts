// Roles over HTTP: attaching and detaching, and roleList in the user details.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../use-test-app.ts';
import { NOW, NOW_SECONDS, READ_USERS, routeHelpers } from './route-test-kit.ts';

const { t, root } = useTestApp({ now: () => NOW, maxRoles: 3 });

const { rolePath, userPath, createRole, createUser, attach } = routeHelpers(() => ({ t, root }));

describe('attaching roles to users', () => {
  it('attach (200) shows in listUserRoles, roleList of getUser and listUsers, and listRoleAttachedUsers', async () => {
    await createRole('r1', READ_USERS, 'Readers');
    await createRole('r2');
    await createUser('alice');
    await createUser('bob');
    expect((await attach('alice', 'r2')).statusCode).toBe(200);
    const first = await attach('alice', 'r1');
    expect(first.statusCode).toBe(200);
    expect(first.body).toBe('');

    const roles = await t.call({ method: 'GET', url: `${userPath('alice')}/roles`, headers: root });
    expect(roles.statusCode).toBe(200);
    expect(roles.json()).toEqual([
      expect.objectContaining({
        roleId: 'r1',
        owner: 'operator',
        permission: READ_USERS,
        description: 'Readers',
      }),
      expect.objectContaining({ roleId: 'r2', permission: READ_USERS }),
    ]);

    const alice = (await t.call({ method: 'GET', url: userPath('alice'), headers: root })).json();
    expect(alice.roleList).toEqual([
      {
        roleId: 'r1',
        roleName: 'r1',
        description: 'Readers',
        owner: 'operator',
        createDateTime: NOW_SECONDS,
        updateDateTime: NOW_SECONDS,
      },
      expect.objectContaining({ roleId: 'r2' }),
    ]);
    const users = (await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: root })).json<
      { userName: string; roleList: { roleId: string }[] }[]
    >();
    expect(users.map((user) => [user.userName, user.roleList.map((role) => role.roleId)])).toEqual([
      ['alice', ['r1', 'r2']],
      ['bob', []],
    ]);

    const attached = await t.call({ method: 'GET', url: `${rolePath('r1')}/users`, headers: root });
    expect(attached.statusCode).toBe(200);
    expect(attached.json<{ userName: string }[]>().map((user) => user.userName)).toEqual(['alice']);
    expect(
      (await t.call({ method: 'GET', url: `${rolePath('ghost')}/users`, headers: root })).statusCode,
    ).toBe(404);
  });

  it('refuses attaching twice or a missing role (400), to a missing user (404), without roleId (400)', async () => {
    await createRole('r1');
    await createUser('alice');
    await attach('alice', 'r1');
    const twice = await attach('alice', 'r1');
    expect(twice.statusCode).toBe(400);
    expect(twice.json()).toEqual({
      code: 'SAM0505',
      message: "The role 'r1' is already attached to this user.",
    });
    const ghost = await attach('alice', 'ghost');
    expect(ghost.statusCode).toBe(400);
    expect(ghost.json()).toEqual({ code: 'SAM0506', message: "roleId: there is no role 'ghost' to attach." });
    const nobody = await attach('nobody', 'r1');
    expect(nobody.statusCode).toBe(404);
    expect(nobody.json().code).toBe('SAM0301');
    const empty = await t.call({
      method: 'POST',
      url: `${userPath('alice')}/roles`,
      headers: root,
      payload: {},
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toEqual({ code: 'SAM0002', message: 'roleId: is required' });
  });

  it('detach answers 200 once, then 404; a missing role or user is 404', async () => {
    await createRole('r1');
    await createUser('alice');
    await attach('alice', 'r1');
    const detach = () => t.call({ method: 'DELETE', url: `${userPath('alice')}/roles/r1`, headers: root });
    const first = await detach();
    expect(first.statusCode).toBe(200);
    expect(first.body).toBe('');
    const second = await detach();
    expect(second.statusCode).toBe(404);
    expect(second.json()).toEqual({
      code: 'SAM0507',
      message: "The role 'r1' is not attached to this user.",
    });
    expect(
      (await t.call({ method: 'DELETE', url: `${userPath('alice')}/roles/ghost`, headers: root })).json()
        .code,
    ).toBe('SAM0501');
    expect(
      (await t.call({ method: 'DELETE', url: `${userPath('nobody')}/roles/r1`, headers: root })).json().code,
    ).toBe('SAM0301');
  });

  it('a deleted user takes their attachments along, so the role can be deleted', async () => {
    await createRole('r1');
    await createUser('alice');
    await attach('alice', 'r1');
    expect((await t.call({ method: 'DELETE', url: userPath('alice'), headers: root })).statusCode).toBe(204);
    expect((await t.call({ method: 'GET', url: `${rolePath('r1')}/users`, headers: root })).json()).toEqual(
      [],
    );
    expect((await t.call({ method: 'DELETE', url: rolePath('r1'), headers: root })).statusCode).toBe(204);
  });
});
