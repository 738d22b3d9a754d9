// What the console shows for what a principal may do: verdicts, and the light helpers every page uses.
//
// Kept apart from capabilities.ts, which judges documents with the permission engine: pages import these on
// their first load, and the engine is fetched only once a SAM user's documents are read.
export type Principal = { kind: 'root' } | { kind: 'samUser'; userName: string };

/** A permission document as read: its text, null when none is set, undefined when it could not be read. */
export type ReadDocument = string | null | undefined;

export interface PrincipalDocuments {
  user: ReadDocument;
  defaults: ReadDocument;
  /** One document per role attached to the principal ([] for none); undefined when the roles could not be read. */
  roles: readonly string[] | undefined;
}

/** `allowed`: offer it. `denied`: show it disabled, naming the API. `unknown`: offer it and let the server decide. */
export type Verdict = { kind: 'allowed' } | { kind: 'denied'; api: string } | { kind: 'unknown' };

/** Whom a call is about: the user in its path, when it has one. */
export interface CallTarget {
  userName?: string;
}

export interface Capabilities {
  readonly principal: Principal;
  /** True when every document was read: verdicts are then never `unknown` unless a condition needs the caller's IP. */
  readonly complete: boolean;
  can(api: string, target?: CallTarget): Verdict;
}

export const ALLOWED: Verdict = { kind: 'allowed' };
export const UNKNOWN: Verdict = { kind: 'unknown' };

/** Root may do everything, with nothing to read. */
export function rootCapabilities(): Capabilities {
  return { principal: { kind: 'root' }, complete: true, can: () => ALLOWED };
}

/** A SAM user whose documents are not read (yet): every action is offered and the server decides. */
export function unreadCapabilities(principal: Principal): Capabilities {
  return { principal, complete: false, can: () => UNKNOWN };
}

/** The key of a refused call in `capabilitiesOf`'s `refused` set. */
export function refusalKey(api: string, target: CallTarget = {}): string {
  return target.userName === undefined ? api : `${api} ${target.userName}`;
}

/**
 * Capabilities that also deny every call in `refused` (`refusalKey(api, target)`): calls the server already answered
 * 403 with this session's token, whatever the documents read say. Root is never refused by the engine's rules.
 */
export function refusing(capabilities: Capabilities, refused: ReadonlySet<string>): Capabilities {
  if (refused.size === 0) return capabilities;
  return {
    ...capabilities,
    can: (api, target = {}) =>
      refused.has(refusalKey(api, target)) ? { kind: 'denied', api } : capabilities.can(api, target),
  };
}

/** What a button or form shows for a verdict: hidden, disabled with the API named, or offered. */
export function actionState(verdict: Verdict): { disabled: boolean; needs: string | null } {
  return verdict.kind === 'denied'
    ? { disabled: true, needs: verdict.api }
    : { disabled: false, needs: null };
}
