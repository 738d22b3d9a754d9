// The checker that judges calls by the reference digest: it must reject what the reference does not allow.
import { describe, expect, it } from 'vitest';
import { ReferenceContract } from './contract-check.ts';

const reference = ReferenceContract.load();

describe('the checker itself', () => {
  // A checker that passes everything would make the scenario below prove nothing.
  it('rejects wrong statuses, wrong bodies, wrong routes and non-flat errors', () => {
    const goodUser = {
      userName: 'a',
      authKeyList: [],
      roleList: [],
      hasPassword: false,
      createDateTime: 1,
      updateDateTime: 1,
    };
    expect(
      reference.responseProblems('getUser', { status: 200, body: JSON.stringify(goodUser) }, 'success'),
    ).toEqual([]);
    const { userName: _dropped, ...withoutName } = goodUser;
    expect(
      reference.responseProblems('getUser', { status: 200, body: JSON.stringify(withoutName) }, 'success'),
    ).not.toEqual([]);
    expect(
      reference.responseProblems(
        'getUser',
        { status: 200, body: JSON.stringify({ ...goodUser, hasPassword: 'no' }) },
        'success',
      ),
    ).not.toEqual([]);
    expect(reference.responseProblems('getUser', { status: 200, body: '' }, 'success')).not.toEqual([]);
    expect(reference.responseProblems('createUser', { status: 200, body: '' }, 'success')).not.toEqual([]);
    expect(reference.responseProblems('createUser', { status: 201, body: '' }, 'success')).toEqual([]);
    expect(
      reference.responseProblems('updateDefaultPermissions', { status: 200, body: '' }, 'success'),
    ).not.toEqual([]);
    expect(reference.responseProblems('verifyUserMFA', { status: 200, body: '' }, 'success')).not.toEqual([]);
    expect(reference.responseProblems('deleteUser', { status: 204, body: '{}' }, 'success')).not.toEqual([]);
    expect(reference.responseProblems('enableUserMFA', { status: 200, body: '{}' }, 'success')).not.toEqual(
      [],
    );
    expect(
      reference.responseProblems(
        'listUsers',
        { status: 200, body: JSON.stringify([{ userName: 'a' }]) },
        'success',
      ),
    ).not.toEqual([]);
    // The reference requires no field of these: a misspelt one must still be caught.
    expect(
      reference.responseProblems('hasUserPassword', { status: 200, body: '{"hasPasword":true}' }, 'success'),
    ).not.toEqual([]);
    expect(
      reference.responseProblems('getUserMFAStatus', { status: 200, body: '{"status":"ACTIVE"}' }, 'success'),
    ).toEqual([]);
    expect(
      reference.responseProblems(
        'getUserMFAStatus',
        { status: 200, body: '{"status":"ACTIVE"}', contentType: 'text/plain' },
        'success',
      ),
    ).not.toEqual([]);
    expect(
      reference.responseProblems(
        'getUser',
        { status: 200, body: JSON.stringify({ ...goodUser, authKeyList: [{ authKeyId: 'k' }] }) },
        'success',
      ),
    ).not.toEqual([]);

    const flat = JSON.stringify({ code: 'SAM0301', message: 'No SAM user' });
    expect(reference.responseProblems('deleteUser', { status: 404, body: flat }, 'error')).toEqual([]);
    expect(reference.responseProblems('deleteUser', { status: 400, body: flat }, 'error')).not.toEqual([]);
    expect(
      reference.responseProblems(
        'deleteUser',
        { status: 404, body: JSON.stringify({ code: 'nope', message: 'x' }) },
        'error',
      ),
    ).not.toEqual([]);
    expect(
      reference.responseProblems(
        'deleteUser',
        { status: 404, body: JSON.stringify({ errorMessage: { code: 'SAM0301' } }) },
        'error',
      ),
    ).not.toEqual([]);
    expect(reference.responseProblems('deleteUser', { status: 404, body: '' }, 'error')).not.toEqual([]);

    expect(
      reference.requestProblems('updateUserPassword', { currentPassword: 'a', newPassword: 'b' }),
    ).toEqual([]);
    expect(reference.requestProblems('updateUserPassword', { newPassword: 'b' })).not.toEqual([]);
    expect(reference.requestProblems('updateDefaultPermissions', { permissions: {} })).not.toEqual([]);
    expect(reference.requestProblems('verifyUserMFA', undefined)).not.toEqual([]);
    expect(reference.requestProblems('verifyUserMFA', { mfaOtpCode: '123456' })).not.toEqual([]);
    expect(reference.routeProblems('getUser', 'GET', '/operators/{operator_id}/users/{user_name}')).toEqual(
      [],
    );
    expect(
      reference.routeProblems('getUser', 'PUT', '/operators/{operator_id}/users/{user_name}'),
    ).not.toEqual([]);
    expect(
      reference.routeProblems('getUserMfaStatus', 'GET', '/operators/{operator_id}/users/{user_name}/mfa'),
    ).not.toEqual([]);
  });
});
