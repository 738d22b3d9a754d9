// Turns the API's UNIX-second timestamps into the dates and ages the AuthKey list shows.

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago something happened, in the largest whole unit: "just now", "5 minutes", "3 days". */
export function formatAge(thenSeconds: number, nowMs: number): string {
  const elapsed = Math.max(0, Math.floor(nowMs / 1000) - thenSeconds);
  if (elapsed < MINUTE) return 'less than a minute';
  if (elapsed < HOUR) return plural(Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return plural(Math.floor(elapsed / HOUR), 'hour');
  return plural(Math.floor(elapsed / DAY), 'day');
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** A readable local date and time, or "never" for a key that has not signed in yet. */
export function formatTimestamp(seconds: number | undefined, locale?: string, timeZone?: string): string {
  if (seconds === undefined) return 'never';
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(seconds * 1000));
}

/** The machine-readable form for a `<time dateTime>` attribute. */
export function isoTimestamp(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}
