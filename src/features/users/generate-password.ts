// A console password made in the browser for "generate one": 20 characters from four classes, each at least once.
//
// Random from crypto.getRandomValues (rejection sampling, so every character is equally likely); no look-alike
// characters (0 O o 1 l I), so it can be read out or typed from a copy. It meets the console's rule (sam-rules:
// PASSWORD_MIN to PASSWORD_MAX characters) and the usual complexity rules of other systems as well.
import { PASSWORD_MAX, PASSWORD_MIN } from '../../lib/sam-rules.ts';

export const PASSWORD_CLASSES = [
  'ABCDEFGHJKLMNPQRSTUVWXYZ',
  'abcdefghijkmnpqrstuvwxyz',
  '23456789',
  '!#%+-=?@_',
] as const;

export const GENERATED_PASSWORD_LENGTH = Math.min(Math.max(20, PASSWORD_MIN), PASSWORD_MAX);

/** Fills an array with random 32-bit values: crypto.getRandomValues, or a test's own source. */
export type RandomFill = (values: Uint32Array) => void;

const secureFill: RandomFill = (values) => {
  crypto.getRandomValues(values);
};

/** A random integer in [0, n), each equally likely. */
function randomBelow(n: number, fill: RandomFill): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const value = new Uint32Array(1);
  for (;;) {
    fill(value);
    const drawn = value[0] ?? 0;
    if (drawn < limit) return drawn % n;
  }
}

function pick(alphabet: string, fill: RandomFill): string {
  return alphabet.charAt(randomBelow(alphabet.length, fill));
}

export function generatePassword(fill: RandomFill = secureFill): string {
  const everything = PASSWORD_CLASSES.join('');
  const characters = PASSWORD_CLASSES.map((alphabet) => pick(alphabet, fill));
  while (characters.length < GENERATED_PASSWORD_LENGTH) characters.push(pick(everything, fill));
  // Fisher-Yates, so the guaranteed characters are not always the first four.
  for (let index = characters.length - 1; index > 0; index -= 1) {
    const other = randomBelow(index + 1, fill);
    const here = characters[index] ?? '';
    characters[index] = characters[other] ?? '';
    characters[other] = here;
  }
  return characters.join('');
}
