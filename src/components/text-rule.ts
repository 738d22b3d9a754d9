// A form rule for a text field (rules-resolver.ts) that names the part of the rule a value breaks, in the console's words.
import { breakOf, visibleCharacter, type RuleBreak, type TextRule } from '../lib/text-rules.ts';
import type { Messages } from '../i18n/messages/messages.ts';

type RuleWording = Messages['forms']['rules'];

/** What only the field can say: how to ask for it when empty, and which characters it takes. */
export interface FieldWording {
  /** "Enter a user name."; without it an empty value is "too short". */
  required?: string;
  /** The end of the "not allowed" message: "letters, digits and _ - . @ + = ,". */
  allowed?: string;
}

export function wordRuleBreak(wording: RuleWording, broken: RuleBreak, field: FieldWording = {}): string {
  switch (broken.rule) {
    case 'empty':
      return field.required ?? wording.tooShort({ length: 0, min: broken.min });
    case 'characters':
      return wording.notAllowed({
        characters: broken.characters.map(visibleCharacter),
        more: broken.more,
        allowed: field.allowed ?? '',
      });
    case 'tooShort':
      return wording.tooShort({ length: broken.length, min: broken.min });
    case 'tooLong':
      return wording.tooLong({ length: broken.length, max: broken.max });
    case 'reserved':
      return wording.reserved({ value: broken.value });
  }
}

/** The rule function of one field: its first broken part in words, or undefined when the value keeps to the rule. */
export function textRule(
  rule: TextRule,
  wording: RuleWording,
  field: FieldWording = {},
): (value: string | undefined) => string | undefined {
  return (value) => {
    const broken = breakOf(value ?? '', rule);
    return broken ? wordRuleBreak(wording, broken, field) : undefined;
  };
}
