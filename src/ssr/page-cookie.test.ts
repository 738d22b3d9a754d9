// @vitest-environment jsdom
// @vitest-environment-options {"url": "http://localhost/users"}
// The page cookie: what it carries (the session's fields, the language, the time zone, nothing else), what the server
// accepts back, and that the console keeps it in step with the session and the language.
import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, renewSessionToken, writeSession, type Session } from '../api/session-store.ts';
import { activateLocale } from '../i18n/i18n-store.ts';
import {
  decodePageCookie,
  encodePageCookie,
  keepPageCookie,
  PAGE_COOKIE,
  pageCookieIn,
} from './page-cookie.ts';

const session: Session = {
  apiKey: 'api-key',
  token: 'token',
  operatorId: 'OP0000000001',
  userName: 'alice',
  method: 'user',
  expiresAt: Date.now() + 3_600_000,
};

afterEach(() => {
  clearSession();
  localStorage.clear();
});

/** The cookie as this page (at /users) sees it, decoded; null when there is none. */
function cookieNow() {
  const value = pageCookieIn(document.cookie);
  return value === undefined ? null : decodePageCookie(value);
}

describe('the page cookie value', () => {
  it('carries the session’s fields, the language and the time zone, and reads back to them', () => {
    const value = encodePageCookie({ session, locale: 'ja', timeZone: 'Asia/Tokyo' });
    expect(value).not.toMatch(/[;,\s]/);
    expect(decodePageCookie(value)).toEqual({ session, locale: 'ja', timeZone: 'Asia/Tokyo' });
  });

  it('leaves out the session a switched one came from', () => {
    const switched: Session = { ...session, switchedFrom: { ...session, token: 'the-other-token' } };
    const value = encodePageCookie({ session: switched, locale: 'en', timeZone: 'UTC' });
    expect(decodeURIComponent(value)).not.toContain('the-other-token');
    expect(decodePageCookie(value)?.session).toEqual(session);
  });

  it('reads nothing from a value the console did not write', () => {
    const valid = { session, locale: 'en', timeZone: 'UTC' };
    const bad: unknown[] = [
      { ...valid, locale: 'fr' },
      { ...valid, timeZone: 'Mars/Base' },
      { ...valid, timeZone: 42 },
      { ...valid, session: { ...session, method: 'admin' } },
      { ...valid, session: { ...session, token: undefined } },
      { ...valid, session: { ...session, userName: 7 } },
      'a string',
      null,
    ];
    for (const value of bad) expect(decodePageCookie(encodeURIComponent(JSON.stringify(value)))).toBeNull();
    expect(decodePageCookie('%E0%A4%A')).toBeNull();
    expect(decodePageCookie('{')).toBeNull();
  });

  it('is found in a Cookie header among others, by its exact name', () => {
    expect(pageCookieIn(`a=1; ${PAGE_COOKIE}x=2; ${PAGE_COOKIE}=v%20w; b=3`)).toBe('v%20w');
    expect(pageCookieIn('a=1')).toBeUndefined();
    expect(pageCookieIn(undefined)).toBeUndefined();
  });
});

describe('keepPageCookie', () => {
  it('follows sign-in, renewal and the language, and ends with the session or a switch', async () => {
    await activateLocale('en');
    keepPageCookie();
    expect(cookieNow()).toBeNull();

    writeSession(session);
    expect(cookieNow()).toMatchObject({ session, locale: 'en' });

    renewSessionToken(session.apiKey, 'renewed-token', Date.now() + 3_600_000);
    expect(cookieNow()?.session.token).toBe('renewed-token');

    await activateLocale('ja');
    expect(cookieNow()?.locale).toBe('ja');

    // A switched session's pages are drawn by the browser: no cookie names it.
    writeSession({ ...session, token: 'acting-as', switchedFrom: session });
    expect(cookieNow()).toBeNull();

    writeSession(session);
    expect(cookieNow()).not.toBeNull();
    clearSession('signed-out');
    expect(cookieNow()).toBeNull();
  });
});
