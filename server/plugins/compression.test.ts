// Choosing the encoding of an answer from Accept-Encoding, as the compression plugin would.
import { describe, expect, it } from 'vitest';
import { preferredEncoding } from './compression.ts';

describe('preferredEncoding', () => {
  it('prefers brotli, then gzip, and answers null when the client takes neither', () => {
    expect(preferredEncoding('gzip, deflate, br')).toBe('br');
    expect(preferredEncoding('gzip')).toBe('gzip');
    expect(preferredEncoding('GZIP, Deflate')).toBe('gzip');
    expect(preferredEncoding('deflate')).toBeNull();
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding('')).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
  });

  it('follows the q-values: a higher one wins, q=0 refuses, * stands for the rest', () => {
    expect(preferredEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding('br; q=0 , gzip ; q=0')).toBeNull();
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('br;q=0, *;q=0.1')).toBe('gzip');
    expect(preferredEncoding('*;q=0')).toBeNull();
    expect(preferredEncoding('br;q=x, gzip;q=0.2')).toBe('gzip');
  });
});
