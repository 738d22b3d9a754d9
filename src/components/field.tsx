// <Field id label error hint>{input with the same id}</Field>: label, hint and error wired for screen readers via describedBy(id).
import type { ReactNode } from 'react';

/** The aria-describedby value for a field's input: its hint and its error. */
export function describedBy(
  id: string,
  { hint, error }: { hint?: boolean; error?: boolean },
): string | undefined {
  // The hint element is left out while an error repeats it; pointing at it then would point at nothing (harmless).
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Field({
  id,
  label,
  error,
  hint,
  invalid = false,
  children,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  /** Shown as invalid before there is an error to say (a description past its limit while typing). */
  invalid?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={error || invalid ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {/* A hint that says exactly what the error says would be read twice. */}
      {hint && hint !== error ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
