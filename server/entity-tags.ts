// Conditional requests: whether a client already holds what would be sent.

/**
 * Does an If-None-Match header name this version (`*`, its tag, or the tag of one of its encodings, `"abc-br"` for
 * `"abc"`)? `etag` is given strong; a weak tag matches by its opaque part. Any encoding will do: the caller holds this
 * version either way.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = etag.slice(0, -1);
  return header.split(',').some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag || (tag.startsWith(`${opaque}-`) && tag.endsWith('"'));
  });
}
