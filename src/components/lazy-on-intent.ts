// Code that a click opens (a page, a tab, a dialog and its form) fetched on intent: lazily, and early when the
// pointer or focus reaches what opens it; once here, rendered at once.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type PreloadableComponent<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  preload: () => Promise<unknown>;
};

/** A loader that keeps what its last success gave (`loaded`), so a render after it needs no waiting. */
export interface KeptLoader<M> {
  (): Promise<M>;
  readonly loaded: M | undefined;
}

/** keepLoaded(() => import('./x.tsx')): the same fetch, remembering the module once it has arrived. */
export function keepLoaded<M>(load: () => Promise<M>): KeptLoader<M> {
  const keep: { (): Promise<M>; loaded?: M } = () => load().then((module) => (keep.loaded = module));
  return keep as KeptLoader<M>;
}

/**
 * React.lazy over a kept loader. A component whose module has already arrived (preloaded at start-up or on intent)
 * renders in the same pass: React.lazy resolves synchronously only from a thenable that calls back at once, and a
 * Promise never does. Suspending instead would show the fallback, and React reveals content that suspended no
 * sooner than 300 ms after its fallback appeared: that wait was most of a cold /users' time to its first row.
 */
export function lazyKept<P extends object>(
  load: KeptLoader<{ default: ComponentType<P> }>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => {
    const module = load.loaded;
    // React only calls then() (its type asks for a Promise); this one calls back at once.
    return module === undefined
      ? load()
      : ({ then: (onArrived: (arrived: typeof module) => void) => onArrived(module) } as never);
  });
}

/**
 * lazyOnIntent(() => import('./x.tsx'), (module) => module.X): a React.lazy component with
 * preload(), which starts the same fetch; a failed fetch is tried again next time.
 */
export function lazyOnIntent<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): PreloadableComponent<P> {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = keepLoaded((): Promise<{ default: ComponentType<P> }> => {
    if (loading) return loading;
    const attempt = load().then((module) => ({ default: pick(module) }));
    loading = attempt;
    attempt.catch(() => {
      if (loading === attempt) loading = null;
    });
    return attempt;
  });
  return Object.assign(lazyKept(preload), { preload });
}

/** Props for the control that opens it: hovering, focusing or touching it starts the fetch. */
export function preloadOnIntent(preload: () => Promise<unknown>) {
  // A failure here is not the user's concern yet: the click's own load reports it.
  const start = () => void preload().catch(() => undefined);
  return { onPointerEnter: start, onFocus: start, onTouchStart: start };
}
