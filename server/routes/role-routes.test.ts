// Roles over HTTP: create, read, list, update and delete, and versions of managed roles.
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../use-test-app.ts';
import { NOW, NOW_SECONDS, READ_USERS, doc, routeHelpers } from './route-test-kit.ts';

const { t, root, rebuild } = useTestApp({ now: () => NOW, maxRoles: 3 });

const { rolePath, userPath, createRole, createUser, attach } = routeHelpers(() => ({ t, root }));

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
    await rebuild({ now: () => later });
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
