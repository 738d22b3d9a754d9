// Keeps a signed-in session going while it is used: records activity, renews the token before it ends (one tab at a
// time), and signs out in every tab after the stated idle time or once the token has run out.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { generateAuthToken, logout } from '../../api/operations.ts';
import { isApiError } from '../../api/api-error.ts';
import {
  clearSession,
  readLastActivity,
  readSession,
  recordActivity,
  renewSessionToken,
} from '../../api/session-store.ts';
import { useSession } from '../../api/use-session.ts';
import { CONSOLE_TOKEN_SECONDS, sessionAction } from './session-timing.ts';
import { returnFromSwitchedSession } from './switched-session-end.ts';

const TICK_MS = 15_000;
/** Activity is written to storage at most this often: every tab reads it, no need for each keystroke. */
const ACTIVITY_WRITE_MS = 5_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<void>;
}

/** Runs `work` holding a lock shared by every tab (Web Locks), so two tabs never renew the same token at once. */
async function withRenewalLock(work: () => Promise<void>): Promise<void> {
  const locks = (navigator as Navigator & { locks?: LockManagerLike }).locks;
  if (locks) await locks.request('sam-console.renew-token', work);
  else await work();
}

export function SessionKeeper() {
  const session = useSession();
  const queryClient = useQueryClient();
  const apiKey = session?.apiKey;

  useEffect(() => {
    if (!apiKey) return;
    if (readLastActivity() === null) recordActivity(Date.now());
    let lastWrite = 0;
    let renewalRefused = false;
    let renewing = false;

    const onActivity = () => {
      const now = Date.now();
      if (now - lastWrite < ACTIVITY_WRITE_MS) return;
      lastWrite = now;
      recordActivity(now);
    };

    const end = async (how: 'idle' | 'expired') => {
      if (how === 'idle') {
        // The server forgets the token too; a failure here changes nothing for the user.
        await logout().catch(() => undefined);
      }
      const current = readSession();
      if (current?.apiKey !== apiKey) return;
      if (how === 'expired' && current.switchedFrom) {
        await returnFromSwitchedSession(current);
        return;
      }
      clearSession(how);
      queryClient.clear();
    };

    const renew = () =>
      withRenewalLock(async () => {
        const current = readSession();
        if (!current || current.apiKey !== apiKey) return;
        // Another tab may have renewed while this one waited for the lock.
        const action = sessionAction({
          now: Date.now(),
          lastActivity: readLastActivity() ?? Date.now(),
          expiresAt: current.expiresAt,
        });
        if (action !== 'renew') return;
        const { token } = await generateAuthToken({ tokenTimeoutSeconds: CONSOLE_TOKEN_SECONDS });
        renewSessionToken(apiKey, token, Date.now() + CONSOLE_TOKEN_SECONDS * 1000);
      });

    const tick = () => {
      const current = readSession();
      if (!current || current.apiKey !== apiKey || renewing) return;
      const action = sessionAction({
        now: Date.now(),
        lastActivity: readLastActivity() ?? Date.now(),
        expiresAt: current.expiresAt,
        renewalRefused,
      });
      if (action === 'sign-out-idle') void end('idle');
      else if (action === 'expired') void end('expired');
      // A switched session lasts the time chosen when switching: it is not renewed past it.
      else if (action === 'renew' && !current.switchedFrom) {
        renewing = true;
        renew()
          .catch((error: unknown) => {
            // A 401 ends the session through the client's listener; any other refusal (the session's absolute
            // lifetime) means waiting for the end, which then brings the sign-in page with the fields kept.
            if (isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 401)
              renewalRefused = true;
          })
          .finally(() => {
            renewing = false;
          });
      }
    };

    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { passive: true, capture: true });
    const onVisible = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(tick, TICK_MS);
    tick();
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [apiKey, queryClient]);

  return null;
}
