// A password input of a react-hook-form form, in its Field: label, hint and error wired as in every form.
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field, describedBy } from './field.tsx';

export function PasswordField({
  id,
  label,
  error,
  hint,
  autoComplete = 'new-password',
  registration,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  autoComplete?: 'new-password' | 'current-password';
  /** What `register(name)` returned for the field. */
  registration: UseFormRegisterReturn;
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint: hint !== undefined, error: !!error })}
        {...registration}
      />
    </Field>
  );
}
