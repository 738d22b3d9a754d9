// What each bulk action plans per user: the sentence in the confirmation and who is skipped, and why.
import { describe, expect, it } from 'vitest';
import type { UserDetail } from '../../api/operations.ts';
import bulk from '../../i18n/messages/en/bulk.ts';
import type { Verdict } from '../../lib/capability-verdicts.ts';
import { planBulkAction, type BulkPlanContext } from './bulk-action-plan.ts';
import { actionBlockedBy, missingApi } from './bulk-actions.ts';

const DAY = 86_400;
const NOW = 1_800_000_000;

function user(userName: string, extra: Partial<UserDetail> = {}): UserDetail {
  return {
    userName,
    authKeyList: [],
    hasPassword: false,
    roleList: [],
    createDateTime: 1,
    updateDateTime: 1,
    ...extra,
  };
}

const users = [
  user('old', {
    authKeyList: [
      { authKeyId: 'keyId-old', createDateTime: NOW - 200 * DAY },
      { authKeyId: 'keyId-new', createDateTime: NOW - 5 * DAY },
    ],
  }),
  user('fresh', { authKeyList: [{ authKeyId: 'keyId-fresh', createDateTime: NOW - DAY }] }),
];
const context: BulkPlanContext = {
  now: NOW,
  keyAgeDays: 90,
  mfa: new Map([
    ['old', 'ACTIVE'],
    ['fresh', 'INACTIVE'],
  ]),
  text: bulk,
};

describe('planBulkAction', () => {
  it('deletes only the keys older than the age, and skips a user without any', () => {
    const [old, fresh] = planBulkAction('delete-old-keys', users, context);
    expect(old?.effect).toBe('Delete 1 AuthKey of old: keyId-old.');
    expect(old?.skipReason).toBeUndefined();
    expect(fresh?.skipReason).toBe('no AuthKey older than 90 days.');
  });

  it('skips revoking MFA where it is known to be off', () => {
    const plan = planBulkAction('revoke-mfa', users, context);
    expect(plan.map((step) => step.skipReason)).toEqual([undefined, 'MFA is already off.']);
  });

  it('says what a delete takes with it, and skips a template run without a template', () => {
    expect(planBulkAction('delete', users, context)[0]?.effect).toBe(
      'Delete old with their password, 2 AuthKeys, MFA and sessions.',
    );
    expect(planBulkAction('apply-template', users, context).every((step) => step.skipReason)).toBe(true);
    const template = { id: 'read-only', label: 'Read-only', text: '{"statements":[]}' };
    const withTemplate = planBulkAction('apply-template', users, { ...context, template });
    expect(withTemplate[1]?.effect).toBe('Replace the permission of fresh with “Read-only”.');
    expect(withTemplate[1]?.skipReason).toBeUndefined();
  });

  it('attaches a role only to users without it, and detaches it only from users with it', () => {
    const role = { roleId: 'ops-read', label: 'ops-read' };
    const withRole = user('has', {
      roleList: [{ roleId: 'ops-read', createDateTime: 1, updateDateTime: 1 }],
    });
    const chosen = [withRole, user('lacks')];
    const attach = planBulkAction('attach-role', chosen, { ...context, role });
    expect(attach.map((step) => step.skipReason)).toEqual(['already has ops-read.', undefined]);
    expect(attach[1]?.effect).toBe('Attach ops-read to lacks.');
    const detach = planBulkAction('detach-role', chosen, { ...context, role });
    expect(detach.map((step) => step.skipReason)).toEqual([undefined, 'does not have ops-read.']);
    expect(detach[0]?.effect).toBe('Detach ops-read from has.');
    expect(planBulkAction('attach-role', chosen, context).every((step) => step.skipReason)).toBe(true);
  });

  it('skips a user the principal may not act on, naming the API', () => {
    const can = (api: string, target: { userName?: string } = {}): Verdict =>
      api === 'User:deleteUser' && target.userName === 'old' ? { kind: 'denied', api } : { kind: 'allowed' };
    const plan = planBulkAction('delete', users, { ...context, can });
    expect(plan.map((step) => step.skipReason)).toEqual([
      'your permissions lack User:deleteUser for this user.',
      undefined,
    ]);
  });
});

describe('actionBlockedBy', () => {
  const readOnly = (api: string): Verdict =>
    api.startsWith('User:get') || api.startsWith('User:list') ? { kind: 'allowed' } : { kind: 'denied', api };

  it('names the first API an action lacks, attach needing the role list too', () => {
    expect(missingApi('delete', readOnly)).toBe('User:deleteUser');
    expect(missingApi('attach-role', readOnly)).toBe('Role:listRoles');
    const listsRoles = (api: string): Verdict =>
      api === 'Role:listRoles' ? { kind: 'allowed' } : readOnly(api);
    expect(missingApi('attach-role', listsRoles)).toBe('Role:attachRole');
  });

  it('blocks an action only when no chosen user may be acted on; unknown verdicts are offered', () => {
    const onlyOwn = (api: string, target: { userName?: string } = {}): Verdict =>
      target.userName === 'me' ? { kind: 'allowed' } : { kind: 'denied', api };
    expect(actionBlockedBy('revoke-tokens', onlyOwn, ['you', 'me'])).toBeNull();
    expect(actionBlockedBy('revoke-tokens', onlyOwn, ['you'])).toBe('User:revokeUserAuthTokens');
    expect(actionBlockedBy('delete', () => ({ kind: 'unknown' }), [])).toBeNull();
  });
});
