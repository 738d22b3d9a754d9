// "Reset password" for another user: the current password removed and a new one (typed or generated) set in one step,
// after saying that the user's sessions end. A create that fails after the removal is said as such, with a retry
// that only sets the new password. Fetched on intent (src/components/lazy-on-intent.ts).
import { useId, useState } from 'react';
import { describeApiError } from '../../api/api-error.ts';
import { Dialog } from '../../components/dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useSubmitOnce } from '../../components/use-submit-once.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import { generatePassword } from './generate-password.ts';
import { NewPasswordFields } from './new-password-fields.tsx';
import { useNewPasswordForm } from './use-new-password-form.ts';
import { fieldOfServerError, messageForField } from './user-form-rules.ts';
import { useResetUserPassword } from './users-queries.ts';
import './password.css';

export function ResetPasswordDialog({
  userName,
  onClose,
  onGenerated,
}: {
  userName: string;
  onClose: () => void;
  /** Called instead of onClose after a reset to a generated password: the caller shows it once, then drops it. */
  onGenerated: (password: string) => void;
}) {
  const id = useId();
  const all = useMessages();
  const m = all.users.reset;
  const { remove, create } = useResetUserPassword(userName);
  // True once deleteUserPassword succeeded: from then on only the create is left to do.
  const [removed, setRemoved] = useState(false);
  // True once a create failed after the removal: the user has no password now, and the dialog says so.
  const [halfDone, setHalfDone] = useState(false);
  const { handleSubmit, setError, errors, fields } = useNewPasswordForm('generate');
  const pending = remove.isPending || create.isPending;
  const onSubmit = useSubmitOnce(
    handleSubmit(
      async (values) => {
        const password = values.how === 'type' ? values.password : generatePassword();
        let removedNow = removed;
        try {
          if (!removedNow) {
            await remove.mutateAsync();
            removedNow = true;
            setRemoved(true);
          }
          await create.mutateAsync(password);
        } catch (error) {
          if (removedNow) setHalfDone(true);
          if (
            values.how === 'type' &&
            fieldOfServerError(error, { password: 'password' }) &&
            error instanceof Error
          )
            setError('password', { type: 'server', message: messageForField(error) }, { shouldFocus: true });
          return;
        }
        if (values.how === 'type') onClose();
        else onGenerated(password);
      },
      () => {
        remove.reset();
        create.reset();
      },
    ),
  );
  const onField = errors.password?.type === 'server';
  return (
    <Dialog
      open
      title={m.title({ userName })}
      onClose={() => {
        if (!pending) onClose();
      }}
    >
      <form className="form" noValidate onSubmit={onSubmit}>
        {halfDone ? (
          <div className="notice notice--danger" role="alert">
            <p className="notice__title">{m.halfTitle}</p>
            <p>
              <strong className="mono">{userName}</strong>
              {m.halfAfter}
            </p>
            {create.error && !onField ? <p>{describeApiError(create.error)}</p> : null}
          </div>
        ) : (
          <p className="notice notice--warning">
            <strong className="mono">{userName}</strong>
            {m.warningAfter}
          </p>
        )}
        <NewPasswordFields id={id} {...fields} autoFocus />
        {halfDone ? null : <FormError error={remove.error} />}
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose} disabled={pending}>
            {halfDone ? m.later : all.common.dialog.cancel}
          </button>
          <button type="submit" className="button button--danger" disabled={pending}>
            {pending ? m.resetting : halfDone ? m.retry : m.submit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
