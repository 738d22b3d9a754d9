// What the route tests share: one clock, documents, paths and helpers that fail the test on a refusal.
import { expect } from 'vitest';
import type { TestApp } from '../test-support.ts';

export const NOW = new Date('2026-11-28T10:00:00Z');
export const NOW_SECONDS = 1795860000;
export const doc = (...statements: object[]): string => JSON.stringify({ statements });
export const READ_USERS = doc({ effect: 'allow', api: ['User:listUsers', 'User:getUser'] });

/** Helpers bound to the current test's app and root headers (read through `current` at call time). */
export function routeHelpers(current: () => { t: TestApp; root: Record<string, string> }) {
  const rolePath = (id: string) => `${current().t.operatorPath}/roles/${id}`;
  const userPath = (name: string) => `${current().t.operatorPath}/users/${name}`;

  async function createRole(id: string, permission = READ_USERS, description?: string) {
    const { t, root } = current();
    const res = await t.call({
      method: 'POST',
      url: rolePath(id),
      headers: root,
      payload: { permission, ...(description === undefined ? {} : { description }) },
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  /** Replaces a user's permission document as root. */
  async function setPermission(name: string, permission: string) {
    const { t, root } = current();
    const res = await t.call({
      method: 'PUT',
      url: `${userPath(name)}/permission`,
      headers: root,
      payload: { permission },
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  /** Creates a SAM user as root, with a console password and a permission document when given. */
  async function createUser(name: string, password?: string, permission?: string) {
    const { t, root } = current();
    if (password !== undefined) await t.createUserWithPassword(name, password);
    else expect((await t.call({ method: 'POST', url: userPath(name), headers: root })).statusCode).toBe(201);
    if (permission !== undefined) await setPermission(name, permission);
  }

  async function attach(user: string, roleId: string) {
    const { t, root } = current();
    return t.call({ method: 'POST', url: `${userPath(user)}/roles`, headers: root, payload: { roleId } });
  }

  return { rolePath, userPath, createRole, createUser, setPermission, attach };
}
