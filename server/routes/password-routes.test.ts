// A SAM user's password over HTTP: set, check at sign-in, change, remove.
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../use-test-app.ts';

const { t, root: headers } = useTestApp({ now: () => new Date('2026-11-28T10:00:00Z') });
const userPath = (rest = '') => `${t.operatorPath}/users/alice${rest}`;

beforeEach(async () => {
  expect((await t.call({ method: 'POST', url: userPath(), headers })).statusCode).toBe(201);
});

const signInAlice = (password: string) =>
  t.call({
    method: 'POST',
    url: '/v1/auth',
    payload: { operatorId: t.operatorId, userName: 'alice', password },
  });

describe('passwords', () => {
  it('create, has, update, delete', async () => {
    expect((await t.call({ method: 'GET', url: userPath('/password'), headers })).json()).toEqual({
      hasPassword: false,
    });
    const created = await t.call({
      method: 'POST',
      url: userPath('/password'),
      headers,
      payload: { password: 'first-password' },
    });
    expect(created.statusCode).toBe(201);
    expect((await t.call({ method: 'GET', url: userPath('/password'), headers })).json()).toEqual({
      hasPassword: true,
    });
    expect((await t.call({ method: 'GET', url: userPath(), headers })).json().hasPassword).toBe(true);

    const again = await t.call({
      method: 'POST',
      url: userPath('/password'),
      headers,
      payload: { password: 'other-password' },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('SAM0305');

    const wrongCurrent = await t.call({
      method: 'PUT',
      url: userPath('/password'),
      headers,
      payload: { currentPassword: 'not-it-at-all', newPassword: 'second-password' },
    });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json()).toEqual({
      code: 'SAM0307',
      message: 'currentPassword: is not the current password',
    });
    expect((await signInAlice('first-password')).statusCode).toBe(200);

    const changed = await t.call({
      method: 'PUT',
      url: userPath('/password'),
      headers,
      payload: { currentPassword: 'first-password', newPassword: 'second-password' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await signInAlice('first-password')).statusCode).toBe(401);
    expect((await signInAlice('second-password')).statusCode).toBe(200);

    expect((await t.call({ method: 'DELETE', url: userPath('/password'), headers })).statusCode).toBe(204);
    expect((await t.call({ method: 'GET', url: userPath('/password'), headers })).json()).toEqual({
      hasPassword: false,
    });
    expect((await signInAlice('second-password')).statusCode).toBe(401);
    const deleteAgain = await t.call({ method: 'DELETE', url: userPath('/password'), headers });
    expect(deleteAgain.statusCode).toBe(404);
    expect(deleteAgain.json().code).toBe('SAM0306');
  });

  it('checks the body: length, missing and unknown fields', async () => {
    const cases: Array<[string, 'POST' | 'PUT', object, string]> = [
      ['short', 'POST', { password: 'short' }, 'password: must be at least 8 characters'],
      ['missing', 'POST', {}, 'password: is required'],
      ['unknown', 'POST', { password: 'long-enough', confirm: 'x' }, "unknown field 'confirm'"],
      [
        'new too short',
        'PUT',
        { currentPassword: 'whatever', newPassword: 'short' },
        'newPassword: must be at least 8 characters',
      ],
      ['current missing', 'PUT', { newPassword: 'long-enough' }, 'currentPassword: is required'],
    ];
    for (const [name, method, payload, message] of cases) {
      const res = await t.call({ method, url: userPath('/password'), headers, payload });
      expect(res.statusCode, name).toBe(400);
      expect(res.json().message, name).toBe(message);
    }
    const noPassword = await t.call({
      method: 'PUT',
      url: userPath('/password'),
      headers,
      payload: { currentPassword: 'whatever', newPassword: 'long-enough' },
    });
    expect(noPassword.json().code).toBe('SAM0306');
  });

  it('lets only one of two changes made with the same current password win', async () => {
    await t.call({
      method: 'POST',
      url: userPath('/password'),
      headers,
      payload: { password: 'first-password' },
    });
    const change = (newPassword: string) =>
      t.call({
        method: 'PUT',
        url: userPath('/password'),
        headers,
        payload: { currentPassword: 'first-password', newPassword },
      });
    const answers = await Promise.all([change('second-password-a'), change('second-password-b')]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 400]);
    const loser = answers.find((answer) => answer.statusCode === 400);
    expect(loser?.json().code).toBe('SAM0307');
    const winner = answers[0]?.statusCode === 200 ? 'second-password-a' : 'second-password-b';
    expect((await signInAlice(winner)).statusCode).toBe(200);
    expect(
      (await signInAlice(winner === 'second-password-a' ? 'second-password-b' : 'second-password-a'))
        .statusCode,
    ).toBe(401);
  });

  it('answers 404 for a user that does not exist', async () => {
    const url = `${t.operatorPath}/users/ghost/password`;
    expect((await t.call({ method: 'GET', url, headers })).statusCode).toBe(404);
    expect(
      (await t.call({ method: 'POST', url, headers, payload: { password: 'long-enough' } })).statusCode,
    ).toBe(404);
    expect((await t.call({ method: 'DELETE', url, headers })).statusCode).toBe(404);
  });
});
