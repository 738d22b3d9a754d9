// Where the clock stands inside the current TOTP time step, for the "code changes in N s" countdown.

export interface TotpWindow {
  /** The RFC 6238 time-step counter: whole periods since the UNIX epoch. */
  counter: number;
  /** Whole seconds until the next step, rounded up so the display never reads 0 while a step runs. */
  secondsLeft: number;
  /** Share of the current step already gone, 0 (just started) to <1. */
  elapsedFraction: number;
  /** When the next step starts, in epoch milliseconds. */
  nextStepAt: number;
}

export function totpWindow(nowMs: number, periodSeconds = 30): TotpWindow {
  if (!Number.isFinite(nowMs))
    throw new RangeError('the clock reading must be a finite number of milliseconds');
  if (!Number.isInteger(periodSeconds) || periodSeconds < 1)
    throw new RangeError(`period must be a positive whole number of seconds, not ${periodSeconds}`);
  const periodMs = periodSeconds * 1000;
  const counter = Math.floor(nowMs / periodMs);
  const nextStepAt = (counter + 1) * periodMs;
  const msLeft = nextStepAt - nowMs;
  return {
    counter,
    secondsLeft: Math.ceil(msLeft / 1000),
    elapsedFraction: (periodMs - msLeft) / periodMs,
    nextStepAt,
  };
}
