// The signed-in session, kept in sessionStorage only (it dies with the tab), with change notification for React and the API client.
// The language is not part of it: src/i18n keeps the one setting, which outlives sessions.
import type { components } from './schema.gen.ts';

export type SignInMethod = 'root' | 'user' | 'authKey';

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

const STORAGE_KEY = 'sam-console.session';

type Listener = () => void;
const listeners = new Set<Listener>();
// The snapshot is re-derived only when the stored text changes: useSyncExternalStore needs a stable
// object, and storage edited behind the app's back (devtools, another script) must still be seen.
let cachedRaw: string | null | undefined;
let cached: Session | null = null;

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

export function readSession(): Session | null {
  const raw = storage()?.getItem(STORAGE_KEY) ?? null;
  if (raw === cachedRaw) return cached;
  cachedRaw = raw;
  let parsed: unknown = null;
  try {
    parsed = raw ? JSON.parse(raw) : null;
  } catch {
    parsed = null;
  }
  cached = isSession(parsed) ? parsed : null;
  return cached;
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function writeSession(session: Session): void {
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

export function clearSession(): void {
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
