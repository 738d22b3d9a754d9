// The session's clock: idle sign-out first, then expiry, then renewal near the end while active.
import { describe, expect, it } from 'vitest';
import { IDLE_SIGN_OUT_MS, RENEW_BEFORE_MS, sessionAction } from './session-timing.ts';

const now = Date.UTC(2026, 10, 29, 12, 0, 0);
const hour = 3_600_000;

describe('sessionAction', () => {
  it('does nothing for an active session far from its end', () => {
    expect(sessionAction({ now, lastActivity: now - 1000, expiresAt: now + hour })).toBe('none');
  });

  it('renews an active session once less than the margin is left', () => {
    expect(sessionAction({ now, lastActivity: now, expiresAt: now + RENEW_BEFORE_MS })).toBe('renew');
    expect(sessionAction({ now, lastActivity: now, expiresAt: now + RENEW_BEFORE_MS + 1 })).toBe('none');
  });

  it('signs out after the idle time, even when the token would still be renewed', () => {
    expect(sessionAction({ now, lastActivity: now - IDLE_SIGN_OUT_MS, expiresAt: now + 60_000 })).toBe(
      'sign-out-idle',
    );
    expect(sessionAction({ now, lastActivity: now - IDLE_SIGN_OUT_MS + 1, expiresAt: now + hour })).toBe(
      'none',
    );
  });

  it('ends a token past its end, and stops asking once a renewal was refused', () => {
    expect(sessionAction({ now, lastActivity: now, expiresAt: now })).toBe('expired');
    expect(sessionAction({ now, lastActivity: now, expiresAt: now + 60_000, renewalRefused: true })).toBe(
      'none',
    );
  });

  it('never renews a session whose end is unknown', () => {
    expect(sessionAction({ now, lastActivity: now, expiresAt: undefined })).toBe('none');
  });
});
