// What the forms' rules say when a value breaks one (the part that broke, with what was typed), and the live count of
// a description's characters.
import type { ShownCharacter } from '../../../lib/text-rules.ts';

/** "'/'", "' ' (space)" or "U+200B": a refused character as the message shows it. */
function quote(character: ShownCharacter): string {
  if (character.kind === 'space') return "' ' (space)";
  return character.kind === 'invisible' ? character.text : `'${character.text}'`;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export default {
  rules: {
    notAllowed: (p: { characters: readonly ShownCharacter[]; more: number; allowed: string }) => {
      const named = p.characters.map(quote);
      const all = p.more > 0 ? [...named, `${p.more} more`] : named;
      return `${list(all)} ${all.length === 1 ? 'is' : 'are'} not allowed. Use ${p.allowed}`;
    },
    tooLong: (p: { length: number; max: number }) => `Too long: ${p.length} of ${p.max} characters.`,
    tooShort: (p: { length: number; min: number }) =>
      `Too short: ${p.length} of at least ${p.min} characters.`,
    reserved: (p: { value: string }) => `'${p.value}' is reserved and cannot be used.`,
    nameCharacters: 'letters, digits and _ - . @ + = ,',
    operatorIdCharacters: 'letters and digits.',
  },
  count: {
    shown: (p: { length: number; max: number }) => `${p.length} / ${p.max}`,
    spoken: (p: { length: number; max: number }) => `${p.length} of ${p.max} characters`,
    nearLimit: (p: { left: number }) => (p.left === 1 ? '1 character left.' : `${p.left} characters left.`),
    overLimit: (p: { over: number }) =>
      p.over === 1 ? '1 character over the limit.' : `${p.over} characters over the limit.`,
  },
};
