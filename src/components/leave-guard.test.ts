// guardHistory over a memory history: held pushes, undone back/forward moves, and what proceed and reset do.
import { describe, expect, it } from 'vitest';
import { UNSAFE_createMemoryHistory as createMemoryHistory } from 'react-router';
import { guardHistory } from './leave-guard.tsx';

function setUp(initialEntries = ['/a']) {
  const history = guardHistory(createMemoryHistory({ initialEntries, v5Compat: true }));
  const heard: string[] = [];
  history.listen(({ action, location }) => heard.push(`${action} ${location.pathname}`));
  let dirty = true;
  let pendingProceed: (() => void) | null = null;
  history.addGuard({
    shouldBlock:
      () =>
      ({ currentLocation, nextLocation }) =>
        dirty && currentLocation.pathname !== nextLocation.pathname,
    block: (proceed) => {
      pendingProceed = proceed;
    },
  });
  return {
    history,
    heard,
    setDirty: (value: boolean) => {
      dirty = value;
    },
    proceed: () => {
      const run = pendingProceed;
      pendingProceed = null;
      run?.();
    },
    blocked: () => pendingProceed !== null,
  };
}

describe('guardHistory', () => {
  it('lets moves through while no guard objects', () => {
    const { history, heard, setDirty } = setUp();
    setDirty(false);
    history.push('/b');
    expect(history.location.pathname).toBe('/b');
    expect(heard).toEqual(['PUSH /b']);
  });

  it('holds a push a guard blocks until proceed, and drops it on reset', () => {
    const { history, heard, proceed, blocked } = setUp();
    history.push('/b');
    expect(blocked()).toBe(true);
    expect(history.location.pathname).toBe('/a');
    expect(heard).toEqual([]);
    proceed();
    expect(history.location.pathname).toBe('/b');
    expect(heard).toEqual(['PUSH /b']);
  });

  it('lets a move within the same path through (a search change, say)', () => {
    const { history, blocked } = setUp();
    history.replace('/a?q=x');
    expect(blocked()).toBe(false);
    expect(history.location.search).toBe('?q=x');
  });

  it('undoes a blocked back move at once, so the router never sees it, and redoes it on proceed', () => {
    const { history, heard, setDirty, proceed, blocked } = setUp();
    setDirty(false);
    history.push('/b');
    setDirty(true);
    history.go(-1);
    expect(blocked()).toBe(true);
    expect(history.location.pathname).toBe('/b');
    expect(heard).toEqual(['PUSH /b']);
    proceed();
    expect(history.location.pathname).toBe('/a');
    expect(heard).toEqual(['PUSH /b', 'POP /a']);
    // Asked once: the next move is guarded again.
    history.push('/c');
    expect(blocked()).toBe(true);
  });
});
