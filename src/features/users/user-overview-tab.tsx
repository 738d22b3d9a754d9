// Overview tab: the user's details, the description editor and deletion (after typing the name).
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { Link, useBlocker, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Field, describedBy } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { useSubmitOnce } from '../../components/use-submit-once.ts';
import { isApiError } from '../../api/api-error.ts';
import type { UserDetail } from '../../api/operations.ts';
import { DESCRIPTION_MAX } from '../../lib/sam-rules.ts';
import { paths } from '../../lib/paths.ts';
import {
  descriptionSchema,
  fieldOfServerError,
  messageForField,
  type DescriptionValues,
} from './user-form-rules.ts';
import { userDetailOptions } from '../../queries/user-queries.ts';
import { useDeleteUser, useUpdateUser } from './users-queries.ts';

export function UserOverviewTab({ userName }: { userName: string }) {
  const user = useQuery(userDetailOptions(userName));
  // Set just before leaving for the list after a delete: an unsaved description of a deleted user is not worth a question.
  const deleted = useRef(false);
  if (user.isPending) return <LoadingState label="Loading the user…" />;
  if (user.isError) {
    if (isApiError(user.error) && user.error.status === 404) {
      return (
        <div className="state state--empty">
          <p className="state__title">
            There is no user named <span className="mono">{userName}</span>
          </p>
          <p className="state__hint">
            It may have been deleted. <Link to={paths.users()}>Back to the user list</Link>
          </p>
        </div>
      );
    }
    return (
      <ErrorState
        error={user.error}
        onRetry={() => void user.refetch()}
        title="The user could not be loaded"
      />
    );
  }
  return (
    <>
      <UserFacts user={user.data} />
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

function UserFacts({ user }: { user: UserDetail }) {
  return (
    <section className="panel" aria-labelledby="user-facts">
      <h2 id="user-facts">Details</h2>
      <dl className="details">
        <dt>Name</dt>
        <dd className="mono">{user.userName}</dd>
        <dt>Console password</dt>
        <dd>
          {user.hasPassword ? 'Set' : 'Not set'} ·{' '}
          <Link to={paths.user(user.userName, 'password')}>Manage</Link>
        </dd>
        <dt>AuthKeys</dt>
        <dd>
          {user.authKeyList.length} · <Link to={paths.user(user.userName, 'auth-keys')}>Manage</Link>
        </dd>
        <dt>Created</dt>
        <dd>
          <RelativeTime seconds={user.createDateTime} />
        </dd>
        <dt>Updated</dt>
        <dd>
          <RelativeTime seconds={user.updateDateTime} />
        </dd>
      </dl>
    </section>
  );
}

function DescriptionForm({ user, deleted }: { user: UserDetail; deleted: RefObject<boolean> }) {
  const id = useId();
  const update = useUpdateUser(user.userName);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm<DescriptionValues>({
    resolver: zodResolver(descriptionSchema),
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
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved && !deleted.current && currentLocation.pathname !== nextLocation.pathname,
  );
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Edit the description</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <Field
          id={`${id}-description`}
          label="Description"
          error={errors.description?.message}
          hint={`What this user is for, up to ${DESCRIPTION_MAX} characters.`}
        >
          <textarea
            id={`${id}-description`}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={describedBy(`${id}-description`, { hint: true, error: !!errors.description })}
            {...register('description')}
          />
        </Field>
        {errors.description?.type === 'server' ? null : <FormError error={update.error} />}
        <div className="form__actions">
          <button
            type="button"
            className="button"
            disabled={!isDirty || update.isPending}
            onClick={() => reset()}
          >
            Discard changes
          </button>
          <button type="submit" className="button button--primary" disabled={!isDirty || update.isPending}>
            {update.isPending ? 'Saving…' : 'Save description'}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title="Leave without saving?"
        message={
          <p>
            The new description of <strong className="mono">{user.userName}</strong> is not saved. Leaving
            discards it.
          </p>
        }
        confirmLabel="Discard changes and leave"
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
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteUser(userName);
  const navigate = useNavigate();
  return (
    <section className="panel panel--danger" aria-labelledby="delete-user-title">
      <h2 id="delete-user-title">Delete this user</h2>
      <p>
        Deleting removes the user with their password, AuthKeys and MFA, and ends their sessions. It cannot be
        undone.
      </p>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        Delete user
      </button>
      <ConfirmDialog
        open={confirming}
        title={`Delete ${userName}?`}
        message={
          <p>
            The user <strong className="mono">{userName}</strong>, their password, AuthKeys and MFA are
            removed for good, and their sessions end.
          </p>
        }
        confirmLabel="Delete user"
        typeToConfirm={userName}
        pending={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              onDeleted();
              void navigate(paths.users(), { replace: true });
            },
          })
        }
      />
    </section>
  );
}
