// Console password tab: whether one is set; set one (typed or generated); change it with the current one; reset another
// user's in one step; remove it after confirming.
import { Suspense, useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { DangerPanel } from '../../components/danger-panel.tsx';
import { PasswordField } from '../../components/password-field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { ErrorState, ForbiddenNotice, LoadingState } from '../../components/states.tsx';
import { usePermissionGate } from '../../components/needs-permission.tsx';
import { useCapabilities } from '../../queries/capabilities-queries.ts';
import { allOf } from '../../lib/verdict-of-calls.ts';
import type { Verdict } from '../../lib/capability-verdicts.ts';
import { lazyOnIntent, preloadOnIntent } from '../../components/lazy-on-intent.ts';
import { isApiError } from '../../api/api-error.ts';
import { useSession } from '../../api/use-session.ts';
import { useSubmitOnce } from '../../components/use-submit-once.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import {
  changePasswordResolver,
  fieldOfServerError,
  messageForField,
  type ChangePasswordValues,
} from './user-form-rules.ts';
import { generatePassword } from './generate-password.ts';
import { NewPasswordFields } from './new-password-fields.tsx';
import { useNewPasswordForm } from './use-new-password-form.ts';
import {
  useCreateUserPassword,
  useDeleteUserPassword,
  useUpdateUserPassword,
  userPasswordOptions,
} from './users-queries.ts';
import './password.css';

// The reset and the one view of a generated password arrive when an admin reaches for them.
const ResetPasswordDialog = lazyOnIntent(
  () => import('./reset-password-dialog.tsx'),
  (module) => module.ResetPasswordDialog,
);
const GeneratedPasswordDialog = lazyOnIntent(
  () => import('./generated-password-dialog.tsx'),
  (module) => module.GeneratedPasswordDialog,
);
const preloadGenerated = () => GeneratedPasswordDialog.preload();
const preloadReset = () => Promise.all([ResetPasswordDialog.preload(), GeneratedPasswordDialog.preload()]);

export function UserPasswordTab({ userName }: { userName: string }) {
  const m = useMessages().users.password;
  const presence = useQuery(userPasswordOptions(userName));
  const mayChange = useCapabilities().can('User:updateUserPassword', { userName }).kind !== 'denied';
  // A SAM user (by password or AuthKey) on their own tab changes their password; a reset is for someone else's.
  const own = useSession()?.userName === userName;
  const [resetting, setResetting] = useState(false);
  // A generated password, from the moment it is set until the admin closes its one view: in this state only.
  const [generated, setGenerated] = useState<string | null>(null);
  // Here rather than in the panels: a reset or a set moves the tab between "set" and "not set" under the dialog.
  const dialogs = (
    <Suspense fallback={null}>
      {resetting ? (
        <ResetPasswordDialog
          userName={userName}
          onClose={() => setResetting(false)}
          onGenerated={(password) => {
            setResetting(false);
            setGenerated(password);
          }}
        />
      ) : null}
      {generated !== null ? (
        <GeneratedPasswordDialog userName={userName} password={generated} onDone={() => setGenerated(null)} />
      ) : null}
    </Suspense>
  );
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
          {own ? null : <ResetPasswordPanel userName={userName} onReset={() => setResetting(true)} />}
          <ChangePasswordForm userName={userName} />
          <RemovePasswordPanel userName={userName} />
        </>
      ) : (
        <SetPasswordForm userName={userName} onGenerated={setGenerated} />
      )}
      {dialogs}
    </>
  );
}

function ResetPasswordPanel({ userName, onReset }: { userName: string; onReset: () => void }) {
  const capabilities = useCapabilities();
  // Two calls: both must be allowed, and a denied one is named.
  const gate = usePermissionGate(
    allOf(
      capabilities.can('User:deleteUserPassword', { userName }),
      capabilities.can('User:createUserPassword', { userName }),
    ),
  );
  const id = useId();
  const m = useMessages().users.password;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.resetTitle}</h2>
      <p>{m.resetBody}</p>
      <button
        type="button"
        className="button"
        onClick={onReset}
        {...preloadOnIntent(preloadReset)}
        {...gate.props}
      >
        {m.reset}
      </button>
      {gate.note}
    </section>
  );
}

function SetPasswordForm({
  userName,
  onGenerated,
}: {
  userName: string;
  /** Called with a generated password once it is set, for the tab to show it once. */
  onGenerated: (password: string) => void;
}) {
  const verdict = useCapabilities().can('User:createUserPassword', { userName });
  const id = useId();
  const all = useMessages();
  const m = all.users.password;
  const create = useCreateUserPassword(userName);
  const { handleSubmit, setError, errors, fields } = useNewPasswordForm('type');
  const onSubmit = useSubmitOnce(
    handleSubmit(
      async (values) => {
        const password = values.how === 'generate' ? generatePassword() : values.password;
        try {
          await create.mutateAsync(password);
        } catch (error) {
          if (
            values.how !== 'generate' &&
            fieldOfServerError(error, { password: 'password' }) &&
            error instanceof Error
          )
            setError('password', { type: 'server', message: messageForField(error) });
          return;
        }
        if (values.how === 'generate') onGenerated(password);
      },
      () => create.reset(),
    ),
  );
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.setTitle}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <NewPasswordFields
          id={id}
          {...fields}
          onGenerateIntent={() => void preloadGenerated().catch(() => undefined)}
        />
        {errors.password?.type === 'server' ? null : <FormError error={create.error} />}
        <SubmitActions verdict={verdict} pending={create.isPending} label={m.set} pendingLabel={m.setting} />
      </form>
    </section>
  );
}

function ChangePasswordForm({ userName }: { userName: string }) {
  const verdict = useCapabilities().can('User:updateUserPassword', { userName });
  const id = useId();
  const all = useMessages();
  const m = all.users.password;
  const resolver = useMemo(() => changePasswordResolver(all), [all]);
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
        <PasswordField
          id={`${id}-current`}
          label={m.current}
          error={errors.currentPassword?.message}
          autoComplete="current-password"
          registration={register('currentPassword')}
        />
        <PasswordField
          id={`${id}-new`}
          label={m.newPassword}
          error={errors.newPassword?.message}
          hint={all.users.rules.password}
          registration={register('newPassword')}
        />
        <PasswordField
          id={`${id}-confirm`}
          label={m.repeat}
          error={errors.confirm?.message}
          registration={register('confirm')}
        />
        {onField ? null : <FormError error={update.error} />}
        <SubmitActions
          verdict={verdict}
          pending={update.isPending}
          label={m.change}
          pendingLabel={m.changing}
        />
      </form>
    </section>
  );
}

/** A password form's submit button: disabled while it works, or when the principal may not, with the API named. */
function SubmitActions({
  verdict,
  pending,
  label,
  pendingLabel,
}: {
  verdict: Verdict;
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  const gate = usePermissionGate(verdict);
  return (
    <div className="form__actions">
      <button
        type="submit"
        className="button button--primary"
        {...gate.props}
        disabled={gate.denied || pending}
      >
        {pending ? pendingLabel : label}
      </button>
      {gate.note}
    </div>
  );
}

function RemovePasswordPanel({ userName }: { userName: string }) {
  const m = useMessages().users.password;
  const remove = useDeleteUserPassword(userName);
  const verdict = useCapabilities().can('User:deleteUserPassword', { userName });
  return (
    <DangerPanel
      titleId="remove-password-title"
      title={m.removeTitle}
      body={m.removeBody}
      actionLabel={m.remove}
      verdict={verdict}
      action={remove}
      confirmTitle={m.removeConfirmTitle}
      confirmMessage={
        <p>
          <strong className="mono">{userName}</strong>
          {m.removeConfirmAfter}
        </p>
      }
    />
  );
}
