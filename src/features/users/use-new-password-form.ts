// The form state behind <NewPasswordFields/>, shared by "Set a password" and "Reset password": the rules and the
// typed/generated choice.
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMessages } from '../../i18n/use-i18n.ts';
import { setPasswordResolver, type PasswordSource, type SetPasswordValues } from './user-form-rules.ts';

/**
 * `how` starts as `defaultHow`: "type" where a password is set, "generate" where one is reset. `fields` are the
 * props <NewPasswordFields/> takes from the form.
 */
export function useNewPasswordForm(defaultHow: PasswordSource) {
  const all = useMessages();
  const resolver = useMemo(() => setPasswordResolver(all), [all]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SetPasswordValues>({
    resolver,
    defaultValues: { how: defaultHow, password: '', confirm: '' },
  });
  // Whether the typed fields show, set by the choice's onChange: watch() would keep the React Compiler off the form's
  // component, and useWatch adds to the library's share of every form chunk.
  const [how, setHow] = useState<PasswordSource>(defaultHow);
  return { handleSubmit, setError, errors, fields: { how, onChoose: setHow, register, errors } };
}
