// "Create user" dialog: name + description, checked with the server's rule, server 4xx shown on the field it concerns.
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Dialog } from '../../components/dialog.tsx';
import { Field, describedBy } from '../../components/field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useSubmitOnce } from '../../components/use-submit-once.ts';
import { DESCRIPTION_MAX, USER_NAME_RULE } from '../../lib/sam-rules.ts';
import {
  createUserSchema,
  fieldOfServerError,
  messageForField,
  type CreateUserValues,
} from './user-form-rules.ts';
import { useCreateUser } from './users-queries.ts';
import type { UserDetail } from '../../api/operations.ts';

export function CreateUserDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated?: (user: UserDetail) => void;
}) {
  // A fresh form per opening.
  if (!open) return null;
  return <CreateUserForm onClose={onClose} onCreated={onCreated} />;
}

function CreateUserForm({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: ((user: UserDetail) => void) | undefined;
}) {
  const id = useId();
  const create = useCreateUser();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CreateUserValues>({
    resolver: zodResolver(createUserSchema),
    defaultValues: { userName: '', description: '' },
  });
  const onSubmit = useSubmitOnce(
    handleSubmit(
      async (values) => {
        try {
          const user = await create.mutateAsync({
            userName: values.userName,
            description: values.description,
          });
          onCreated?.(user);
          onClose();
        } catch (error) {
          const field = fieldOfServerError(
            error,
            { user_name: 'userName', userName: 'userName', description: 'description' },
            { SAM0302: 'userName', SAM0006: 'userName' },
          );
          if (field && error instanceof Error)
            setError(field, { type: 'server', message: messageForField(error) }, { shouldFocus: true });
        }
      },
      () => create.reset(),
    ),
  );
  const serverErrorOnField = errors.userName?.type === 'server' || errors.description?.type === 'server';
  return (
    <Dialog
      open
      title="Create user"
      description="A SAM user signs in to this operator with a password or an AuthKey you give them."
      onClose={() => {
        if (!create.isPending) onClose();
      }}
    >
      <form className="form" noValidate onSubmit={onSubmit}>
        <Field id={`${id}-name`} label="User name" error={errors.userName?.message} hint={USER_NAME_RULE}>
          <input
            id={`${id}-name`}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={errors.userName ? true : undefined}
            aria-describedby={describedBy(`${id}-name`, { hint: true, error: !!errors.userName })}
            {...register('userName')}
          />
        </Field>
        <Field
          id={`${id}-description`}
          label="Description (optional)"
          error={errors.description?.message}
          hint={`Up to ${DESCRIPTION_MAX} characters.`}
        >
          <textarea
            id={`${id}-description`}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={describedBy(`${id}-description`, { hint: true, error: !!errors.description })}
            {...register('description')}
          />
        </Field>
        {serverErrorOnField ? null : <FormError error={create.error} />}
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose} disabled={create.isPending}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create user'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
