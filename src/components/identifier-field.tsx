// <IdentifierField>: a labelled box for an operator ID or a user name, typed exactly (no autofill, no spell check).
import type { Ref } from 'react';

export function IdentifierField({
  id,
  label,
  value,
  onChange,
  error,
  suggestions,
  ref,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The rule the value breaks: shown under the box and announced at once. */
  error?: string | undefined;
  /** Known values the browser offers as one types (a datalist); any other value may still be typed. */
  suggestions?: readonly string[];
  /** The box, for the form to focus when its value is refused. */
  ref?: Ref<HTMLInputElement>;
}) {
  const errorId = `${id}-error`;
  const listId = `${id}-suggestions`;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        autoComplete="off"
        spellCheck={false}
        list={suggestions ? listId : undefined}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {suggestions ? (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}
