// Asking before leaving a page with unsaved work, for React Router's declarative mode (which has no useBlocker).
//
// The app's history is wrapped once (guardHistory) and handed to unstable_HistoryRouter. A
// component that holds unsaved work calls useLeaveGuard(shouldBlock): a push or replace it
// blocks is held until the user confirms (proceed) or stays (reset); a back or forward is undone
// at once and redone on proceed, as React Router's data routers do.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import {
  unstable_HistoryRouter as HistoryRouter,
  type HistoryRouterProps,
  type Location,
} from 'react-router';

export type AppHistory = HistoryRouterProps['history'];
type Listener = Parameters<AppHistory['listen']>[0];

export interface LeaveAttempt {
  currentLocation: Location;
  nextLocation: Location;
}
/** What a component asks: does this move lose its unsaved work? */
export type ShouldBlock = (attempt: LeaveAttempt) => boolean;

/** The shape of React Router's Blocker, so the dialogs that use it stay as they are. */
export type LeaveGuardState =
  | { state: 'unblocked'; proceed: undefined; reset: undefined }
  | { state: 'blocked'; proceed: () => void; reset: () => void };

const UNBLOCKED: LeaveGuardState = { state: 'unblocked', proceed: undefined, reset: undefined };

interface Guard {
  shouldBlock: () => ShouldBlock;
  block: (proceed: () => void) => void;
}

export interface GuardedHistory extends AppHistory {
  /** Adds a guard; the returned function removes it. */
  addGuard(guard: Guard): () => void;
}

/**
 * Wraps a history made with `v5Compat: true` (so its listener hears pushes and replaces too) so that registered guards can hold or undo a move away from the current location. */
export function guardHistory(base: AppHistory): GuardedHistory {
  const guards = new Set<Guard>();
  const listeners = new Set<Listener>();
  let shown = base.location;
  // The pop that undoes a blocked back/forward is not news to the router.
  let ignoreNextPop = false;
  // A confirmed back/forward, redone, goes through without asking again.
  let letNextThrough = false;

  function blockingGuard(nextLocation: Location): Guard | undefined {
    if (letNextThrough) {
      letNextThrough = false;
      return undefined;
    }
    for (const guard of guards) {
      if (guard.shouldBlock()({ currentLocation: shown, nextLocation })) return guard;
    }
    return undefined;
  }

  function locationOf(to: Parameters<AppHistory['push']>[0], state: unknown): Location {
    const path = base.encodeLocation(to);
    return {
      pathname: path.pathname,
      search: path.search,
      hash: path.hash,
      state: state ?? null,
      key: 'pending',
    };
  }

  /** A push or replace: straight through, or held until the blocking guard's user confirms. */
  function guarded(nextLocation: Location, go: () => void) {
    const guard = blockingGuard(nextLocation);
    if (guard) guard.block(go);
    else go();
  }

  // Listening from the start keeps `shown` true even before the router subscribes.
  base.listen((update) => {
    if (update.action === 'POP') {
      if (ignoreNextPop) {
        ignoreNextPop = false;
        return;
      }
      const guard = update.delta === null ? undefined : blockingGuard(update.location);
      if (guard && update.delta !== null) {
        const delta = update.delta;
        ignoreNextPop = true;
        base.go(-delta);
        guard.block(() => {
          letNextThrough = true;
          base.go(delta);
        });
        return;
      }
    }
    shown = update.location;
    for (const listener of listeners) listener(update);
  });

  return {
    get action() {
      return base.action;
    },
    get location() {
      return shown;
    },
    createHref: (to) => base.createHref(to),
    createURL: (to) => base.createURL(to),
    encodeLocation: (to) => base.encodeLocation(to),
    push(to, state) {
      guarded(locationOf(to, state), () => base.push(to, state));
    },
    replace(to, state) {
      guarded(locationOf(to, state), () => base.replace(to, state));
    },
    go(delta) {
      base.go(delta);
    },
    listen(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    addGuard(guard) {
      guards.add(guard);
      return () => {
        guards.delete(guard);
      };
    },
  };
}

const LeaveGuardContext = createContext<GuardedHistory | null>(null);

/** A router over a guarded history (the app's over the browser's; tests' over a memory one). */
export function GuardedRouter({ history, children }: { history: GuardedHistory; children: ReactNode }) {
  return (
    <LeaveGuardContext.Provider value={history}>
      <HistoryRouter history={history}>{children}</HistoryRouter>
    </LeaveGuardContext.Provider>
  );
}

/**
 * useLeaveGuard(({currentLocation, nextLocation}) => dirty && ...): while it answers true for a
 * move, the move waits; the result says 'blocked' until proceed() (go) or reset() (stay).
 */
export function useLeaveGuard(shouldBlock: ShouldBlock): LeaveGuardState {
  const history = useContext(LeaveGuardContext);
  if (!history) throw new Error('useLeaveGuard needs a GuardedRouter around it');
  const latest = useRef(shouldBlock);
  useEffect(() => {
    latest.current = shouldBlock;
  });
  const [blocked, setBlocked] = useState<LeaveGuardState>(UNBLOCKED);
  useEffect(
    () =>
      history.addGuard({
        shouldBlock: () => latest.current,
        block: (proceed) =>
          setBlocked({
            state: 'blocked',
            proceed: () => {
              setBlocked(UNBLOCKED);
              proceed();
            },
            reset: () => setBlocked(UNBLOCKED),
          }),
      }),
    [history],
  );
  return blocked;
}
