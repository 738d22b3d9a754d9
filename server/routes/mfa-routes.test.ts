// MFA over HTTP: enrolment states, verification, sign-in with a code, and codes never reused.
import { beforeEach, describe, expect, it } from 'vitest';
import { currentTotp } from '../auth/totp.ts';
import { useTestApp } from '../use-test-app.ts';

let clock: Date;
beforeEach(() => {
  clock = new Date('2026-11-28T10:00:05Z');
});
const { t, root: headers } = useTestApp({ now: () => clock });
const mfaPath = (rest = '') => `${t.operatorPath}/users/alice/mfa${rest}`;

beforeEach(async () => {
  await t.call({ method: 'POST', url: `${t.operatorPath}/users/alice`, headers });
  await t.call({
    method: 'POST',
    url: `${t.operatorPath}/users/alice/password`,
    headers,
    payload: { password: 'alice-password' },
  });
});

const status = async () => (await t.call({ method: 'GET', url: mfaPath(), headers })).json().status;
const secretOf = (uri: string) => new URL(uri).searchParams.get('secret') ?? '';
const advance = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};
const signIn = (extra: object = {}) =>
  t.call({
    method: 'POST',
    url: '/v1/auth',
    payload: { operatorId: t.operatorId, userName: 'alice', password: 'alice-password', ...extra },
  });

async function activate(): Promise<string> {
  const secret = secretOf((await t.call({ method: 'POST', url: mfaPath(), headers })).json().totpUri);
  const res = await t.call({
    method: 'POST',
    url: mfaPath('/verify'),
    headers,
    payload: { mfaOTPCode: currentTotp(secret, clock) },
  });
  expect(res.statusCode).toBe(204);
  return secret;
}

describe('MFA enrolment', () => {
  it('INACTIVE → enable → UNCONFIRMED → verify → ACTIVE → revoke → INACTIVE', async () => {
    expect(await status()).toBe('INACTIVE');
    const res = await t.call({ method: 'POST', url: mfaPath(), headers });
    expect(res.statusCode).toBe(200);
    const uri = new URL(res.json().totpUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe(`/SAM Console sandbox:${t.operatorId}:alice`);
    expect(uri.searchParams.get('issuer')).toBe('SAM Console sandbox');
    expect(uri.searchParams.get('algorithm')).toBe('SHA1');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
    expect(await status()).toBe('UNCONFIRMED');

    const code = currentTotp(secretOf(res.json().totpUri), clock);
    expect(
      (await t.call({ method: 'POST', url: mfaPath('/verify'), headers, payload: { mfaOTPCode: code } }))
        .statusCode,
    ).toBe(204);
    expect(await status()).toBe('ACTIVE');

    expect((await t.call({ method: 'DELETE', url: mfaPath(), headers })).statusCode).toBe(204);
    expect(await status()).toBe('INACTIVE');
    expect((await signIn()).statusCode).toBe(200);
  });

  it('a wrong code answers 400 and changes nothing', async () => {
    const secret = secretOf((await t.call({ method: 'POST', url: mfaPath(), headers })).json().totpUri);
    const right = currentTotp(secret, clock);
    const wrong = right === '000000' ? '111111' : '000000';
    const res = await t.call({
      method: 'POST',
      url: mfaPath('/verify'),
      headers,
      payload: { mfaOTPCode: wrong },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('SAM0308');
    expect(await status()).toBe('UNCONFIRMED');
    // A code from two steps away is outside the ±1 window.
    const stale = currentTotp(secret, new Date(clock.getTime() - 60_000));
    if (stale !== right) {
      expect(
        (await t.call({ method: 'POST', url: mfaPath('/verify'), headers, payload: { mfaOTPCode: stale } }))
          .statusCode,
      ).toBe(400);
    }
    expect(
      (await t.call({ method: 'POST', url: mfaPath('/verify'), headers, payload: { mfaOTPCode: right } }))
        .statusCode,
    ).toBe(204);
  });

  it('accepts a code from the neighbouring step (clock drift)', async () => {
    const secret = secretOf((await t.call({ method: 'POST', url: mfaPath(), headers })).json().totpUri);
    const previous = currentTotp(secret, new Date(clock.getTime() - 30_000));
    expect(
      (await t.call({ method: 'POST', url: mfaPath('/verify'), headers, payload: { mfaOTPCode: previous } }))
        .statusCode,
    ).toBe(204);
  });

  it('enabling again while UNCONFIRMED issues a fresh secret; the old one stops working', async () => {
    const first = secretOf((await t.call({ method: 'POST', url: mfaPath(), headers })).json().totpUri);
    const second = secretOf((await t.call({ method: 'POST', url: mfaPath(), headers })).json().totpUri);
    expect(second).not.toBe(first);
    const oldCode = currentTotp(first, clock);
    if (oldCode !== currentTotp(second, clock)) {
      expect(
        (await t.call({ method: 'POST', url: mfaPath('/verify'), headers, payload: { mfaOTPCode: oldCode } }))
          .statusCode,
      ).toBe(400);
    }
    expect(
      (
        await t.call({
          method: 'POST',
          url: mfaPath('/verify'),
          headers,
          payload: { mfaOTPCode: currentTotp(second, clock) },
        })
      ).statusCode,
    ).toBe(204);
  });

  it('verify without enrolment, and enable while ACTIVE, answer 400', async () => {
    const notEnrolled = await t.call({
      method: 'POST',
      url: mfaPath('/verify'),
      headers,
      payload: { mfaOTPCode: '123456' },
    });
    expect(notEnrolled.statusCode).toBe(400);
    expect(notEnrolled.json().code).toBe('SAM0309');
    await activate();
    const enableAgain = await t.call({ method: 'POST', url: mfaPath(), headers });
    expect(enableAgain.statusCode).toBe(400);
    expect(enableAgain.json().code).toBe('SAM0310');
    expect(await status()).toBe('ACTIVE');
  });

  it('answers 404 for a missing user and 400 for a missing code', async () => {
    const ghost = `${t.operatorPath}/users/ghost/mfa`;
    expect((await t.call({ method: 'GET', url: ghost, headers })).statusCode).toBe(404);
    expect((await t.call({ method: 'POST', url: ghost, headers })).statusCode).toBe(404);
    expect((await t.call({ method: 'DELETE', url: ghost, headers })).statusCode).toBe(404);
    const noCode = await t.call({ method: 'POST', url: mfaPath('/verify'), headers, payload: {} });
    expect(noCode.json()).toEqual({ code: 'SAM0002', message: 'mfaOTPCode: is required' });
  });
});

describe('signing in with MFA', () => {
  it('asks for the code with its own code, refuses a wrong one, and accepts the right one once', async () => {
    const secret = await activate();
    advance(30);

    const missing = await signIn();
    expect(missing.statusCode).toBe(401);
    expect(missing.json().code).toBe('SAM0104');

    const right = currentTotp(secret, clock);
    const wrongCode = right === '000000' ? '111111' : '000000';
    const wrong = await signIn({ mfaOTPCode: wrongCode });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('SAM0105');

    // The wrong password is refused before the code is even looked at.
    const badPassword = await signIn({ password: 'not-alices', mfaOTPCode: right });
    expect(badPassword.json().code).toBe('SAM0101');

    const ok = await signIn({ mfaOTPCode: right });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().userName).toBe('alice');

    const replay = await signIn({ mfaOTPCode: right });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('SAM0105');

    advance(30);
    expect((await signIn({ mfaOTPCode: currentTotp(secret, clock) })).statusCode).toBe(200);
  });

  it('two sign-ins racing with the same code: exactly one wins', async () => {
    const secret = await activate();
    advance(30);
    const code = currentTotp(secret, clock);
    const results = await Promise.all([
      signIn({ mfaOTPCode: code }),
      signIn({ mfaOTPCode: code }),
      signIn({ mfaOTPCode: code }),
    ]);
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    // The losers are refused: 401 for a replayed code, or 429 when the throttle (at most two
    // credential checks of one account at once) turned the third away before it was checked.
    expect(
      statuses.filter((status) => status !== 200).every((status) => status === 401 || status === 429),
    ).toBe(true);
  });

  it('the code used to verify enrolment cannot sign in', async () => {
    const secret = secretOf((await t.call({ method: 'POST', url: mfaPath(), headers })).json().totpUri);
    const code = currentTotp(secret, clock);
    expect(
      (await t.call({ method: 'POST', url: mfaPath('/verify'), headers, payload: { mfaOTPCode: code } }))
        .statusCode,
    ).toBe(204);
    expect((await signIn({ mfaOTPCode: code })).statusCode).toBe(401);
  });

  it('an AuthKey signs in without a code, and an UNCONFIRMED MFA does not ask for one', async () => {
    await t.call({ method: 'POST', url: mfaPath(), headers });
    expect((await signIn()).statusCode).toBe(200);
    await t.call({ method: 'DELETE', url: mfaPath(), headers });
    await activate();
    const key = (
      await t.call({ method: 'POST', url: `${t.operatorPath}/users/alice/auth_keys`, headers })
    ).json();
    const res = await t.call({
      method: 'POST',
      url: '/v1/auth',
      payload: { authKeyId: key.authKeyId, authKey: key.authKey },
    });
    expect(res.statusCode).toBe(200);
  });
});
