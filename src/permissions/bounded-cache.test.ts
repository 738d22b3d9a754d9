// The permission engine's caches: bounded by estimated bytes, least recently used dropped first.
import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache.ts';

describe('BoundedCache', () => {
  it('keeps the estimate under the budget by dropping the least recently used', () => {
    const cache = new BoundedCache<number>(1000, 1);
    cache.set('a'.repeat(300), 1);
    cache.set('b'.repeat(300), 2);
    expect(cache.get('a'.repeat(300))).toBe(1); // a is now the most recent
    cache.set('c'.repeat(300), 3);
    expect(cache.estimatedBytes).toBeLessThanOrEqual(1000);
    expect(cache.get('b'.repeat(300))).toBeUndefined();
    expect(cache.get('a'.repeat(300))).toBe(1);
    expect(cache.get('c'.repeat(300))).toBe(3);
  });

  it('does not keep an entry larger than the whole budget', () => {
    const cache = new BoundedCache<number>(1000, 10);
    cache.set('x'.repeat(200), 1);
    expect(cache.size).toBe(0);
    expect(cache.get('x'.repeat(200))).toBeUndefined();
  });

  it('replaces an entry without counting it twice', () => {
    const cache = new BoundedCache<number>(10_000, 1);
    cache.set('k', 1);
    const once = cache.estimatedBytes;
    cache.set('k', 2);
    expect(cache.estimatedBytes).toBe(once);
    expect(cache.get('k')).toBe(2);
  });
});
