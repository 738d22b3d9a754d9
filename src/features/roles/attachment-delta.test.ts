// Attaching or detaching a role: the delta counts the user's own permission, other roles and the defaults.
import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../permissions/index.ts';
import { attachmentDelta } from './attachment-delta.ts';

const catalogue = createCatalogue([
  { group: 'User', operationId: 'listUsers', method: 'GET', path: '/operators/{operator_id}/users' },
  {
    group: 'User',
    operationId: 'createUser',
    method: 'POST',
    path: '/operators/{operator_id}/users/{user_name}',
  },
  {
    group: 'User',
    operationId: 'deleteUser',
    method: 'DELETE',
    path: '/operators/{operator_id}/users/{user_name}',
  },
  { group: 'Role', operationId: 'listRoles', method: 'GET', path: '/operators/{operator_id}/roles' },
]);
const doc = (...statements: object[]) => JSON.stringify({ statements });
const apis = (changes: readonly { api: string }[]) => changes.map((change) => change.api);

describe('attachmentDelta', () => {
  it('attaching a role adds what nothing else allows yet', () => {
    const delta = attachmentDelta(
      { permission: doc({ effect: 'allow', api: 'User:listUsers' }), roles: new Map(), defaults: null },
      { kind: 'attach', roleId: 'ops', document: doc({ effect: 'allow', api: 'User:*' }) },
      catalogue,
    );
    expect(apis(delta.newlyAllowed)).toEqual(['User:createUser', 'User:deleteUser']);
    expect(delta.newlyDenied).toEqual([]);
  });

  it('a deny in the attached role takes away an allow of the user’s own permission', () => {
    const delta = attachmentDelta(
      { permission: doc({ effect: 'allow', api: '*' }), roles: new Map(), defaults: '' },
      { kind: 'attach', roleId: 'no-delete', document: doc({ effect: 'deny', api: 'User:deleteUser' }) },
      catalogue,
    );
    expect(apis(delta.newlyDenied)).toEqual(['User:deleteUser']);
    expect(delta.newlyAllowed).toEqual([]);
  });

  it('detaching loses only what no other role, own permission or default still allows', () => {
    const roles = new Map([
      ['a', doc({ effect: 'allow', api: ['User:createUser', 'Role:listRoles'] })],
      ['b', doc({ effect: 'allow', api: 'Role:listRoles' })],
    ]);
    const delta = attachmentDelta(
      { permission: null, roles, defaults: doc({ effect: 'allow', api: 'User:listUsers' }) },
      { kind: 'detach', roleId: 'a' },
      catalogue,
    );
    expect(apis(delta.newlyDenied)).toEqual(['User:createUser']);
  });
});
