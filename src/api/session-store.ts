// The one store of session state: the signed-in session (kept in sessionStorage, so it dies with the tab) and how the
// last session ended. React reads it through useSession()/useSessionState(); the API client reads it when it signs
// a request. The language is not part of it: src/i18n keeps the one setting, which outlives sessions.
import type { components } from './schema.gen.ts';

export type SignInMethod = 'root' | 'user' | 'authKey';
/** How the last session ended: a 401 from the API, or the user signing out. */
export type SessionEnd = 'expired' | 'signed-out';

export interface Session {
  apiKey: string;
  token: string;
  operatorId: string;
  /** Present when a SAM user (by password or AuthKey) signed in; absent for root. */
  userName?: string;
  method: SignInMethod;
  /** Root's email or the AuthKey ID, to show who is signed in. */
  identity?: string;
}

/** Everything the store holds, as one snapshot: a new object only when something in it changed. */
export interface SessionState {
  session: Session | null;
  /** How the last session ended, until the next sign-in; null before any ended. */
  ended: SessionEnd | null;
  /** How the session that ended had signed in, so signing in again opens the same form. */
  endedMethod: SignInMethod | null;
}

const STORAGE_KEY = 'sam-console.session';

type Listener = () => void;
const listeners = new Set<Listener>();

// What lives outside sessionStorage: it matters only while the page is open.
let ended: SessionEnd | null = null;
let endedMethod: SignInMethod | null = null;

// The snapshot is re-derived only when the stored text or the in-memory fields change: useSyncExternalStore needs a
// stable object, and storage edited behind the app's back (devtools, another script) must still be seen.
let cachedRaw: string | null | undefined;
let cachedSession: Session | null = null;
let snapshot: SessionState | null = null;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.apiKey === 'string' &&
    typeof v.token === 'string' &&
    typeof v.operatorId === 'string' &&
    (v.method === 'root' || v.method === 'user' || v.method === 'authKey')
  );
}

function storedSession(): Session | null {
  const raw = storage()?.getItem(STORAGE_KEY) ?? null;
  if (raw === cachedRaw) return cachedSession;
  cachedRaw = raw;
  let parsed: unknown = null;
  try {
    parsed = raw ? JSON.parse(raw) : null;
  } catch {
    parsed = null;
  }
  cachedSession = isSession(parsed) ? parsed : null;
  return cachedSession;
}

/** The whole state, for useSyncExternalStore: the same object until something changes. */
export function getSessionState(): SessionState {
  const session = storedSession();
  if (
    snapshot === null ||
    snapshot.session !== session ||
    snapshot.ended !== ended ||
    snapshot.endedMethod !== endedMethod
  )
    snapshot = { session, ended, endedMethod };
  return snapshot;
}

/** The signed-in session, or null. Outside React only (the client, event handlers): components use useSession(). */
export function readSession(): Session | null {
  return getSessionState().session;
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** Stores a new session (a sign-in): whatever ended before is forgotten. */
export function writeSession(session: Session): void {
  ended = null;
  endedMethod = null;
  storage()?.setItem(STORAGE_KEY, JSON.stringify(session));
  notify();
}

/** Builds the stored session from the answer of POST /auth. */
export function sessionFromSignIn(
  answer: components['schemas']['SignInResponse'],
  method: SignInMethod,
  identity: string | undefined,
): Session {
  return {
    apiKey: answer.apiKey,
    token: answer.token,
    operatorId: answer.operatorId,
    ...(answer.userName !== undefined ? { userName: answer.userName } : {}),
    method,
    ...(identity !== undefined ? { identity } : {}),
  };
}

/**
 * Forgets the session. `how` records why (a 401, signing out) with the method it had signed in by, so the route
 * guard can send to the right sign-in page; without it, nothing is recorded.
 */
export function clearSession(how: SessionEnd | null = null): void {
  const ending = storedSession();
  if (how) {
    ended = how;
    endedMethod = ending?.method ?? null;
  }
  storage()?.removeItem(STORAGE_KEY);
  notify();
}

/** Subscribe to session changes (sign-in, sign-out); returns the unsubscribe function. */
export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
