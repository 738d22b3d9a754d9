// A react-hook-form resolver built from plain rule functions: the forms check what the server checks (src/lib/sam-rules.ts) without shipping a schema library.
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';

/** One rule per field: the message to show when the value breaks it, or undefined when it is fine. */
export type FormRules<T> = { [K in keyof T]?: (value: T[K], values: T) => string | undefined };

/**
 * rulesResolver(rules, normalise?): checks every field that has a rule (first broken rule wins) and,
 * when all pass, hands `normalise(values)` to the submit handler (trimmed text, spaces dropped).
 */
export function rulesResolver<T extends FieldValues>(
  rules: FormRules<T>,
  normalise: (values: T) => T = (values) => values,
): Resolver<T> {
  return (values) => {
    const errors: Record<string, FieldError> = {};
    for (const [field, message] of Object.entries(checkRules(rules, values)))
      errors[field] = { type: 'rules', message };
    // A record of field name to error is what FieldErrors<T> is for a flat form like these.
    return Object.keys(errors).length > 0
      ? { values: {}, errors: errors as FieldErrors<T> }
      : { values: normalise(values), errors: {} };
  };
}

/** Each field's first broken rule, by field name; fields that pass are absent. */
export function checkRules<T>(rules: FormRules<T>, values: T): Record<string, string> {
  const broken: Record<string, string> = {};
  for (const field of Object.keys(rules) as (keyof T & string)[]) {
    const message = rules[field]?.(values[field], values);
    if (message !== undefined) broken[field] = message;
  }
  return broken;
}

/** A rule that refuses empty (or all-space) text with `message`. */
export function requiredText(message: string): (value: string | undefined) => string | undefined {
  return (value) => ((value ?? '').trim() === '' ? message : undefined);
}
