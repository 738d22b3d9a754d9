// RFC 6238 TOTP for SAM users' MFA: SHA-1, 6 digits, 30 s steps, ±1 step, each step usable once.
import { Secret, TOTP } from 'otpauth';

/** The issuer names the sandbox, so an authenticator entry is never mistaken for real Soracom. */
export const TOTP_ISSUER = 'SAM Console sandbox';
const PERIOD = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function totpUri(secretBase32: string, operatorId: string, userName: string): string {
  return totpFor(secretBase32, `${operatorId}:${userName}`).toString();
}

/**
 * The time step the code belongs to, or null when it is wrong or not newer than `lastStep`
 * (so a code seen once, or an older one, cannot be replayed).
 */
export function acceptTotp(
  secretBase32: string,
  code: string,
  now: Date,
  lastStep: number | null,
): number | null {
  if (!/^[0-9]{6}$/.test(code)) return null;
  const delta = totpFor(secretBase32, 'check').validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** The current code for a secret (the seed banner and tests use it). */
export function currentTotp(secretBase32: string, now: Date): string {
  return totpFor(secretBase32, 'code').generate({ timestamp: now.getTime() });
}
