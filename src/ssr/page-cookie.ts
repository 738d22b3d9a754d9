// The page cookie: what the server needs to draw /users for this browser before its code has run (src/ssr,
// server/plugins/server-render.ts). The session lives in localStorage, which a request for a page does not carry, so
// the console copies it here, with the language and the time zone the page is drawn in.
//
// - Path=/users: only the list and a user's pages carry it. The API never reads it (it signs with headers, as
//   Soracom's does), and in upstream mode /v1 is forwarded without it.
// - SameSite=Strict: a page of another site cannot make the browser send it.
// - It holds nothing localStorage does not already hold, for script on this origin to read alike. It ends with the
//   session (sign-out, expiry, another tab's sign-out) and is not written for a switched session ("acting as"),
//   whose page the browser draws itself.
import { isSession, readSession, subscribeSession, type Session } from '../api/session-store.ts';
import { currentLocale, subscribeI18n } from '../i18n/i18n-store.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';

export const PAGE_COOKIE = 'sam-console.page';
export const PAGE_COOKIE_PATH = '/users';
/** A session that states no end is kept for a day at most (a console token lasts far less). */
const LONGEST_SECONDS = 86_400;

export interface PageCookie {
  session: Session;
  locale: Locale;
  /** The browser's IANA time zone, for absolute times. */
  timeZone: string;
}

/** Zones Intl has accepted: asking it again costs a formatter's construction (about 0.1 ms) on every page drawn. */
const knownTimeZones = new Set<string>();
/** Intl takes a zone in any letter case, so the set stops growing here instead of keeping every spelling sent. */
const KNOWN_TIME_ZONES_MAX = 1000;

function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  if (knownTimeZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    return false;
  }
  if (knownTimeZones.size < KNOWN_TIME_ZONES_MAX) knownTimeZones.add(value);
  return true;
}

/** The cookie's value: the session's fields (nothing else of it), the language and the time zone, as URI-encoded JSON. */
export function encodePageCookie({ session, locale, timeZone }: PageCookie): string {
  const { apiKey, token, operatorId, userName, method, identity, expiresAt } = session;
  return encodeURIComponent(
    JSON.stringify({
      session: { apiKey, token, operatorId, userName, method, identity, expiresAt },
      locale,
      timeZone,
    }),
  );
}

/** Reads the cookie's value back; null for anything that is not one the console wrote. */
export function decodePageCookie(value: string): PageCookie | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(value));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { session, locale, timeZone } = parsed as Record<string, unknown>;
  if (!isSession(session) || !isLocale(locale) || !isTimeZone(timeZone)) return null;
  const { apiKey, token, operatorId, userName, method, identity, expiresAt } = session;
  return {
    session: {
      apiKey,
      token,
      operatorId,
      method,
      ...(userName !== undefined ? { userName } : {}),
      ...(identity !== undefined ? { identity } : {}),
      ...(expiresAt !== undefined ? { expiresAt } : {}),
    },
    locale,
    timeZone,
  };
}

/** The page cookie's value in a request's Cookie header, if there is one. */
export function pageCookieIn(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === PAGE_COOKIE) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** The browser's IANA time zone: the one the console draws absolute times in. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function writePageCookie(): void {
  const session = readSession();
  const attributes = `Path=${PAGE_COOKIE_PATH}; SameSite=Strict${location.protocol === 'https:' ? '; Secure' : ''}`;
  if (!session || session.switchedFrom) {
    document.cookie = `${PAGE_COOKIE}=; Max-Age=0; ${attributes}`;
    return;
  }
  const left =
    session.expiresAt === undefined
      ? LONGEST_SECONDS
      : Math.min(LONGEST_SECONDS, Math.max(0, Math.floor((session.expiresAt - Date.now()) / 1000)));
  const value = encodePageCookie({
    session,
    locale: currentLocale(),
    timeZone: browserTimeZone(),
  });
  document.cookie = `${PAGE_COOKIE}=${value}; Max-Age=${left}; ${attributes}`;
}

/** Keeps the cookie in step with the session and the language, from now on (main.tsx calls it once). */
export function keepPageCookie(): void {
  writePageCookie();
  subscribeSession(writePageCookie);
  subscribeI18n(writePageCookie);
}
