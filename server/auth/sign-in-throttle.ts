// Growing waits after failed sign-ins (and currentPassword checks), per account and per client address.
import { ApiFailure } from '../errors.ts';
import type { ThrottleStore } from '../store/throttle-store.ts';

export interface ThrottlePolicy {
  /** Failures in a window before a key starts to wait. */
  freeFailures: number;
  /** The first wait, in seconds; each further failure doubles it. */
  firstDelaySeconds: number;
  /** The longest wait one failure can cause, in seconds. */
  maxDelaySeconds: number;
  /** At this many failures in one window the key waits until the window ends (ASVS 2.2.1: ≤ 100 an hour). */
  maxFailuresPerWindow: number;
  windowSeconds: number;
}

export interface SignInThrottleLimits {
  account: ThrottlePolicy;
  address: ThrottlePolicy;
}

export const DEFAULT_THROTTLE_LIMITS: SignInThrottleLimits = {
  account: {
    freeFailures: 5,
    firstDelaySeconds: 1,
    maxDelaySeconds: 15 * 60,
    maxFailuresPerWindow: 100,
    windowSeconds: 3600,
  },
  // Offices share an address: more room before waiting, the same hourly ceiling per account still holds.
  address: {
    freeFailures: 20,
    firstDelaySeconds: 1,
    maxDelaySeconds: 15 * 60,
    maxFailuresPerWindow: 300,
    windowSeconds: 3600,
  },
};

/** The keys one attempt counts against: its account and its client address. */
export interface ThrottleKeys {
  account: string;
  address: string;
}

export const accountKey = {
  root: (email: string) => `root:${email.trim().toLowerCase()}`,
  samUser: (operatorId: string, userName: string) => `user:${operatorId}/${userName}`,
  authKey: (authKeyId: string) => `authKey:${authKeyId}`,
};

export const addressKey = (address: string) => `address:${address}`;

/** The wait a failure count earns under a policy, or 0. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures <= policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures - 1, 30);
  return Math.min(policy.firstDelaySeconds * 2 ** doublings, policy.maxDelaySeconds);
}

/**
 * Checks of one account (and of one address) allowed at once. Failures are only counted once a
 * check ends, so without this cap a burst of parallel guesses would all be hashed before the
 * first failure counted; the cap makes a burst wait its turn (429, Retry-After 1).
 */
export const MAX_CONCURRENT_CHECKS = { account: 2, address: 8 };

export function createSignInThrottle(store: ThrottleStore, limits: SignInThrottleLimits) {
  let failuresSincePrune = 0;
  const inFlight = new Map<string, number>();
  const busy = (key: string, max: number) => (inFlight.get(key) ?? 0) >= max;
  const adjust = (key: string, by: number) => {
    const next = (inFlight.get(key) ?? 0) + by;
    if (next <= 0) inFlight.delete(key);
    else inFlight.set(key, next);
  };
  const policyOf = (key: string) => (key.startsWith('address:') ? limits.address : limits.account);

  function recordOne(key: string, now: number): void {
    const policy = policyOf(key);
    const row = store.get(key);
    const fresh = !row || now - row.window_start >= policy.windowSeconds;
    const failures = fresh ? 1 : row.failures + 1;
    const windowStart = fresh ? now : row.window_start;
    let blockedUntil = now + delayAfter(failures, policy);
    if (failures >= policy.maxFailuresPerWindow)
      blockedUntil = Math.max(blockedUntil, windowStart + policy.windowSeconds);
    store.put({ throttle_key: key, failures, window_start: windowStart, blocked_until: blockedUntil });
  }

  return {
    /** Refuses with 429 (and the seconds to wait) while any of the keys is waiting; checks no secret. */
    check(keys: ThrottleKeys, now: number): void {
      let waitUntil = 0;
      for (const key of [keys.account, keys.address]) {
        waitUntil = Math.max(waitUntil, store.get(key)?.blocked_until ?? 0);
      }
      if (waitUntil > now) throw new ApiFailure('SAM0429', { seconds: waitUntil - now });
    },
    /**
     * check(), then holds one of the key's concurrent-check slots until `work` settles. The
     * secret is hashed inside `work`, so a refused burst costs no hashing.
     */
    async guard<T>(keys: ThrottleKeys, now: number, work: () => Promise<T>): Promise<T> {
      this.check(keys, now);
      if (
        busy(keys.account, MAX_CONCURRENT_CHECKS.account) ||
        busy(keys.address, MAX_CONCURRENT_CHECKS.address)
      )
        throw new ApiFailure('SAM0429', { seconds: 1 });
      adjust(keys.account, 1);
      adjust(keys.address, 1);
      try {
        return await work();
      } finally {
        adjust(keys.account, -1);
        adjust(keys.address, -1);
      }
    },
    /** Counts a failure against both keys; call it inside the transaction that audits the failure. */
    recordFailure(keys: ThrottleKeys, now: number): void {
      recordOne(keys.account, now);
      recordOne(keys.address, now);
      failuresSincePrune += 1;
      if (failuresSincePrune >= 100) {
        failuresSincePrune = 0;
        const longest = Math.max(limits.account.windowSeconds, limits.address.windowSeconds);
        store.prune(now - longest, now);
      }
    },
    /** The right credential clears its account's count; the address keeps its count (one good account must not launder guesses at others). */
    recordSuccess(keys: ThrottleKeys): void {
      store.clear(keys.account);
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
