// The principal's capabilities: root may do all; a SAM user what their documents allow, with "unknown" where unread.
import { describe, expect, it } from 'vitest';
import { capabilitiesOf, type PrincipalDocuments } from './capabilities.ts';
import { actionState, refusalKey } from './capability-verdicts.ts';
import { allOf } from './verdict-of-calls.ts';

const doc = (statements: object[]) => JSON.stringify({ statements });
const selfOnly = "pathVariable('user_name') == samUserName";
// The demo operator's default permissions: read yourself and your MFA status.
const defaults = doc([
  { effect: 'allow', api: ['User:getUser', 'User:getUserMFAStatus'], condition: selfOnly },
]);
const viewer = doc([{ effect: 'allow', api: ['User:listUsers', 'User:get*', 'User:list*'] }]);
const selfService = doc([{ effect: 'allow', api: 'User:updateUserPassword', condition: selfOnly }]);
const all = (user: string | null): PrincipalDocuments => ({ user, defaults, roles: [] });

describe('capabilitiesOf', () => {
  it('lets root do everything', () => {
    const root = capabilitiesOf({ kind: 'root' }, { user: undefined, defaults: undefined, roles: undefined });
    expect(root.can('User:deleteUser', { userName: 'x' })).toEqual({ kind: 'allowed' });
    expect(root.complete).toBe(true);
  });

  it('judges a read-only user by their documents: reads allowed, writes denied with the API named', () => {
    const bob = capabilitiesOf({ kind: 'samUser', userName: 'bob' }, all(viewer));
    expect(bob.complete).toBe(true);
    expect(bob.can('User:listUsers')).toEqual({ kind: 'allowed' });
    expect(bob.can('User:getUserPermission', { userName: 'alice' })).toEqual({ kind: 'allowed' });
    expect(bob.can('User:createUser', { userName: 'new' })).toEqual({
      kind: 'denied',
      api: 'User:createUser',
    });
    expect(bob.can('User:updateUserPassword', { userName: 'alice' })).toEqual({
      kind: 'denied',
      api: 'User:updateUserPassword',
    });
  });

  it('evaluates conditions on the target user: a self-service user may act on themselves only', () => {
    const carol = capabilitiesOf({ kind: 'samUser', userName: 'carol' }, all(selfService));
    expect(carol.can('User:updateUserPassword', { userName: 'carol' })).toEqual({ kind: 'allowed' });
    expect(carol.can('User:updateUserPassword', { userName: 'alice' }).kind).toBe('denied');
    expect(carol.can('User:getUser', { userName: 'carol' })).toEqual({ kind: 'allowed' });
    expect(carol.can('User:getUser', { userName: 'bob' }).kind).toBe('denied');
    expect(carol.can('User:listUsers').kind).toBe('denied');
  });

  it('counts role permissions: an allow in a role grants, a deny in a role wins', () => {
    const roles = [
      doc([{ effect: 'allow', api: 'User:createUser' }]),
      doc([{ effect: 'deny', api: 'User:listUsers' }]),
    ];
    const bob = capabilitiesOf({ kind: 'samUser', userName: 'bob' }, { user: viewer, defaults, roles });
    expect(bob.can('User:createUser', { userName: 'x' })).toEqual({ kind: 'allowed' });
    expect(bob.can('User:listUsers')).toEqual({ kind: 'denied', api: 'User:listUsers' });
  });

  it('says unknown where a condition needs the caller IP or method, unless a deny surely applies', () => {
    const ci = doc([
      { effect: 'allow', api: ['Sim:*', 'User:listUsers'], condition: "ipAddress('10.0.0.0/8')" },
      { effect: 'deny', api: 'Sim:terminateSim' },
    ]);
    const robot = capabilitiesOf({ kind: 'samUser', userName: 'ci' }, all(ci));
    expect(robot.can('User:listUsers')).toEqual({ kind: 'unknown' });
    expect(robot.can('Sim:terminateSim').kind).toBe('denied');
    expect(robot.can('User:createUser', { userName: 'x' }).kind).toBe('denied');
    const fenced = doc([
      { effect: 'allow', api: '*' },
      { effect: 'deny', api: 'User:deleteUser', condition: "httpMethod('DELETE')" },
    ]);
    expect(capabilitiesOf({ kind: 'samUser', userName: 'f' }, all(fenced)).can('User:deleteUser')).toEqual({
      kind: 'unknown',
    });
  });

  it('when a document cannot be read, says only what is certain (a deny) and leaves the rest unknown', () => {
    const denyDelete = doc([{ effect: 'deny', api: 'User:deleteUser' }]);
    const partial = capabilitiesOf(
      { kind: 'samUser', userName: 'carol' },
      { user: undefined, defaults: denyDelete, roles: [] },
    );
    expect(partial.complete).toBe(false);
    expect(partial.can('User:deleteUser', { userName: 'x' })).toEqual({
      kind: 'denied',
      api: 'User:deleteUser',
    });
    expect(partial.can('User:createUser', { userName: 'x' })).toEqual({ kind: 'unknown' });
    // Unread roles leave it open too: a role may grant what the user's own permission does not.
    const noRoles = capabilitiesOf(
      { kind: 'samUser', userName: 'bob' },
      { user: viewer, defaults, roles: undefined },
    );
    expect(noRoles.can('User:createUser', { userName: 'x' })).toEqual({ kind: 'unknown' });
    expect(noRoles.can('User:listUsers')).toEqual({ kind: 'unknown' });
  });

  it('treats no document and an invalid one as granting nothing, and always allows signing out', () => {
    const none = capabilitiesOf(
      { kind: 'samUser', userName: 'dave' },
      { user: null, defaults: null, roles: [] },
    );
    expect(none.can('User:getUser', { userName: 'dave' }).kind).toBe('denied');
    expect(none.can('Auth:logout')).toEqual({ kind: 'allowed' });
    const broken = capabilitiesOf(
      { kind: 'samUser', userName: 'e' },
      all('{"statements": [{"effect": "allow"'),
    );
    expect(broken.can('User:listUsers').kind).toBe('denied');
  });

  it('denies a call the server already refused for that target, whatever the documents say', () => {
    const refused = new Set([refusalKey('User:updateUser', { userName: 'alice' })]);
    const bob = capabilitiesOf(
      { kind: 'samUser', userName: 'bob' },
      all(doc([{ effect: 'allow', api: '*' }])),
      refused,
    );
    expect(bob.can('User:updateUser', { userName: 'alice' }).kind).toBe('denied');
    expect(bob.can('User:updateUser', { userName: 'carol' }).kind).toBe('allowed');
  });

  it('reads time conditions at the given clock', () => {
    const until2030 = doc([
      { effect: 'allow', api: 'User:listUsers', condition: 'currentDate < date(2030, 1, 1)' },
    ]);
    const at = (iso: string) =>
      capabilitiesOf({ kind: 'samUser', userName: 't' }, all(until2030), new Set(), () => new Date(iso));
    expect(at('2029-06-01T00:00:00Z').can('User:listUsers').kind).toBe('allowed');
    expect(at('2030-06-01T00:00:00Z').can('User:listUsers').kind).toBe('denied');
  });
});

describe('actionState', () => {
  it('disables only a denied action, naming the API', () => {
    expect(actionState({ kind: 'denied', api: 'User:createUser' })).toEqual({
      disabled: true,
      needs: 'User:createUser',
    });
    expect(actionState({ kind: 'unknown' })).toEqual({ disabled: false, needs: null });
    expect(actionState({ kind: 'allowed' })).toEqual({ disabled: false, needs: null });
  });
});

describe('allOf', () => {
  it('denies an action of several calls when any is denied, naming each denied API', () => {
    const reset = (documents: PrincipalDocuments) => {
      const capabilities = capabilitiesOf({ kind: 'samUser', userName: 'ann' }, documents);
      return allOf(
        capabilities.can('User:deleteUserPassword', { userName: 'bob' }),
        capabilities.can('User:createUserPassword', { userName: 'bob' }),
      );
    };
    expect(reset(all(doc([{ effect: 'allow', api: 'User:*UserPassword' }])))).toEqual({ kind: 'allowed' });
    expect(reset(all(doc([{ effect: 'allow', api: 'User:deleteUserPassword' }])))).toEqual({
      kind: 'denied',
      api: 'User:createUserPassword',
    });
    expect(reset(all(viewer))).toEqual({
      kind: 'denied',
      api: 'User:deleteUserPassword, User:createUserPassword',
    });
    // Unread documents: offered, and the server decides.
    expect(reset({ user: undefined, defaults, roles: [] })).toEqual({ kind: 'unknown' });
  });
});
