// Code that a click opens (a dialog and its form) fetched on intent: lazily, and early when the pointer or focus reaches what opens it.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type PreloadableComponent<P extends object> = LazyExoticComponent<ComponentType<P>> & {
  preload: () => Promise<unknown>;
};

/**
 * lazyOnIntent(() => import('./x.tsx'), (module) => module.X): a React.lazy component with
 * preload(), which starts the same fetch; a failed fetch is tried again next time.
 */
export function lazyOnIntent<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): PreloadableComponent<P> {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = (): Promise<{ default: ComponentType<P> }> => {
    if (loading) return loading;
    const attempt = load().then((module) => ({ default: pick(module) }));
    loading = attempt;
    attempt.catch(() => {
      if (loading === attempt) loading = null;
    });
    return attempt;
  };
  return Object.assign(lazy(preload), { preload });
}

/** Props for the control that opens it: hovering, focusing or touching it starts the fetch. */
export function preloadOnIntent(preload: () => Promise<unknown>) {
  // A failure here is not the user's concern yet: the click's own load reports it.
  const start = () => void preload().catch(() => undefined);
  return { onPointerEnter: start, onFocus: start, onTouchStart: start };
}
