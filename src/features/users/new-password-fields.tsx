// The choice of a new console password, shared by "Set a password" and "Reset password": type it twice, or generate one.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { PasswordField } from '../../components/password-field.tsx';
import { useMessages } from '../../i18n/use-i18n.ts';
import { GENERATED_PASSWORD_LENGTH } from './generate-password.ts';
import type { PasswordSource, SetPasswordValues } from './user-form-rules.ts';

const isSource = (value: string): value is PasswordSource => value === 'type' || value === 'generate';

export function NewPasswordFields({
  id,
  how,
  onChoose,
  register,
  errors,
  onGenerateIntent,
  autoFocus = false,
}: {
  /** A prefix for the inputs' ids (useId of the form). */
  id: string;
  how: PasswordSource;
  /** Called with the option chosen, for the form to show or hide the typed fields. */
  onChoose: (how: PasswordSource) => void;
  register: UseFormRegister<SetPasswordValues>;
  errors: FieldErrors<SetPasswordValues>;
  /** Called when "generate" is pointed at or chosen, to fetch what shows the password before it is needed. */
  onGenerateIntent?: () => void;
  /** In a dialog: the chosen option takes the first focus (a dialog focuses [data-autofocus] first). */
  autoFocus?: boolean;
}) {
  const all = useMessages();
  const m = all.users.password;
  const choice = register('how', {
    onChange: (event: { target: { value: string } }) => {
      if (isSource(event.target.value)) onChoose(event.target.value);
    },
  });
  return (
    <>
      <fieldset className="password-choice">
        <legend>{m.howLegend}</legend>
        <label className="checkbox">
          <input
            type="radio"
            value="type"
            data-autofocus={autoFocus && how === 'type' ? true : undefined}
            {...choice}
          />
          {m.typeIt}
        </label>
        <label className="checkbox" onPointerEnter={onGenerateIntent}>
          <input
            type="radio"
            value="generate"
            data-autofocus={autoFocus && how === 'generate' ? true : undefined}
            onFocus={onGenerateIntent}
            {...choice}
          />
          {m.generateIt}
        </label>
      </fieldset>
      {how === 'generate' ? (
        <p className="field__hint">{m.generateHint({ length: GENERATED_PASSWORD_LENGTH })}</p>
      ) : (
        <>
          <PasswordField
            id={`${id}-password`}
            label={m.newPassword}
            error={errors.password?.message}
            hint={all.users.rules.password}
            registration={register('password')}
          />
          <PasswordField
            id={`${id}-confirm`}
            label={m.repeat}
            error={errors.confirm?.message}
            registration={register('confirm')}
          />
        </>
      )}
    </>
  );
}
