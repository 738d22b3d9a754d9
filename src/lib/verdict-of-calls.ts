// The verdict on an action made of several calls, for the pages that offer one; apart from capability-verdicts.ts,
// which every page loads first.
import { ALLOWED, UNKNOWN, type Verdict } from './capability-verdicts.ts';

/**
 * The verdict on an action made of several calls (a password reset: delete, then create): denied when any call is,
 * naming every denied API; unknown when any is unknown; else allowed.
 */
export function allOf(...verdicts: readonly Verdict[]): Verdict {
  const denied = verdicts.flatMap((verdict) => (verdict.kind === 'denied' ? [verdict.api] : []));
  if (denied.length > 0) return { kind: 'denied', api: denied.join(', ') };
  return verdicts.some((verdict) => verdict.kind === 'unknown') ? UNKNOWN : ALLOWED;
}
