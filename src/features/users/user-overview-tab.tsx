// Overview tab: the user's details, the description editor and deletion (after typing the name).
import { useEffect, useId, useMemo, useRef, type RefObject } from 'react';
import { Link, useNavigate } from 'react-router';
import { useLeaveGuard } from '../../components/leave-guard.tsx';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { CopyButton } from '../../components/copy-button.tsx';
import { DangerPanel } from '../../components/danger-panel.tsx';
import { useSession } from '../../api/use-session.ts';
import { DescriptionField } from '../../components/description-field.tsx';
import { NoPasswordNote } from '../../components/no-password-note.tsx';
import { FormError } from '../../components/form-error.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { useSubmitOnce } from '../../components/use-submit-once.ts';
import { isApiError } from '../../api/api-error.ts';
import type { UserDetail } from '../../api/operations.ts';
import { paths } from '../../lib/paths.ts';
import { useFormat, useMessages } from '../../i18n/use-i18n.ts';
import {
  descriptionResolver,
  fieldOfServerError,
  messageForField,
  type DescriptionValues,
} from './user-form-rules.ts';
import { userDetailOptions } from '../../queries/user-queries.ts';
import { useCapabilities } from '../../queries/capabilities-queries.ts';
import { usePermissionGate } from '../../components/needs-permission.tsx';
import { useDeleteUser, useUpdateUser } from './users-queries.ts';

export function UserOverviewTab({
  userName,
  lastSignInProvided = true,
}: {
  userName: string;
  lastSignInProvided?: boolean;
}) {
  const m = useMessages().users.overview;
  const user = useQuery(userDetailOptions(userName));
  // Set just before leaving for the list after a delete: an unsaved description of a deleted user is not worth a question.
  const deleted = useRef(false);
  if (user.isPending) return <LoadingState label={m.loading} />;
  if (user.isError) {
    if (isApiError(user.error) && user.error.status === 404) {
      return (
        <div className="state state--empty">
          <p className="state__title">
            {m.notFoundBefore}
            <span className="mono">{userName}</span>
            {m.notFoundAfter}
          </p>
          <p className="state__hint">
            {m.notFoundHint} <Link to={paths.users()}>{m.backToList}</Link>
          </p>
        </div>
      );
    }
    return <ErrorState error={user.error} onRetry={() => void user.refetch()} title={m.loadFailed} />;
  }
  return (
    <>
      <UserFacts user={user.data} lastSignInProvided={lastSignInProvided} />
      {/* key: a saved description from elsewhere resets the form to it. */}
      <DescriptionForm key={user.data.description ?? ''} user={user.data} deleted={deleted} />
      <DeleteUserPanel
        userName={userName}
        onDeleted={() => {
          deleted.current = true;
        }}
      />
    </>
  );
}

function UserFacts({ user, lastSignInProvided }: { user: UserDetail; lastSignInProvided: boolean }) {
  const all = useMessages();
  const m = all.users.overview;
  const format = useFormat();
  return (
    <section className="panel" aria-labelledby="user-facts">
      <h2 id="user-facts">{m.details}</h2>
      {user.hasPassword ? null : <NoPasswordNote userName={user.userName} texts={m} />}
      <dl className="details">
        <dt>{m.name}</dt>
        <dd className="mono">{user.userName}</dd>
        <dt>{m.password}</dt>
        <dd>
          {user.hasPassword ? m.passwordSet : m.passwordNotSet} ·{' '}
          <Link to={paths.user(user.userName, 'password')}>{m.manage}</Link>
        </dd>
        <dt>{m.authKeys}</dt>
        <dd>
          {format.number(user.authKeyList.length)} ·{' '}
          <Link to={paths.user(user.userName, 'auth-keys')}>{m.manage}</Link>
        </dd>
        <SignInLink userName={user.userName} />
        <dt>{m.created}</dt>
        <dd>
          <RelativeTime seconds={user.createDateTime} />
        </dd>
        <dt>{m.updated}</dt>
        <dd>
          <RelativeTime seconds={user.updateDateTime} />
        </dd>
        <dt>{all.hygiene.list.lastSignIn}</dt>
        <dd>
          {lastSignInProvided ? (
            <RelativeTime seconds={user.lastSignInDateTime} />
          ) : (
            <span className="muted">{all.hygiene.overview.lastSignInNotProvided}</span>
          )}
        </dd>
      </dl>
    </section>
  );
}

/** The user's own sign-in address, as Soracom's console shows it: the SAM user form, operator and name filled in. */
function SignInLink({ userName }: { userName: string }) {
  const m = useMessages().users.detail;
  const operatorId = useSession()?.operatorId;
  if (!operatorId) return null;
  const link = new URL(paths.signIn({ method: 'user', operatorId, userName }), window.location.origin).href;
  return (
    <>
      <dt>{m.signInLink}</dt>
      <dd className="sign-in-link">
        <code className="sign-in-link__url">{link}</code>
        <CopyButton label={m.copySignInLink} text={link} copiedMessage={m.signInLinkCopied} />
        <span className="field__hint">{m.signInLinkHint}</span>
      </dd>
    </>
  );
}

function DescriptionForm({ user, deleted }: { user: UserDetail; deleted: RefObject<boolean> }) {
  const id = useId();
  const saveGate = usePermissionGate(useCapabilities().can('User:updateUser', { userName: user.userName }));
  const all = useMessages();
  const m = all.users.overview;
  const resolver = useMemo(() => descriptionResolver(all), [all]);
  const update = useUpdateUser(user.userName);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm<DescriptionValues>({
    resolver,
    defaultValues: { description: user.description ?? '' },
  });
  const onSubmit = useSubmitOnce(
    handleSubmit(
      async (values) => {
        try {
          const saved = await update.mutateAsync(values.description);
          reset({ description: saved ? (saved.description ?? '') : values.description });
        } catch (error) {
          if (fieldOfServerError(error, { description: 'description' }) && error instanceof Error) {
            setError('description', { type: 'server', message: messageForField(error) });
          }
        }
      },
      () => update.reset(),
    ),
  );
  // The text typed is only in this form: leaving the tab or the page asks first, as closing or reloading does.
  const unsaved = isDirty && !update.isPending;
  useWarnBeforeUnload(unsaved);
  const blocker = useLeaveGuard(
    ({ currentLocation, nextLocation }) =>
      unsaved && !deleted.current && currentLocation.pathname !== nextLocation.pathname,
  );
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.editDescription}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <DescriptionField
          id={`${id}-description`}
          label={m.descriptionLabel}
          error={errors.description?.message}
          hint={m.descriptionHint}
          control={control}
          name="description"
          registration={register('description')}
          readOnly={saveGate.denied}
        />
        {errors.description?.type === 'server' ? null : <FormError error={update.error} />}
        <div className="form__actions">
          <button
            type="button"
            className="button"
            disabled={!isDirty || update.isPending}
            onClick={() => reset()}
          >
            {m.discard}
          </button>
          <button
            type="submit"
            className="button button--primary"
            {...saveGate.props}
            disabled={saveGate.denied || !isDirty || update.isPending}
          >
            {update.isPending ? m.saving : m.save}
          </button>
          {saveGate.note}
        </div>
      </form>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={m.leaveTitle}
        message={
          <p>
            {m.leaveBefore}
            <strong className="mono">{user.userName}</strong>
            {m.leaveAfter}
          </p>
        }
        confirmLabel={m.leaveConfirm}
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      />
    </section>
  );
}

/** Asks the browser to confirm closing or reloading the page while there are unsaved changes. */
function useWarnBeforeUnload(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}

function DeleteUserPanel({ userName, onDeleted }: { userName: string; onDeleted: () => void }) {
  const m = useMessages().users.overview;
  const remove = useDeleteUser(userName);
  const navigate = useNavigate();
  const verdict = useCapabilities().can('User:deleteUser', { userName });
  return (
    <DangerPanel
      titleId="delete-user-title"
      title={m.deleteTitle}
      body={m.deleteBody}
      actionLabel={m.deleteButton}
      verdict={verdict}
      action={remove}
      confirmTitle={m.deleteConfirmTitle({ userName })}
      confirmMessage={
        <p>
          {m.deleteConfirmBefore}
          <strong className="mono">{userName}</strong>
          {m.deleteConfirmAfter}
        </p>
      }
      typeToConfirm={userName}
      onDone={() => {
        onDeleted();
        void navigate(paths.users(), { replace: true });
      }}
    />
  );
}
