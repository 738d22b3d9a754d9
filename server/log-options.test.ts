// No secret reaches a log line, even at the most verbose level.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { currentTotp } from './auth/totp.ts';
import { buildTestApp } from './test-support.ts';

describe('logs', () => {
  it('carry requests but no password, token, API key, AuthKey secret or TOTP secret', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    let clock = new Date('2026-11-28T10:00:05Z');
    const t = await buildTestApp({ logger: { level: 'trace', stream }, now: () => clock });
    const rootSession = (
      await t.call({
        method: 'POST',
        url: '/v1/auth',
        payload: { email: t.root.email, password: t.root.password },
      })
    ).json();
    const headers = { 'x-soracom-api-key': rootSession.apiKey, 'x-soracom-token': rootSession.token };
    const userPath = `${t.operatorPath}/users/alice`;
    await t.call({ method: 'POST', url: userPath, headers });
    await t.call({
      method: 'POST',
      url: `${userPath}/password`,
      headers,
      payload: { password: 'alice-secret-password' },
    });
    await t.call({
      method: 'PUT',
      url: `${userPath}/password`,
      headers,
      payload: { currentPassword: 'alice-secret-password', newPassword: 'alice-second-password' },
    });
    const key = (await t.call({ method: 'POST', url: `${userPath}/auth_keys`, headers })).json();
    const keySession = (
      await t.call({
        method: 'POST',
        url: '/v1/auth',
        payload: { authKeyId: key.authKeyId, authKey: key.authKey },
      })
    ).json();
    const uri: string = (await t.call({ method: 'POST', url: `${userPath}/mfa`, headers })).json().totpUri;
    const totpSecret = new URL(uri).searchParams.get('secret') ?? '';
    const code = currentTotp(totpSecret, clock);
    await t.call({ method: 'POST', url: `${userPath}/mfa/verify`, headers, payload: { mfaOTPCode: code } });
    clock = new Date(clock.getTime() + 30_000);
    const nextCode = currentTotp(totpSecret, clock);
    const userSession = (
      await t.call({
        method: 'POST',
        url: '/v1/auth',
        payload: {
          operatorId: t.operatorId,
          userName: 'alice',
          password: 'alice-second-password',
          mfaOTPCode: nextCode,
        },
      })
    ).json();
    // A refused call (403) and a failed sign-in are logged too.
    await t.call({
      method: 'GET',
      url: `${t.operatorPath}/users`,
      headers: { 'x-soracom-api-key': keySession.apiKey, 'x-soracom-token': keySession.token },
    });
    await t.call({
      method: 'POST',
      url: '/v1/auth',
      payload: { email: t.root.email, password: 'wrong-root-password' },
    });
    await t.close();

    const log = lines.join('');
    expect(log).toContain('incoming request');
    expect(log).toContain('/v1/auth');
    const secrets = [
      t.root.password,
      'alice-secret-password',
      'alice-second-password',
      'wrong-root-password',
      rootSession.token,
      rootSession.apiKey,
      key.authKey,
      keySession.token,
      keySession.apiKey,
      totpSecret,
    ];
    expect(userSession.token).toBeTypeOf('string');
    secrets.push(userSession.token, userSession.apiKey);
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(8);
      expect(log).not.toContain(secret);
    }
  });
});
