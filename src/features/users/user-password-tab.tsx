// Console password tab: whether one is set; set one; change it with the current one; remove it after confirming.
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Field, describedBy } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { ErrorState, ForbiddenNotice, LoadingState } from '../../components/states.tsx';
import { isApiError } from '../../api/api-error.ts';
import { useSubmitOnce } from '../../components/use-submit-once.ts';
import { PASSWORD_RULE } from '../../lib/sam-rules.ts';
import {
  changePasswordSchema,
  fieldOfServerError,
  messageForField,
  setPasswordSchema,
  type ChangePasswordValues,
  type SetPasswordValues,
} from './user-form-rules.ts';
import {
  useCreateUserPassword,
  useDeleteUserPassword,
  useUpdateUserPassword,
  userPasswordOptions,
} from './users-queries.ts';

export function UserPasswordTab({ userName }: { userName: string }) {
  const presence = useQuery(userPasswordOptions(userName));
  if (presence.isPending) return <LoadingState label="Checking the console password…" />;
  // A self-service permission may allow changing a password (User:updateUserPassword) without reading whether one
  // is set: say what cannot be shown, and still offer the change.
  if (presence.isError && isApiError(presence.error) && presence.error.status === 403) {
    return (
      <>
        <ForbiddenNotice operation={presence.error.operation} />
        <ChangePasswordForm userName={userName} />
      </>
    );
  }
  if (presence.isError)
    return (
      <ErrorState
        error={presence.error}
        onRetry={() => void presence.refetch()}
        title="The password status could not be loaded"
      />
    );
  return (
    <>
      <section className="panel" aria-labelledby="password-status">
        <h2 id="password-status">Console password</h2>
        {presence.data.hasPassword ? (
          <p>
            <span className="badge badge--ok">Set</span> <span className="mono">{userName}</span> can sign in
            to the console with a password.
          </p>
        ) : (
          <p>
            <span className="badge">Not set</span> <span className="mono">{userName}</span> cannot sign in to
            the console with a password (AuthKeys still work).
          </p>
        )}
      </section>
      {presence.data.hasPassword ? (
        <>
          <ChangePasswordForm userName={userName} />
          <RemovePasswordPanel userName={userName} />
        </>
      ) : (
        <SetPasswordForm userName={userName} />
      )}
    </>
  );
}

function SetPasswordForm({ userName }: { userName: string }) {
  const id = useId();
  const create = useCreateUserPassword(userName);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SetPasswordValues>({
    resolver: zodResolver(setPasswordSchema),
    defaultValues: { password: '', confirm: '' },
  });
  const onSubmit = useSubmitOnce(
    handleSubmit(
      async (values) => {
        try {
          await create.mutateAsync(values.password);
        } catch (error) {
          if (fieldOfServerError(error, { password: 'password' }) && error instanceof Error)
            setError('password', { type: 'server', message: messageForField(error) });
        }
      },
      () => create.reset(),
    ),
  );
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Set a password</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <Field
          id={`${id}-password`}
          label="New password"
          error={errors.password?.message}
          hint={PASSWORD_RULE}
        >
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy(`${id}-password`, { hint: true, error: !!errors.password })}
            {...register('password')}
          />
        </Field>
        <Field id={`${id}-confirm`} label="Repeat the new password" error={errors.confirm?.message}>
          <input
            id={`${id}-confirm`}
            type="password"
            autoComplete="new-password"
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby={describedBy(`${id}-confirm`, { error: !!errors.confirm })}
            {...register('confirm')}
          />
        </Field>
        {errors.password?.type === 'server' ? null : <FormError error={create.error} />}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? 'Setting…' : 'Set password'}
          </button>
        </div>
      </form>
    </section>
  );
}

function ChangePasswordForm({ userName }: { userName: string }) {
  const id = useId();
  const update = useUpdateUserPassword(userName);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ChangePasswordValues>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: '', newPassword: '', confirm: '' },
  });
  const onSubmit = useSubmitOnce(
    handleSubmit(
      async (values) => {
        try {
          await update.mutateAsync({
            currentPassword: values.currentPassword,
            newPassword: values.newPassword,
          });
          reset();
        } catch (error) {
          const field = fieldOfServerError(
            error,
            { currentPassword: 'currentPassword', newPassword: 'newPassword' },
            { SAM0307: 'currentPassword' },
          );
          if (field && error instanceof Error)
            setError(field, { type: 'server', message: messageForField(error) }, { shouldFocus: true });
        }
      },
      () => update.reset(),
    ),
  );
  const onField = errors.currentPassword?.type === 'server' || errors.newPassword?.type === 'server';
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Change the password</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <Field id={`${id}-current`} label="Current password" error={errors.currentPassword?.message}>
          <input
            id={`${id}-current`}
            type="password"
            autoComplete="current-password"
            aria-invalid={errors.currentPassword ? true : undefined}
            aria-describedby={describedBy(`${id}-current`, { error: !!errors.currentPassword })}
            {...register('currentPassword')}
          />
        </Field>
        <Field id={`${id}-new`} label="New password" error={errors.newPassword?.message} hint={PASSWORD_RULE}>
          <input
            id={`${id}-new`}
            type="password"
            autoComplete="new-password"
            aria-invalid={errors.newPassword ? true : undefined}
            aria-describedby={describedBy(`${id}-new`, { hint: true, error: !!errors.newPassword })}
            {...register('newPassword')}
          />
        </Field>
        <Field id={`${id}-confirm`} label="Repeat the new password" error={errors.confirm?.message}>
          <input
            id={`${id}-confirm`}
            type="password"
            autoComplete="new-password"
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby={describedBy(`${id}-confirm`, { error: !!errors.confirm })}
            {...register('confirm')}
          />
        </Field>
        {onField ? null : <FormError error={update.error} />}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {update.isPending ? 'Changing…' : 'Change password'}
          </button>
        </div>
      </form>
    </section>
  );
}

function RemovePasswordPanel({ userName }: { userName: string }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteUserPassword(userName);
  return (
    <section className="panel panel--danger" aria-labelledby="remove-password-title">
      <h2 id="remove-password-title">Remove the password</h2>
      <p>
        Without a password the user can no longer sign in to the console with one. Their AuthKeys keep
        working.
      </p>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        Remove password
      </button>
      <ConfirmDialog
        open={confirming}
        title="Remove the console password?"
        message={
          <p>
            <strong className="mono">{userName}</strong> will not be able to sign in to the console with a
            password until you set a new one.
          </p>
        }
        confirmLabel="Remove password"
        pending={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate(undefined, { onSettled: () => setConfirming(false) })}
      />
    </section>
  );
}
