// Dates, times, relative times and numbers in the chosen language, with Intl; absolute times name their time zone.
import type { Locale } from './locales.ts';

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31536000],
  ['month', 2592000],
  ['week', 604800],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

// Intl formatters are costly to build and the same few are asked for on every row: keep one per language.
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

// The browser formats in its own time zone. The server, drawing a page for a browser (src/ssr), formats in that
// browser's zone, which the page cookie names: set for that one synchronous render.
let renderTimeZone: string | undefined;

/** For the server's render of a page only: the time zone of the browser it is drawn for (undefined after). */
export function setRenderTimeZone(timeZone: string | undefined): void {
  renderTimeZone = timeZone;
}

/** "Nov 29, 2026, 12:40:05 UTC" / "2026/11/29 12:40:05 UTC": date and time with the time zone named. */
export function formatDateTime(date: Date | number, locale: Locale, timeZone = renderTimeZone): string {
  return cached(
    `dt:${locale}:${timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeStyle: 'long',
        ...(timeZone ? { timeZone } : {}),
      }),
  ).format(date);
}

/** "Nov 29, 2026" / "2026/11/29": the date alone. */
export function formatDate(date: Date | number, locale: Locale, timeZone = renderTimeZone): string {
  return cached(
    `d:${locale}:${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) }),
  ).format(date);
}

/** How a relative time is worded: `long` for text ("5 minutes ago", "yesterday"), `short` for a table's narrow
 * column ("5 min. ago", "1 day ago": numbers always, since "last mo." reads worse than "1 mo. ago"). */
export type RelativeStyle = 'long' | 'short';

/**
 * "5 minutes ago" / "5 分前" for a UNIX time in seconds, measured from `now` (ms). Under 45 seconds either way
 * reads `justNow`, since a few seconds of clock skew between browser and server are not worth saying.
 */
export function formatRelative(
  seconds: number,
  locale: Locale,
  justNow: string,
  now: number = Date.now(),
  style: RelativeStyle = 'long',
): string {
  const delta = seconds - Math.round(now / 1000);
  const abs = Math.abs(delta);
  if (abs < 45) return justNow;
  const relative = cached(`rt:${locale}:${style}`, () =>
    style === 'short'
      ? new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'short' })
      : new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  for (const [unit, size] of units) {
    if (abs >= size) return relative.format(Math.round(delta / size), unit);
  }
  return justNow;
}

/** "1,234" in either language. */
export function formatNumber(value: number, locale: Locale): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

export interface Format {
  locale: Locale;
  dateTime: (date: Date | number, timeZone?: string) => string;
  date: (date: Date | number, timeZone?: string) => string;
  /** From a UNIX time in seconds. */
  relative: (seconds: number, now?: number, style?: RelativeStyle) => string;
  number: (value: number) => string;
}

export function bindFormat(locale: Locale, time: { justNow: string }): Format {
  return {
    locale,
    dateTime: (date, timeZone) => formatDateTime(date, locale, timeZone),
    date: (date, timeZone) => formatDate(date, locale, timeZone),
    relative: (seconds, now, style) => formatRelative(seconds, locale, time.justNow, now, style),
    number: (value) => formatNumber(value, locale),
  };
}
