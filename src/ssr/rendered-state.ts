// What a page drawn by the server was drawn from, embedded in its HTML after #root, so the browser hydrates the same
// page from the same answers instead of asking for them again (main.tsx).
import type { ConsoleConfig, UserDetail } from '../api/operations.ts';
import type { Locale } from '../i18n/locales.ts';

export const RENDERED_STATE_ID = 'sam-console-rendered';

export interface RenderedState {
  /** The fingerprint of the token the page was drawn for: another session's page is drawn again, not hydrated. */
  of: string;
  locale: Locale;
  /** The IANA time zone its absolute times (the tooltips of the list's dates) were drawn in: the cookie's. */
  timeZone: string;
  config: ConsoleConfig;
  /** When the server answered the list (epoch ms): its ages are measured from it, on both sides. */
  usersAnsweredAt: number;
  users: UserDetail[];
}

/**
 * The element, with the list's answer as the API gave it (`usersJson`, not parsed and written again: it is most of
 * the page) and every '<' escaped, so nothing in a user's description can end the element.
 */
export function renderedStateScript(state: Omit<RenderedState, 'users'>, usersJson: string): string {
  const head = JSON.stringify(state).slice(0, -1);
  const json = `${head},"users":${usersJson}}`.replace(/</g, '\\u003c');
  return `<script type="application/json" id="${RENDERED_STATE_ID}">${json}</script>`;
}

/** What the browser has now, to compare with the state a page was drawn from. */
export interface BrowserState {
  /** tokenFingerprint() of the session's token, or null when signed out. */
  tokenFingerprint: string | null;
  locale: Locale;
  timeZone: string;
}

/**
 * What the browser may do with a drawn page: take its answers when they were asked with this browser's session, and
 * hydrate it (keep its markup) only when it was also drawn in this browser's language and time zone, so that every
 * text and time it shows is what the browser would draw. Otherwise the page is drawn again (the cookie lags behind a
 * language switch in another tab, or behind a laptop that has changed time zones since the last visit).
 */
export function takeoverOf(
  rendered: Pick<RenderedState, 'of' | 'locale' | 'timeZone'> | null,
  browser: BrowserState,
): { takeAnswers: boolean; hydrate: boolean } {
  const takeAnswers =
    rendered !== null && browser.tokenFingerprint !== null && rendered.of === browser.tokenFingerprint;
  const hydrate = takeAnswers && rendered.locale === browser.locale && rendered.timeZone === browser.timeZone;
  return { takeAnswers, hydrate };
}

/** In the browser: the embedded state, once (the element is removed), or null on a page the server did not draw. */
export function takeRenderedState(): RenderedState | null {
  const element = document.getElementById(RENDERED_STATE_ID);
  if (!element) return null;
  element.remove();
  try {
    return JSON.parse(element.textContent ?? '') as RenderedState;
  } catch {
    return null;
  }
}
