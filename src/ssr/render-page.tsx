// The server's entry (built by vite.config.ts into dist-ssr/): draws /users with the browser app's own components,
// for a browser whose page cookie names its session, so the list is in the HTML the browser first receives. The
// browser then hydrates what it received (main.tsx) from the same answers, embedded beside it.
//
// Everything the page reads at its first render is known here: the session (the cookie's), the language (both are
// loaded once, before the first request), the time zone (the cookie's), the list and the console's configuration
// (asked of the server by the caller). What only the browser knows (the MFA statuses, a SAM user's permission
// documents, refusals recorded in this browser) is drawn as "not known yet" on both sides and filled in once the page
// is live, exactly as a page the browser draws itself.
import { renderToString } from 'react-dom/server';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import type { ConsoleConfig, UserDetail } from '../api/operations.ts';
import { setServerRenderSession, type Session } from '../api/session-store.ts';
import { ConsoleApp } from '../app/console-app.tsx';
import { createQueryClient } from '../app/query-client.ts';
import { pageModules } from '../app/router.tsx';
import { guardHistory } from '../components/leave-guard.tsx';
import { consoleConfigOptions } from '../features/session/console-config-queries.ts';
import { setRenderTimeZone } from '../i18n/format.ts';
import { activateLocale, messages, switchToLoadedLocale } from '../i18n/i18n-store.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { pageAreas } from '../i18n/messages/messages.ts';
import { usersListOptions } from '../queries/user-queries.ts';
import { tokenFingerprint } from '../lib/token-fingerprint.ts';
import { renderedStateScript } from './rendered-state.ts';
import { decodePageCookie, pageCookieIn } from './page-cookie.ts';
import type { DocumentRequest } from './document-request.ts';

/** Loads every text of both languages and the list page's module: once, before the first request is drawn. */
export async function prepareServerRender(): Promise<void> {
  for (const locale of locales) await activateLocale(locale, { areas: pageAreas });
  await pageModules.users();
  // One page drawn in each language before the first request, so the first browser after a restart does not wait
  // for the renderer's code to warm up.
  const at = Math.floor(Date.now() / 1000);
  const users = Array.from({ length: 50 }, (_, index) => ({
    userName: `warm-up-${index}`,
    description: 'warm-up',
    hasPassword: index % 2 === 0,
    authKeyList: [],
    roleList: [],
    createDateTime: at - index * 86_400,
    updateDateTime: at,
  }));
  for (const locale of locales)
    renderUsersPage({
      url: '/users',
      session: { apiKey: 'warm-up', token: 'warm-up', operatorId: 'OP0000000000', method: 'root' },
      locale,
      timeZone: 'UTC',
      users,
      usersAnsweredAt: Date.now(),
      config: { mode: 'local', maxUsers: 1000 },
    });
}

export interface UsersPageInput {
  /** The requested path with its query (the list's search, sort, filters and page live there). */
  url: string;
  session: Session;
  locale: Locale;
  timeZone: string;
  users: UserDetail[];
  /** When the server answered the list (epoch ms): the list's ages are measured from it, here and when hydrated. */
  usersAnsweredAt: number;
  config: ConsoleConfig;
}

/** Draws /users as the browser would at its first render: the markup inside #root. Synchronous, so nothing else runs
 * between setting the session, language and time zone and drawing with them. */
export function renderUsersPage(input: UsersPageInput): string {
  if (!switchToLoadedLocale(input.locale))
    throw new Error('prepareServerRender() must finish before a page is drawn');
  const client = createQueryClient();
  client.setQueryData(usersListOptions().queryKey, input.users, { updatedAt: input.usersAnsweredAt });
  client.setQueryData(consoleConfigOptions().queryKey, input.config, { updatedAt: input.usersAnsweredAt });
  setServerRenderSession(input.session);
  setRenderTimeZone(input.timeZone);
  try {
    const history = guardHistory(createMemoryHistory({ initialEntries: [input.url], v5Compat: true }));
    return renderToString(<ConsoleApp queryClient={client} history={history} />);
  } finally {
    setServerRenderSession(null);
    setRenderTimeZone(undefined);
    client.clear();
  }
}

const ROOT = '<div id="root"></div>';

/**
 * The whole HTML of /users for the session the request's page cookie names: the list and the console's configuration
 * asked of the server with that session's headers, the page drawn from them into index.html, the answers beside it.
 * Null (the browser draws the page itself, as without the cookie) when there is no valid cookie or an answer is not a
 * success: a token that expired, a principal that may not list users, an API that is down.
 */
export async function renderUsersDocument({
  cookie,
  url,
  readTemplate,
  ask,
}: DocumentRequest): Promise<string | null> {
  const page = decodePageCookie(pageCookieIn(cookie) ?? '');
  if (!page) return null;
  const { session, locale, timeZone } = page;
  const headers = {
    'x-soracom-api-key': session.apiKey,
    'x-soracom-token': session.token,
    'x-soracom-lang': locale,
  };
  const [list, configAnswer, template] = await Promise.all([
    ask(`/v1/operators/${encodeURIComponent(session.operatorId)}/users`, headers),
    ask('/config.json', {}),
    readTemplate(),
  ]);
  if (list.status !== 200 || configAnswer.status !== 200 || !template.includes(ROOT)) return null;
  const users = JSON.parse(list.text) as unknown;
  const config = JSON.parse(configAnswer.text) as unknown;
  if (!Array.isArray(users) || !isRecord(config)) return null;
  const usersAnsweredAt = Date.now();
  const state = {
    of: tokenFingerprint(session.token),
    locale,
    timeZone,
    config: config as ConsoleConfig,
    usersAnsweredAt,
  };
  const html = renderUsersPage({
    url,
    session,
    locale,
    timeZone,
    users: users as UserDetail[],
    config: state.config,
    usersAnsweredAt,
  });
  // The page's own title from the first byte (the browser's usePageTitle sets the same once it is live).
  const m = messages();
  const title = escapeText(`${m.userList.title} · ${m.app.name}`);
  // Replaced by functions: a '$' in a user's description must stay a '$', not a replacement pattern.
  return template
    .replace(/<html lang="[^"]*"/, () => `<html lang="${locale}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
    .replace(ROOT, () => `<div id="root">${html}</div>${renderedStateScript(state, list.text)}`);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
