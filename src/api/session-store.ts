// The one store of session state: the signed-in session and how the last one ended. Both live in localStorage, so a
// session opened in one tab works in every tab of the browser and ends in all of them (each tab follows the others
// through the 'storage' event). React reads it through useSession()/useSessionState(); the API client reads it when it
// signs a request. The language is not part of it: src/i18n keeps the one setting, which outlives sessions.
import type { components } from './schema.gen.ts';

export type SignInMethod = 'root' | 'user' | 'authKey';
/** How the last session ended: a 401 or its time ran out, the user signed out, or they were idle too long. */
export type SessionEnd = 'expired' | 'signed-out' | 'idle';

export interface Session {
  apiKey: string;
  token: string;
  operatorId: string;
  /** Present when a SAM user (by password or AuthKey) signed in; absent for root. */
  userName?: string;
  method: SignInMethod;
  /** Root's email or the AuthKey ID, to show who is signed in. */
  identity?: string;
  /** When the token stops working (epoch ms), when known: renewal moves it. */
  expiresAt?: number;
  /** Set on a session opened by switch_user: the session it was switched from, restored by "Switch back". */
  switchedFrom?: Session;
}

/** What is kept of a session that ended, to sign in again with the same form filled: never a secret. */
export interface EndedSession {
  how: SessionEnd;
  method: SignInMethod;
  operatorId: string;
  userName?: string;
  identity?: string;
}

/** Everything the store holds, as one snapshot: a new object only when something in it changed. */
export interface SessionState {
  session: Session | null;
  /** How the last session ended, until the next sign-in; null before any ended. */
  ended: SessionEnd | null;
  /** How the session that ended had signed in, so signing in again opens the same form. */
  endedMethod: SignInMethod | null;
  /** The session that ended (method, operator, user), to fill the sign-in form again. */
  endedSession: EndedSession | null;
}

const STORAGE_KEY = 'sam-console.session';
const ENDED_KEY = 'sam-console.session-ended';

type Listener = () => void;
const listeners = new Set<Listener>();

// Snapshots are re-derived only when the stored text changes: useSyncExternalStore needs a stable object, and
// storage written behind the app's back (another tab, devtools) must still be seen.
let cachedRaw: string | null | undefined;
let cachedSession: Session | null = null;
let cachedEndRaw: string | null | undefined;
let cachedEnd: EndedSession | null = null;
let snapshot: SessionState | null = null;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isMethod(value: unknown): value is SignInMethod {
  return value === 'root' || value === 'user' || value === 'authKey';
}

/** Whether `value` has the shape of a stored session (also how the server reads the page cookie's). */
export function isSession(value: unknown): value is Session {
  return (
    isRecord(value) &&
    typeof value.apiKey === 'string' &&
    typeof value.token === 'string' &&
    typeof value.operatorId === 'string' &&
    isMethod(value.method) &&
    (value.userName === undefined || typeof value.userName === 'string') &&
    (value.identity === undefined || typeof value.identity === 'string') &&
    (value.expiresAt === undefined || typeof value.expiresAt === 'number')
  );
}

function isEndedSession(value: unknown): value is EndedSession {
  return (
    isRecord(value) &&
    (value.how === 'expired' || value.how === 'signed-out' || value.how === 'idle') &&
    isMethod(value.method) &&
    typeof value.operatorId === 'string'
  );
}

function parse(raw: string | null): unknown {
  try {
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

// Drawing a page on the server (src/ssr/render-page.tsx) there is no storage: the session is the one the request's
// cookie names, set for that one synchronous render.
let serverRenderSession: Session | null = null;

/** For the server's render of a page only: the session the page is drawn for (null once it is drawn). */
export function setServerRenderSession(session: Session | null): void {
  serverRenderSession = session;
}

function storedSession(): Session | null {
  const store = storage();
  if (!store) return serverRenderSession;
  const raw = store.getItem(STORAGE_KEY);
  if (raw === cachedRaw) return cachedSession;
  cachedRaw = raw;
  const parsed = parse(raw);
  cachedSession = isSession(parsed) ? parsed : null;
  return cachedSession;
}

function storedEnd(): EndedSession | null {
  const raw = storage()?.getItem(ENDED_KEY) ?? null;
  if (raw === cachedEndRaw) return cachedEnd;
  cachedEndRaw = raw;
  const parsed = parse(raw);
  cachedEnd = isEndedSession(parsed) ? parsed : null;
  return cachedEnd;
}

/** The whole state, for useSyncExternalStore: the same object until something changes. */
export function getSessionState(): SessionState {
  const session = storedSession();
  const end = session ? null : storedEnd();
  if (snapshot === null || snapshot.session !== session || snapshot.endedSession !== end)
    snapshot = { session, ended: end?.how ?? null, endedMethod: end?.method ?? null, endedSession: end };
  return snapshot;
}

/** The signed-in session, or null. Outside React only (the client, event handlers): components use useSession(). */
export function readSession(): Session | null {
  return getSessionState().session;
}

function notify(): void {
  for (const listener of listeners) listener();
}

// Another tab signed in, renewed the token or ended the session: follow it.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === STORAGE_KEY || event.key === ENDED_KEY) notify();
  });
}

const LAST_OPERATOR_KEY = 'sam-console.last-operator-id';

/** The operator ID of the last SAM-user sign-in in this browser, to fill the form next time. */
export function readLastOperatorId(): string | null {
  return storage()?.getItem(LAST_OPERATOR_KEY) ?? null;
}

const ACTIVITY_KEY = 'sam-console.last-activity';

/** When the user last clicked or typed in any tab of the console (epoch ms), or null when not recorded. */
export function readLastActivity(): number | null {
  const value = Number(storage()?.getItem(ACTIVITY_KEY) ?? NaN);
  return Number.isFinite(value) ? value : null;
}

/** Records activity for every tab (the idle sign-out counts from the last one anywhere). */
export function recordActivity(at: number): void {
  storage()?.setItem(ACTIVITY_KEY, String(at));
}

/** Stores a new session (a sign-in): whatever ended before is forgotten. */
export function writeSession(session: Session): void {
  storage()?.removeItem(ENDED_KEY);
  if (session.method === 'user') storage()?.setItem(LAST_OPERATOR_KEY, session.operatorId);
  storage()?.setItem(STORAGE_KEY, JSON.stringify(session));
  notify();
}

/** Swaps in a renewed token (generateAuthToken), if the session it renews is still the one stored. */
export function renewSessionToken(apiKey: string, token: string, expiresAt: number): void {
  const current = storedSession();
  if (!current || current.apiKey !== apiKey) return;
  storage()?.setItem(STORAGE_KEY, JSON.stringify({ ...current, token, expiresAt }));
  notify();
}

/** Builds the stored session from the answer of POST /auth. */
export function sessionFromSignIn(
  answer: components['schemas']['SignInResponse'],
  method: SignInMethod,
  identity: string | undefined,
  expiresAt?: number,
): Session {
  return {
    apiKey: answer.apiKey,
    token: answer.token,
    operatorId: answer.operatorId,
    ...(answer.userName !== undefined ? { userName: answer.userName } : {}),
    method,
    ...(identity !== undefined ? { identity } : {}),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
  };
}

/**
 * Forgets the session, in every tab. `how` records why (a 401, signing out, idle) with how it had signed in, the
 * operator and the user, so the sign-in page opens the same form filled in; without it, nothing is kept.
 */
export function clearSession(how: SessionEnd | null = null): void {
  const ending = storedSession();
  if (how && ending) {
    const end: EndedSession = {
      how,
      method: ending.method,
      operatorId: ending.operatorId,
      ...(ending.userName !== undefined ? { userName: ending.userName } : {}),
      ...(ending.identity !== undefined ? { identity: ending.identity } : {}),
    };
    storage()?.setItem(ENDED_KEY, JSON.stringify(end));
  } else if (!how) {
    storage()?.removeItem(ENDED_KEY);
  }
  storage()?.removeItem(STORAGE_KEY);
  storage()?.removeItem(ACTIVITY_KEY);
  notify();
}

/** Subscribe to session changes (sign-in, sign-out); returns the unsubscribe function. */
export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
