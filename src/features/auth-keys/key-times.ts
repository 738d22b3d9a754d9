// Turns the API's UNIX-second timestamps into the dates and ages the AuthKey list shows, in the chosen language.

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago something happened, in the largest whole unit: "5 minutes", "3 days" (Intl's unit words). */
export function formatAge(
  thenSeconds: number,
  nowMs: number,
  locale = 'en',
  lessThanMinute = 'less than a minute',
): string {
  const elapsed = Math.max(0, Math.floor(nowMs / 1000) - thenSeconds);
  if (elapsed < MINUTE) return lessThanMinute;
  if (elapsed < HOUR) return inUnit(Math.floor(elapsed / MINUTE), 'minute', locale);
  if (elapsed < DAY) return inUnit(Math.floor(elapsed / HOUR), 'hour', locale);
  return inUnit(Math.floor(elapsed / DAY), 'day', locale);
}

function inUnit(count: number, unit: 'minute' | 'hour' | 'day', locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}

/** A readable date and time with its time zone named, or `never` for a key that has not signed in yet. */
export function formatTimestamp(
  seconds: number | undefined,
  locale?: string,
  timeZone?: string,
  never = 'never',
): string {
  if (seconds === undefined) return never;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    // 'long' time names the zone ("12:00:00 UTC", "21:00:00 JST"): a bare time is ambiguous to a team across zones.
    timeStyle: 'long',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(seconds * 1000));
}

/** The machine-readable form for a `<time dateTime>` attribute. */
export function isoTimestamp(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
