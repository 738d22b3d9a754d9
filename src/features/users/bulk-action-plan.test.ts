// What each bulk action plans per user: the sentence in the confirmation and who is skipped, and why.
import { describe, expect, it } from 'vitest';
import type { UserDetail } from '../../api/operations.ts';
import hygiene from '../../i18n/messages/en/hygiene.ts';
import { planBulkAction, type BulkPlanContext } from './bulk-action-plan.ts';

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
  text: hygiene.bulk,
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
});
