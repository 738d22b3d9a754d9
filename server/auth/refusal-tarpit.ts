// Holds a throttled credential check's 429 for a moment, so a client that ignores Retry-After waits instead of spinning.
//
// A refused guess costs the server little, but a client that fires the next one the instant the 429
// arrives still keeps a core busy on both ends: on a small machine that is what slows everyone
// else's sign-in. Holding the answer costs a timer and an open socket; bounded per address and in
// all, beyond which the answer goes at once and the connection closes.

export interface TarpitLimits {
  /** How long a 429 to a credential check is held, in ms; 0 turns holding off. */
  delayMs: number;
  /** Answers held at once for one client address. */
  maxHeldPerAddress: number;
  /** Answers held at once in all. */
  maxHeld: number;
}

export const DEFAULT_TARPIT: TarpitLimits = { delayMs: 1000, maxHeldPerAddress: 64, maxHeld: 1024 };

export function createRefusalTarpit(
  limits: TarpitLimits,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
) {
  const heldBy = new Map<string, number>();
  let held = 0;
  return {
    /** Waits out the delay and answers true, or answers false at once when too many are held already. */
    async hold(address: string): Promise<boolean> {
      if (limits.delayMs <= 0) return true;
      const mine = heldBy.get(address) ?? 0;
      if (held >= limits.maxHeld || mine >= limits.maxHeldPerAddress) return false;
      held += 1;
      heldBy.set(address, mine + 1);
      try {
        await wait(limits.delayMs);
      } finally {
        held -= 1;
        const left = (heldBy.get(address) ?? 1) - 1;
        if (left <= 0) heldBy.delete(address);
        else heldBy.set(address, left);
      }
      return true;
    },
    /** Answers being held now (for tests and the benchmark's sanity). */
    heldCount: () => held,
  };
}

export type RefusalTarpit = ReturnType<typeof createRefusalTarpit>;
