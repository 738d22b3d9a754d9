// The generated console password: long enough for the console's rule, every class present, nothing repeated.
import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../lib/sam-rules.ts';
import en from '../../i18n/messages/en/index.ts';
import { checkRules } from '../../components/rules-resolver.ts';
import { GENERATED_PASSWORD_LENGTH, PASSWORD_CLASSES, generatePassword } from './generate-password.ts';
import { setPasswordRules } from './user-form-rules.ts';

describe('generatePassword', () => {
  const passwords = Array.from({ length: 500 }, () => generatePassword());

  it('passes the rule the set-password form and the server apply', () => {
    expect(GENERATED_PASSWORD_LENGTH).toBeGreaterThanOrEqual(PASSWORD_MIN);
    expect(GENERATED_PASSWORD_LENGTH).toBeLessThanOrEqual(PASSWORD_MAX);
    for (const password of passwords) {
      expect(password).toHaveLength(GENERATED_PASSWORD_LENGTH);
      expect(checkRules(setPasswordRules(en), { how: 'type', password, confirm: password })).toEqual({});
    }
  });

  it('holds a character of every class, and only characters of the classes', () => {
    const allowed = new Set(PASSWORD_CLASSES.join(''));
    for (const password of passwords) {
      for (const alphabet of PASSWORD_CLASSES)
        expect([...password].some((character) => alphabet.includes(character))).toBe(true);
      expect([...password].filter((character) => !allowed.has(character))).toEqual([]);
    }
  });

  it('does not repeat itself, and uses the whole alphabet in every position', () => {
    expect(new Set(passwords).size).toBe(passwords.length);
    // Shuffled: the class-guaranteed characters do not always sit at the start.
    const firstCharacters = new Set(passwords.map((password) => password.charAt(0)));
    expect(firstCharacters.size).toBeGreaterThan(PASSWORD_CLASSES[0].length);
  });

  it('draws from the random source it is given, rejecting values that would bias the draw', () => {
    const values = [0xffff_ffff, 0, 0, 0, 0];
    let calls = 0;
    const password = generatePassword((array) => {
      array[0] = values[calls] ?? calls;
      calls += 1;
    });
    expect(password).toHaveLength(GENERATED_PASSWORD_LENGTH);
    // One draw per character, one per shuffle step, and one more: 0xffffffff is past the last whole multiple of
    // 24 (the capitals), so it was drawn again rather than folded onto a letter.
    expect(calls).toBe(GENERATED_PASSWORD_LENGTH + (GENERATED_PASSWORD_LENGTH - 1) + 1);
  });
});
