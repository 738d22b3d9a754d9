// Which part of a text rule a value breaks, with what it takes to name it (the characters typed, the length); no words.
import { DESCRIPTION_MAX, PASSWORD_MAX, PASSWORD_MIN, RESERVED_PATH_NAMES } from './sam-rules.ts';

/** A text field's rule, in the parts a person can fix one at a time. */
export interface TextRule {
  /** Fewest characters; 1 or more makes the field required. */
  min: number;
  max: number;
  /** One allowed character (a character class); absent when any character goes. */
  allowed?: RegExp;
  /** Whole values that are refused although every character is allowed. */
  reserved?: readonly string[];
}

export type RuleBreak =
  | { rule: 'empty'; min: number }
  /** The distinct refused characters, in the order typed (at most MAX_NAMED), and how many more there are. */
  | { rule: 'characters'; characters: readonly string[]; more: number }
  | { rule: 'tooShort'; length: number; min: number }
  | { rule: 'tooLong'; length: number; max: number }
  | { rule: 'reserved'; value: string };

// The server's rules (sam-rules.ts) in parts. Kept here rather than in sam-rules, which the first load of every page
// reads: only the forms need them. text-rules.test.ts holds them to the whole patterns the server checks.

/** USER_NAME_PATTERN and the reserved names: a user name, and an operator's role ID (ROLE_ID_PATTERN is the same). */
export const USER_NAME_TEXT_RULE: TextRule = {
  min: 1,
  max: 100,
  allowed: /[A-Za-z0-9_.@+=,-]/,
  reserved: RESERVED_PATH_NAMES,
};
export const ROLE_ID_TEXT_RULE: TextRule = USER_NAME_TEXT_RULE;
export const DESCRIPTION_TEXT_RULE: TextRule = { min: 0, max: DESCRIPTION_MAX };
export const PASSWORD_TEXT_RULE: TextRule = { min: PASSWORD_MIN, max: PASSWORD_MAX };

/** Naming more refused characters than this would bury the first ones (a pasted sentence in another script). */
export const MAX_NAMED = 5;

/**
 * A text's length as the server counts it: Ajv's maxLength (and so the local API) counts code points, so an emoji
 * is one character, not the two UTF-16 units of `string.length`.
 */
export function textLength(value: string): number {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
}

/**
 * The first part of `rule` that `value` breaks, or undefined when it keeps to all of them. The order is the order a
 * person fixes them in: something to type, then the characters, then the length, then a reserved name.
 */
export function breakOf(value: string, rule: TextRule): RuleBreak | undefined {
  if (value === '' && rule.min > 0) return { rule: 'empty', min: rule.min };
  if (rule.allowed) {
    const allowed = new RegExp(`^${rule.allowed.source}$`, 'u');
    const refused: string[] = [];
    for (const character of value)
      if (!allowed.test(character) && !refused.includes(character)) refused.push(character);
    if (refused.length > 0)
      return {
        rule: 'characters',
        characters: refused.slice(0, MAX_NAMED),
        more: Math.max(0, refused.length - MAX_NAMED),
      };
  }
  const length = textLength(value);
  if (length < rule.min) return { rule: 'tooShort', length, min: rule.min };
  if (length > rule.max) return { rule: 'tooLong', length, max: rule.max };
  if (rule.reserved?.includes(value)) return { rule: 'reserved', value };
  return undefined;
}

/** A refused character as a message names it: a space, itself, or its code point when it cannot be seen. */
export interface ShownCharacter {
  kind: 'space' | 'visible' | 'invisible';
  text: string;
}

/** How a refused character is shown: itself, or its code point when it cannot be seen (a tab, a zero-width space). */
export function visibleCharacter(character: string): ShownCharacter {
  if (character === ' ') return { kind: 'space', text: ' ' };
  if (/^[\p{C}\p{Z}]$/u.test(character)) {
    const code = character.codePointAt(0) ?? 0;
    return { kind: 'invisible', text: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
  }
  return { kind: 'visible', text: character };
}

/** Where a length stands against its limit: near once a tenth of it (at least 10 characters) is left, then over. */
export type LengthBand = 'within' | 'near' | 'over';

export function lengthBand(length: number, max: number): LengthBand {
  if (length > max) return 'over';
  return max - length <= Math.max(10, Math.ceil(max / 10)) ? 'near' : 'within';
}
