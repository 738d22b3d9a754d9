// Matches API names such as `User:createUser` against statement patterns where `*` is any run of characters.

import { BoundedCache } from './bounded-cache.ts';

// A matcher holds its pattern's pieces: a few bytes per character, a small budget is plenty.
const compiled = new BoundedCache<(api: string) => boolean>(4 * 1024 * 1024, 4);

export function isWildcard(pattern: string): boolean {
  return pattern.includes('*');
}

function buildMatcher(pattern: string): (api: string) => boolean {
  if (pattern === '*') return () => true;
  if (!pattern.includes('*')) return (api) => api === pattern;
  const pieces = pattern.split('*');
  const head = pieces[0] ?? '';
  const tail = pieces[pieces.length - 1] ?? '';
  const middle = pieces.slice(1, -1).filter((piece) => piece !== '');
  // Prefix patterns (`Billing:*`, `Subscriber:list*`) are the common case: keep them to one call.
  if (middle.length === 0 && tail === '') return (api) => api.startsWith(head);
  return (api) => {
    if (api.length < head.length + tail.length) return false;
    if (!api.startsWith(head) || !api.endsWith(tail)) return false;
    let at = head.length;
    const end = api.length - tail.length;
    for (const piece of middle) {
      const found = api.indexOf(piece, at);
      if (found < 0 || found + piece.length > end) return false;
      at = found + piece.length;
    }
    return true;
  };
}

export function compileApiPattern(pattern: string): (api: string) => boolean {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  const matcher = buildMatcher(pattern);
  compiled.set(pattern, matcher);
  return matcher;
}

export function matchesApi(pattern: string, api: string): boolean {
  return compileApiPattern(pattern)(api);
}
