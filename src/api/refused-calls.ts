// Calls the server answered 403 with the current token, so the console stops offering them (src/lib/capabilities.ts).
//
// The token's permissions were fixed when it was issued, and may differ from the documents the console read since;
// a 403 is the server's own word on them. It holds for that token only: a new session, a sign-out or a renewed token
// (generateAuthToken takes the permissions as they are now) starts with none.
import { refusalKey, type CallTarget } from '../lib/capability-verdicts.ts';
import { readSession, subscribeSession } from './session-store.ts';

const NONE: ReadonlySet<string> = new Set();
let refusals: { token: string; keys: ReadonlySet<string> } | null = null;
const listeners = new Set<() => void>();

/**
 * Records that `api` (about `target`) was answered 403 to a request carrying `token`. A late answer to a token
 * that is no longer the session's (renewed, switched, signed out) is left out: it says nothing of the current one.
 */
export function recordRefusal(api: string, target: CallTarget, token: string | null): void {
  if (token === null || readSession()?.token !== token) return;
  const key = refusalKey(api, target);
  const keys = refusals?.token === token ? refusals.keys : NONE;
  if (keys.has(key)) return;
  refusals = { token, keys: new Set([...keys, key]) };
  for (const listener of listeners) listener();
}

/** The refused calls of the current session's token (`refusalKey` of each); a new object only when one is added. */
export function refusedCalls(): ReadonlySet<string> {
  const token = readSession()?.token;
  return refusals !== null && refusals.token === token ? refusals.keys : NONE;
}

/** Runs `listener` when a refusal is recorded or the session changes (which may empty the set). */
export function subscribeRefusedCalls(listener: () => void): () => void {
  listeners.add(listener);
  const unsubscribeSession = subscribeSession(listener);
  return () => {
    listeners.delete(listener);
    unsubscribeSession();
  };
}
