// @vitest-environment jsdom
// A page, tab or dialog whose code has already arrived renders in the same pass, without its Suspense fallback.
import { Suspense, lazy, type ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { keepLoaded, lazyKept, lazyOnIntent } from './lazy-on-intent.ts';

afterEach(cleanup);

function Page() {
  return <p>The page</p>;
}

/** Renders `Component` under a Suspense whose fallback counts how often it was drawn. */
function renderCounting(Component: ComponentType) {
  const fallbacks = { drawn: 0 };
  const count = () => {
    fallbacks.drawn += 1;
  };
  function Fallback() {
    count();
    return <p>Loading…</p>;
  }
  render(
    <Suspense fallback={<Fallback />}>
      <Component />
    </Suspense>,
  );
  return fallbacks;
}

describe('keepLoaded', () => {
  it('keeps the module of its last success, and asks again after a failure', async () => {
    let calls = 0;
    const load = keepLoaded(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: Page });
    });
    expect(load.loaded).toBeUndefined();
    await expect(load()).rejects.toThrow('offline');
    expect(load.loaded).toBeUndefined();
    const module = await load();
    expect(load.loaded).toBe(module);
    expect(calls).toBe(2);
  });
});

describe('lazyKept', () => {
  it('renders a module that has already arrived at once, never drawing the fallback', async () => {
    const load = keepLoaded(() => Promise.resolve({ default: Page }));
    await load();
    const fallbacks = renderCounting(lazyKept(load));
    expect(screen.getByText('The page')).toBeInTheDocument();
    expect(fallbacks.drawn).toBe(0);
  });

  it('where React.lazy over the same arrived module draws the fallback first', async () => {
    const arrived = Promise.resolve({ default: Page });
    await arrived;
    const fallbacks = renderCounting(lazy(() => arrived));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('The page')).toBeInTheDocument();
    expect(fallbacks.drawn).toBeGreaterThan(0);
  });

  it('waits for a module that has not arrived, behind the fallback', async () => {
    const load = keepLoaded(() => Promise.resolve({ default: Page }));
    const fallbacks = renderCounting(lazyKept(load));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('The page')).toBeInTheDocument();
    expect(fallbacks.drawn).toBeGreaterThan(0);
    expect(load.loaded).toBeDefined();
  });
});

describe('lazyOnIntent', () => {
  it('renders at once after preload() (a dialog fetched on hover opens without a loading state)', async () => {
    const Dialog = lazyOnIntent(
      () => Promise.resolve({ Page }),
      (module) => module.Page,
    );
    await Dialog.preload();
    const fallbacks = renderCounting(Dialog);
    expect(screen.getByText('The page')).toBeInTheDocument();
    expect(fallbacks.drawn).toBe(0);
  });
});
