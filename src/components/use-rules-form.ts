// A small form state for the sign-in page: the same rule functions as rules-resolver.ts over uncontrolled inputs.
//
// /sign-in is the first page most visits see, and react-hook-form (12.6 KB gzip) was its largest
// part after React itself. Its three short forms need only what this hook does, the way
// react-hook-form does it: check every rule on submit, show each field's first broken rule, focus
// the first invalid field, re-check a field as it changes once the form was submitted, and hand
// the normalised values to the submit handler. Longer forms keep react-hook-form (STYLE.md).
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { checkRules, type FormRules } from './rules-resolver.ts';

/** A flat form of text fields (an optional field is undefined while it is not on screen). */
export type TextValues<T> = { [K in keyof T]: string | undefined };

export interface RulesFormOptions<T extends TextValues<T>> {
  defaultValues?: Partial<T>;
  /** What the submit handler gets once every rule passes (trimmed text, spaces dropped). */
  normalise?: (values: T) => T;
}

export interface RegisteredInput {
  name: string;
  defaultValue: string | undefined;
  ref: (element: HTMLInputElement | null) => void;
  onChange: () => void;
}

export function useRulesForm<T extends TextValues<T>>(
  rules: FormRules<T>,
  options: RulesFormOptions<T> = {},
) {
  // Inputs in the order they were mounted (document order for these forms); a field not on screen is absent.
  const inputs = useRef(new Map<keyof T & string, HTMLInputElement>());
  const submitted = useRef(false);
  const [errors, setErrors] = useState<Partial<Record<keyof T & string, { message: string }>>>({});
  const { defaultValues, normalise } = options;

  const read = useCallback((): T => {
    const values: Record<string, string> = {};
    for (const [name, input] of inputs.current) values[name] = input.value;
    // Every input gives text, and only the form's own fields are registered.
    return values as T;
  }, []);

  const register = (name: keyof T & string): RegisteredInput => ({
    name,
    defaultValue: defaultValues?.[name],
    ref: (element) => {
      if (element) inputs.current.set(name, element);
      else inputs.current.delete(name);
    },
    onChange: () => {
      // As react-hook-form does by default: quiet while typing, re-checked on every change after a submit.
      if (!submitted.current) return;
      const message = checkRules(rules, read())[name];
      setErrors((current) => {
        if (current[name]?.message === message) return current;
        const next = { ...current };
        if (message === undefined) delete next[name];
        else next[name] = { message };
        return next;
      });
    },
  });

  const handleSubmit = (onValid: (values: T) => void) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    submitted.current = true;
    const values = read();
    const broken = checkRules(rules, values);
    const next: Partial<Record<keyof T & string, { message: string }>> = {};
    for (const [name, message] of Object.entries(broken)) next[name as keyof T & string] = { message };
    setErrors(next);
    const invalid = [...inputs.current]
      .filter(([name]) => broken[name] !== undefined)
      .map(([, input]) => input);
    const firstInvalid = invalid.sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    )[0];
    if (firstInvalid) {
      firstInvalid.focus();
      return;
    }
    onValid(normalise ? normalise(values) : values);
  };

  return { register, handleSubmit, formState: { errors } };
}
