// Calls the server answered 403 with the current token, so the console stops offering them (src/lib/capabilities.ts).
//
// The token's permissions were fixed when it was issued, and may differ from the documents the console read since;
// a 403 is the server's own word on them. It holds for that token only: a new session, a sign-out or a renewed token
// (generateAuthToken takes the permissions as they are now) starts with none. Every tab of the session shares them
// (localStorage, as the session itself): a tab opened later, or open beside, does not offer what another was refused.
import { refusalKey, type CallTarget } from '../lib/capability-verdicts.ts';
import { readSession, subscribeSession } from './session-store.ts';
import { tokenFingerprint as fingerprint } from '../lib/token-fingerprint.ts';

const STORAGE_KEY = 'sam-console.refused-calls';
const NONE: ReadonlySet<string> = new Set();
let refusals: { token: string; keys: ReadonlySet<string> } | null = null;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** What any tab recorded for `token`. */
function storedFor(token: string): ReadonlySet<string> {
  try {
    const stored = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? 'null') as {
      of?: unknown;
      keys?: unknown;
    } | null;
    if (stored?.of !== fingerprint(token) || !Array.isArray(stored.keys)) return NONE;
    return new Set(stored.keys.filter((key): key is string => typeof key === 'string'));
  } catch {
    return NONE;
  }
}

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * Records that `api` (about `target`) was answered 403 to a request carrying `token`. A late answer to a token
 * that is no longer the session's (renewed, switched, signed out) is left out: it says nothing of the current one.
 */
export function recordRefusal(api: string, target: CallTarget, token: string | null): void {
  if (token === null || readSession()?.token !== token) return;
  const key = refusalKey(api, target);
  const keys = refusedCalls();
  if (keys.has(key)) return;
  refusals = { token, keys: new Set([...keys, key]) };
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ of: fingerprint(token), keys: [...refusals.keys] }));
  } catch {
    // Storage full or refused: this tab still knows.
  }
  notify();
}

/** The refused calls of the current session's token (`refusalKey` of each); a new object only when one is added. */
export function refusedCalls(): ReadonlySet<string> {
  const token = readSession()?.token;
  if (token === undefined) return NONE;
  if (refusals?.token !== token) refusals = { token, keys: storedFor(token) };
  return refusals.keys;
}

// Signed out (here or in another tab): the record of the ended token goes too.
subscribeSession(() => {
  if (readSession() === null) storage()?.removeItem(STORAGE_KEY);
});

// Another tab was refused a call: read the shared record again.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== STORAGE_KEY) return;
    refusals = null;
    notify();
  });
}

/** Runs `listener` when a refusal is recorded (here or in another tab) or the session changes (which may empty it). */
export function subscribeRefusedCalls(listener: () => void): () => void {
  listeners.add(listener);
  const unsubscribeSession = subscribeSession(listener);
  return () => {
    listeners.delete(listener);
    unsubscribeSession();
  };
}
