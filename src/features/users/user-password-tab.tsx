// Console password tab: whether one is set; set one; change it with the current one; remove it after confirming.
import { useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Field, describedBy } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { ErrorState, ForbiddenNotice, LoadingState } from '../../components/states.tsx';
import { usePermissionGate } from '../../components/needs-permission.tsx';
import { useCapabilities } from '../../queries/capabilities-queries.ts';
import { isApiError } from '../../api/api-error.ts';
import { useSubmitOnce } from '../../components/use-submit-once.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import {
  changePasswordResolver,
  fieldOfServerError,
  messageForField,
  setPasswordResolver,
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
  const m = useMessages().users.password;
  const presence = useQuery(userPasswordOptions(userName));
  const mayChange = useCapabilities().can('User:updateUserPassword', { userName }).kind !== 'denied';
  if (presence.isPending) return <LoadingState label={m.checking} />;
  // A self-service permission may allow changing a password (User:updateUserPassword) without reading whether one
  // is set: say what cannot be shown, and still offer the change.
  if (presence.isError && isApiError(presence.error) && presence.error.status === 403) {
    return (
      <>
        <ForbiddenNotice operation={presence.error.operation} />
        {/* Offered only when it may work: a form that can only be refused helps no one. */}
        {mayChange ? <ChangePasswordForm userName={userName} /> : null}
      </>
    );
  }
  if (presence.isError)
    return <ErrorState error={presence.error} onRetry={() => void presence.refetch()} title={m.loadFailed} />;
  return (
    <>
      <section className="panel" aria-labelledby="password-status">
        <h2 id="password-status">{m.title}</h2>
        {presence.data.hasPassword ? (
          <p>
            <span className="badge badge--ok">{m.setBadge}</span> <span className="mono">{userName}</span>
            {m.canSignIn}
          </p>
        ) : (
          <p>
            <span className="badge">{m.notSetBadge}</span> <span className="mono">{userName}</span>
            {m.cannotSignIn}
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
  const gate = usePermissionGate(useCapabilities().can('User:createUserPassword', { userName }));
  const id = useId();
  const all = useMessages();
  const m = all.users.password;
  const resolver = useMemo(() => setPasswordResolver(all.users.rules), [all]);
  const create = useCreateUserPassword(userName);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SetPasswordValues>({
    resolver,
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
      <h2 id={`${id}-title`}>{m.setTitle}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <Field
          id={`${id}-password`}
          label={m.newPassword}
          error={errors.password?.message}
          hint={all.users.rules.password}
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
        <Field id={`${id}-confirm`} label={m.repeat} error={errors.confirm?.message}>
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
          <button
            type="submit"
            className="button button--primary"
            {...gate.props}
            disabled={gate.denied || create.isPending}
          >
            {create.isPending ? m.setting : m.set}
          </button>
          {gate.note}
        </div>
      </form>
    </section>
  );
}

function ChangePasswordForm({ userName }: { userName: string }) {
  const gate = usePermissionGate(useCapabilities().can('User:updateUserPassword', { userName }));
  const id = useId();
  const all = useMessages();
  const m = all.users.password;
  const resolver = useMemo(() => changePasswordResolver(all.users.rules), [all]);
  const update = useUpdateUserPassword(userName);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ChangePasswordValues>({
    resolver,
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
      <h2 id={`${id}-title`}>{m.changeTitle}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <Field id={`${id}-current`} label={m.current} error={errors.currentPassword?.message}>
          <input
            id={`${id}-current`}
            type="password"
            autoComplete="current-password"
            aria-invalid={errors.currentPassword ? true : undefined}
            aria-describedby={describedBy(`${id}-current`, { error: !!errors.currentPassword })}
            {...register('currentPassword')}
          />
        </Field>
        <Field
          id={`${id}-new`}
          label={m.newPassword}
          error={errors.newPassword?.message}
          hint={all.users.rules.password}
        >
          <input
            id={`${id}-new`}
            type="password"
            autoComplete="new-password"
            aria-invalid={errors.newPassword ? true : undefined}
            aria-describedby={describedBy(`${id}-new`, { hint: true, error: !!errors.newPassword })}
            {...register('newPassword')}
          />
        </Field>
        <Field id={`${id}-confirm`} label={m.repeat} error={errors.confirm?.message}>
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
          <button
            type="submit"
            className="button button--primary"
            {...gate.props}
            disabled={gate.denied || update.isPending}
          >
            {update.isPending ? m.changing : m.change}
          </button>
          {gate.note}
        </div>
      </form>
    </section>
  );
}

function RemovePasswordPanel({ userName }: { userName: string }) {
  const gate = usePermissionGate(useCapabilities().can('User:deleteUserPassword', { userName }));
  const m = useMessages().users.password;
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteUserPassword(userName);
  return (
    <section className="panel panel--danger" aria-labelledby="remove-password-title">
      <h2 id="remove-password-title">{m.removeTitle}</h2>
      <p>{m.removeBody}</p>
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          remove.reset();
          setConfirming(true);
        }}
        {...gate.props}
      >
        {m.remove}
      </button>
      {gate.note}
      <ConfirmDialog
        open={confirming}
        title={m.removeConfirmTitle}
        message={
          <p>
            <strong className="mono">{userName}</strong>
            {m.removeConfirmAfter}
          </p>
        }
        confirmLabel={m.remove}
        pending={remove.isPending}
        error={remove.error}
        onCancel={() => setConfirming(false)}
        // A refusal stays in the dialog, beside the action that caused it.
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      />
    </section>
  );
}
