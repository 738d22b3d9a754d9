// What a page drawn by the server was drawn from, embedded in its HTML after #root, so the browser hydrates the same
// page from the same answers instead of asking for them again (main.tsx).
import type { ConsoleConfig, UserDetail } from '../api/operations.ts';
import type { Locale } from '../i18n/locales.ts';

export const RENDERED_STATE_ID = 'sam-console-rendered';

export interface RenderedState {
  /** The fingerprint of the token the page was drawn for: another session's page is drawn again, not hydrated. */
  of: string;
  locale: Locale;
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
