// Whether the browser takes a drawn page's answers and whether it keeps (hydrates) its markup: only a page drawn for
// this session is taken from, and only one drawn also in this language and time zone is kept.
import { describe, expect, it } from 'vitest';
import { takeoverOf, type BrowserState } from './rendered-state.ts';

const drawn = { of: 'fingerprint-a', locale: 'ja', timeZone: 'Asia/Tokyo' } as const;
const browser: BrowserState = { tokenFingerprint: 'fingerprint-a', locale: 'ja', timeZone: 'Asia/Tokyo' };

describe('takeoverOf', () => {
  it('keeps a page drawn for this session, language and time zone, and takes its answers', () => {
    expect(takeoverOf(drawn, browser)).toEqual({ takeAnswers: true, hydrate: true });
  });

  it('draws again, with the same answers, a page drawn in another time zone (a laptop that travelled)', () => {
    expect(takeoverOf(drawn, { ...browser, timeZone: 'Europe/London' })).toEqual({
      takeAnswers: true,
      hydrate: false,
    });
  });

  it('draws again, with the same answers, a page drawn in the other language', () => {
    expect(takeoverOf(drawn, { ...browser, locale: 'en' })).toEqual({ takeAnswers: true, hydrate: false });
  });

  it('takes nothing from a page drawn for another session, or when this browser holds none', () => {
    const none = { takeAnswers: false, hydrate: false };
    expect(takeoverOf(drawn, { ...browser, tokenFingerprint: 'fingerprint-b' })).toEqual(none);
    expect(takeoverOf(drawn, { ...browser, tokenFingerprint: null })).toEqual(none);
  });

  it('takes nothing from a page the server did not draw', () => {
    expect(takeoverOf(null, browser)).toEqual({ takeAnswers: false, hydrate: false });
  });
});
