// Which part of a rule a value breaks: the parts in the order they are fixed, the characters typed, lengths as the
// server counts them, and the parts agreeing with the whole patterns the server checks.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  breakOf,
  DESCRIPTION_TEXT_RULE,
  lengthBand,
  PASSWORD_TEXT_RULE,
  ROLE_ID_TEXT_RULE,
  textLength,
  USER_NAME_TEXT_RULE,
  visibleCharacter,
} from './text-rules.ts';
import { RESERVED_PATH_NAMES, ROLE_ID_PATTERN, USER_NAME_PATTERN } from './sam-rules.ts';

describe('breakOf', () => {
  it('asks for a required value before anything else', () => {
    expect(breakOf('', USER_NAME_TEXT_RULE)).toEqual({ rule: 'empty', min: 1 });
    expect(breakOf('', DESCRIPTION_TEXT_RULE)).toBeUndefined();
  });

  it('names each refused character once, in the order typed', () => {
    expect(breakOf('a/b/c d', USER_NAME_TEXT_RULE)).toEqual({
      rule: 'characters',
      characters: ['/', ' '],
      more: 0,
    });
    // One code point, not two UTF-16 halves.
    expect(breakOf('smile😀', USER_NAME_TEXT_RULE)).toEqual({
      rule: 'characters',
      characters: ['😀'],
      more: 0,
    });
  });

  it('names five refused characters and counts the rest', () => {
    expect(breakOf('あいうえおかきあ', USER_NAME_TEXT_RULE)).toEqual({
      rule: 'characters',
      characters: ['あ', 'い', 'う', 'え', 'お'],
      more: 2,
    });
  });

  it('gives the length and the limit of a value too long or too short', () => {
    expect(breakOf('x'.repeat(101), USER_NAME_TEXT_RULE)).toEqual({ rule: 'tooLong', length: 101, max: 100 });
    expect(breakOf('x'.repeat(100), USER_NAME_TEXT_RULE)).toBeUndefined();
    expect(breakOf('short', PASSWORD_TEXT_RULE)).toEqual({ rule: 'tooShort', length: 5, min: 8 });
    expect(breakOf('d'.repeat(1001), DESCRIPTION_TEXT_RULE)).toEqual({
      rule: 'tooLong',
      length: 1001,
      max: 1000,
    });
  });

  it('counts an emoji as one character, as the server does', () => {
    expect(textLength('😀'.repeat(1000))).toBe(1000);
    expect(breakOf('😀'.repeat(1000), DESCRIPTION_TEXT_RULE)).toBeUndefined();
    expect(breakOf('😀'.repeat(1001), DESCRIPTION_TEXT_RULE)).toEqual({
      rule: 'tooLong',
      length: 1001,
      max: 1000,
    });
  });

  it('refuses the reserved names whose characters are all allowed', () => {
    expect(breakOf('..', USER_NAME_TEXT_RULE)).toEqual({ rule: 'reserved', value: '..' });
    expect(breakOf('default_permissions', USER_NAME_TEXT_RULE)).toEqual({
      rule: 'reserved',
      value: 'default_permissions',
    });
  });

  it('takes exactly the user names and role IDs the server patterns take (reserved names aside)', () => {
    const nameCharacters = fc.constantFrom(...'Ab9_.@+=,- /:あ😀\t'.split(/(?:)/u));
    fc.assert(
      fc.property(fc.array(nameCharacters, { maxLength: 110 }), (characters) => {
        const value = characters.join('');
        const serverTakes = USER_NAME_PATTERN.test(value) && !RESERVED_PATH_NAMES.includes(value);
        expect(breakOf(value, USER_NAME_TEXT_RULE) === undefined).toBe(serverTakes);
        const serverTakesRole = ROLE_ID_PATTERN.test(value) && !RESERVED_PATH_NAMES.includes(value);
        expect(breakOf(value, ROLE_ID_TEXT_RULE) === undefined).toBe(serverTakesRole);
      }),
    );
  });
});

describe('visibleCharacter', () => {
  it('shows a character as itself, a space as a space, and an invisible one by its code point', () => {
    expect(visibleCharacter('/')).toEqual({ kind: 'visible', text: '/' });
    expect(visibleCharacter(' ')).toEqual({ kind: 'space', text: ' ' });
    expect(visibleCharacter('\t')).toEqual({ kind: 'invisible', text: 'U+0009' });
    expect(visibleCharacter('\u200b')).toEqual({ kind: 'invisible', text: 'U+200B' });
  });
});

describe('lengthBand', () => {
  it('is near once a tenth of the limit is left, and over past it', () => {
    expect(lengthBand(899, 1000)).toBe('within');
    expect(lengthBand(900, 1000)).toBe('near');
    expect(lengthBand(1000, 1000)).toBe('near');
    expect(lengthBand(1001, 1000)).toBe('over');
    // A short limit warns 10 characters ahead.
    expect(lengthBand(89, 100)).toBe('within');
    expect(lengthBand(90, 100)).toBe('near');
  });
});
