// Roles over HTTP: the ten Role operations, roleList in user details, and roles in the permissions a token carries.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../test-support.ts';

let t: TestApp;
let root: Record<string, string>;

const NOW = new Date('2026-11-28T10:00:00Z');
const NOW_SECONDS = 1795860000;
const doc = (...statements: object[]): string => JSON.stringify({ statements });
const READ_USERS = doc({ effect: 'allow', api: ['User:listUsers', 'User:getUser'] });
const rolePath = (id: string) => `${t.operatorPath}/roles/${id}`;
const userPath = (name: string) => `${t.operatorPath}/users/${name}`;

beforeEach(async () => {
  t = await buildTestApp({ now: () => NOW, maxRoles: 3 });
  root = await t.rootHeaders();
});
afterEach(async () => t.close());

async function createRole(id: string, permission = READ_USERS, description?: string) {
  const res = await t.call({
    method: 'POST',
    url: rolePath(id),
    headers: root,
    payload: { permission, ...(description === undefined ? {} : { description }) },
  });
  expect(res.statusCode, res.body).toBe(200);
}

async function createUser(name: string, password?: string) {
  expect((await t.call({ method: 'POST', url: userPath(name), headers: root })).statusCode).toBe(201);
  if (password !== undefined) {
    const res = await t.call({
      method: 'POST',
      url: `${userPath(name)}/password`,
      headers: root,
      payload: { password },
    });
    expect(res.statusCode).toBe(201);
  }
}

async function attach(user: string, roleId: string) {
  return t.call({ method: 'POST', url: `${userPath(user)}/roles`, headers: root, payload: { roleId } });
}

async function signIn(userName: string, password: string): Promise<Record<string, string>> {
  const res = await t.call({
    method: 'POST',
    url: '/v1/auth',
    payload: { operatorId: t.operatorId, userName, password },
  });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json<{ apiKey: string; token: string }>();
  return { 'x-soracom-api-key': body.apiKey, 'x-soracom-token': body.token };
}

describe('createRole, getRole, listRoles', () => {
  it('creates a role (200 {roleId}) and reads it back with its document, times in UNIX seconds', async () => {
    const res = await t.call({
      method: 'POST',
      url: rolePath('ops-read'),
      headers: root,
      payload: { permission: READ_USERS, description: 'Read users' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ roleId: 'ops-read' });

    const got = await t.call({ method: 'GET', url: rolePath('ops-read'), headers: root });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual({
      roleId: 'ops-read',
      roleName: 'ops-read',
      description: 'Read users',
      owner: 'operator',
      permission: READ_USERS,
      createDateTime: NOW_SECONDS,
      updateDateTime: NOW_SECONDS,
    });

    await createRole('a-first');
    const list = await t.call({ method: 'GET', url: `${t.operatorPath}/roles`, headers: root });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual([
      expect.objectContaining({ roleId: 'a-first', owner: 'operator', description: '' }),
      expect.objectContaining({ roleId: 'ops-read', roleName: 'ops-read', description: 'Read users' }),
    ]);
    expect(list.json<object[]>()[0]).not.toHaveProperty('permission');
  });

  it('lists no Soracom managed roles locally, all roles for owner=all, and refuses another owner', async () => {
    await createRole('r1');
    const roles = (owner: string) =>
      t.call({ method: 'GET', url: `${t.operatorPath}/roles?owner=${owner}`, headers: root });
    expect((await roles('soracom')).json()).toEqual([]);
    expect((await roles('all')).json()).toHaveLength(1);
    expect((await roles('operator')).json()).toHaveLength(1);
    const bad = await roles('nobody');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ code: 'SAM0005', message: 'owner: must be one of: operator, soracom, all' });
  });

  it('refuses a broken permission document with its line and column, and stores nothing', async () => {
    const res = await t.call({
      method: 'POST',
      url: rolePath('broken'),
      headers: root,
      payload: { permission: '{\n  "statements": [\n    {"effect": "alow", "api": "*"}\n  ]\n}' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('SAM0008');
    expect(res.json().message).toMatch(
      /^permission: the permission document is invalid: .*line 3, column 16/,
    );
    expect((await t.call({ method: 'GET', url: rolePath('broken'), headers: root })).statusCode).toBe(404);
  });

  it('refuses a taken ID, the per-operator limit, bad IDs, dot segments and a missing document', async () => {
    await createRole('r1');
    const again = await t.call({
      method: 'POST',
      url: rolePath('r1'),
      headers: root,
      payload: { permission: READ_USERS },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual({ code: 'SAM0502', message: "A role 'r1' already exists." });

    await createRole('r2');
    await createRole('r3');
    const over = await t.call({
      method: 'POST',
      url: rolePath('r4'),
      headers: root,
      payload: { permission: READ_USERS },
    });
    expect(over.statusCode).toBe(400);
    expect(over.json()).toEqual({
      code: 'SAM0503',
      message: 'This operator already has the maximum of 3 roles.',
    });

    for (const id of ['bad%20id', 'srn:soracom:::Role:mine', 'a'.repeat(101)]) {
      const res = await t.call({
        method: 'POST',
        url: rolePath(id),
        headers: root,
        payload: { permission: READ_USERS },
      });
      expect(res.statusCode, id).toBe(400);
      expect(res.json().code, id).toBe('SAM0011');
    }
    const missing = await t.call({ method: 'POST', url: rolePath('r9'), headers: root, payload: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toEqual({ code: 'SAM0002', message: 'permission: is required' });
  });

  it('answers 404 SAM0501 for a role that does not exist', async () => {
    const res = await t.call({ method: 'GET', url: rolePath('ghost'), headers: root });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'SAM0501', message: "No role 'ghost'." });
  });
});

describe('updateRole and deleteRole', () => {
  it('replaces the document (200, no body); a description left out is kept', async () => {
    await createRole('r1', READ_USERS, 'Readers');
    const later = new Date('2026-11-28T11:00:00Z');
    await t.close();
    t = await buildTestApp({ now: () => later });
    root = await t.rootHeaders();
    await createRole('r1', READ_USERS, 'Readers');
    const next = doc({ effect: 'allow', api: 'User:listUsers' });
    const res = await t.call({
      method: 'PUT',
      url: rolePath('r1'),
      headers: root,
      payload: { permission: next },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('');
    expect((await t.call({ method: 'GET', url: rolePath('r1'), headers: root })).json()).toMatchObject({
      permission: next,
      description: 'Readers',
    });
    const described = await t.call({
      method: 'PUT',
      url: rolePath('r1'),
      headers: root,
      payload: { permission: next, description: 'Listers' },
    });
    expect(described.statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: rolePath('r1'), headers: root })).json()).toMatchObject({
      description: 'Listers',
    });
  });

  it('refuses a broken document (400) and a missing role (404)', async () => {
    await createRole('r1');
    const broken = await t.call({
      method: 'PUT',
      url: rolePath('r1'),
      headers: root,
      payload: { permission: '{' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('SAM0008');
    const ghost = await t.call({
      method: 'PUT',
      url: rolePath('ghost'),
      headers: root,
      payload: { permission: READ_USERS },
    });
    expect(ghost.statusCode).toBe(404);
    expect(ghost.json().code).toBe('SAM0501');
  });

  it('deletes an unattached role (204); an attached one is refused with 400 until detached', async () => {
    await createRole('r1');
    await createUser('alice');
    await createUser('bob');
    expect((await attach('alice', 'r1')).statusCode).toBe(200);
    expect((await attach('bob', 'r1')).statusCode).toBe(200);

    const refused = await t.call({ method: 'DELETE', url: rolePath('r1'), headers: root });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toEqual({
      code: 'SAM0504',
      message: "The role 'r1' is attached to 2 user(s): detach it before deleting it.",
    });

    for (const user of ['alice', 'bob'])
      expect(
        (await t.call({ method: 'DELETE', url: `${userPath(user)}/roles/r1`, headers: root })).statusCode,
      ).toBe(200);
    const deleted = await t.call({ method: 'DELETE', url: rolePath('r1'), headers: root });
    expect(deleted.statusCode).toBe(204);
    expect((await t.call({ method: 'GET', url: rolePath('r1'), headers: root })).statusCode).toBe(404);
    expect((await t.call({ method: 'DELETE', url: rolePath('r1'), headers: root })).statusCode).toBe(404);
  });
});

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

describe('listRoleVersions', () => {
  it("refuses an operator's own role with 400 and answers 404 for a managed role the local API does not have", async () => {
    await createRole('r1');
    const own = await t.call({ method: 'GET', url: `${rolePath('r1')}/versions`, headers: root });
    expect(own.statusCode).toBe(400);
    expect(own.json().code).toBe('SAM0508');
    const managed = await t.call({
      method: 'GET',
      url: `${rolePath('srn:soracom:::Role:ReadOnly')}/versions`,
      headers: root,
    });
    expect(managed.statusCode).toBe(404);
    expect(managed.json()).toEqual({ code: 'SAM0501', message: "No role 'srn:soracom:::Role:ReadOnly'." });
    expect(
      (await t.call({ method: 'GET', url: `${rolePath('ghost')}/versions`, headers: root })).statusCode,
    ).toBe(404);
  });
});

describe('roles in what a SAM user may do', () => {
  const CREATE_USERS = doc({ effect: 'allow', api: 'User:createUser' });

  it('a user allowed User:createUser only through a role can create; after detach and token revoke they cannot', async () => {
    await createRole('creators', CREATE_USERS);
    await createUser('alice', 'alice-password');
    expect((await attach('alice', 'creators')).statusCode).toBe(200);
    const alice = await signIn('alice', 'alice-password');
    expect((await t.call({ method: 'POST', url: userPath('made-by-role'), headers: alice })).statusCode).toBe(
      201,
    );

    // Detaching alone does not reach the token signed in with the role...
    expect(
      (await t.call({ method: 'DELETE', url: `${userPath('alice')}/roles/creators`, headers: root }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: userPath('still-allowed'), headers: alice })).statusCode,
    ).toBe(201);
    // ...revoking the tokens does, and a new sign-in has no role.
    expect(
      (await t.call({ method: 'DELETE', url: `${userPath('alice')}/tokens`, headers: root })).statusCode,
    ).toBe(204);
    expect((await t.call({ method: 'POST', url: userPath('too-late'), headers: alice })).statusCode).toBe(
      401,
    );
    const again = await signIn('alice', 'alice-password');
    const refused = await t.call({ method: 'POST', url: userPath('too-late'), headers: again });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ code: 'SAM0201', message: 'This user may not call User:createUser.' });
  });

  it("a deny in a role beats an allow in the user's own permission", async () => {
    await createRole('no-create', doc({ effect: 'deny', api: 'User:createUser' }));
    await createUser('alice', 'alice-password');
    const own = await t.call({
      method: 'PUT',
      url: `${userPath('alice')}/permission`,
      headers: root,
      payload: { permission: doc({ effect: 'allow', api: '*' }) },
    });
    expect(own.statusCode).toBe(200);
    const before = await signIn('alice', 'alice-password');
    expect((await t.call({ method: 'POST', url: userPath('allowed'), headers: before })).statusCode).toBe(
      201,
    );

    await attach('alice', 'no-create');
    const after = await signIn('alice', 'alice-password');
    expect((await t.call({ method: 'POST', url: userPath('denied'), headers: after })).statusCode).toBe(403);
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: after })).statusCode).toBe(
      200,
    );
  });

  it('a role changed after sign-in reaches the user only at the next sign-in', async () => {
    await createRole('lister', doc({ effect: 'allow', api: 'User:listUsers' }));
    await createUser('alice', 'alice-password');
    await attach('alice', 'lister');
    const alice = await signIn('alice', 'alice-password');
    await t.call({
      method: 'PUT',
      url: rolePath('lister'),
      headers: root,
      payload: { permission: doc({ effect: 'deny', api: '*' }) },
    });
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: alice })).statusCode).toBe(
      200,
    );
    const again = await signIn('alice', 'alice-password');
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/users`, headers: again })).statusCode).toBe(
      403,
    );
  });

  it('the Role operations are themselves permissions (Role:listRoles)', async () => {
    await createUser('alice', 'alice-password');
    await t.call({
      method: 'PUT',
      url: `${userPath('alice')}/permission`,
      headers: root,
      payload: { permission: doc({ effect: 'allow', api: 'Role:listRoles' }) },
    });
    const alice = await signIn('alice', 'alice-password');
    expect((await t.call({ method: 'GET', url: `${t.operatorPath}/roles`, headers: alice })).statusCode).toBe(
      200,
    );
    const create = await t.call({
      method: 'POST',
      url: rolePath('mine'),
      headers: alice,
      payload: { permission: READ_USERS },
    });
    expect(create.statusCode).toBe(403);
    expect(create.json().message).toBe('This user may not call Role:createRole.');
  });
});
