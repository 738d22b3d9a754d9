// "Create user" dialog: name + description, checked with the server's rule, server 4xx shown on the field it concerns.
import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { FormDialog } from '../../components/dialog.tsx';
import { Field, describedBy } from '../../components/field.tsx';
import { DescriptionField } from '../../components/description-field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useSubmitOnce } from '../../components/use-submit-once.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import {
  createUserResolver,
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
  const m = useMessages();
  const resolver = useMemo(() => createUserResolver(m), [m]);
  const create = useCreateUser();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CreateUserValues>({
    resolver,
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
    <FormDialog
      title={m.users.create.title}
      description={m.users.create.description}
      pending={create.isPending}
      onClose={onClose}
      onSubmit={onSubmit}
      labels={{
        cancel: m.common.dialog.cancel,
        submit: m.users.create.submit,
        submitting: m.users.create.submitting,
      }}
    >
      <Field
        id={`${id}-name`}
        label={m.users.create.userName}
        error={errors.userName?.message}
        hint={m.users.rules.userName}
      >
        <input
          id={`${id}-name`}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={errors.userName ? true : undefined}
          aria-describedby={describedBy(`${id}-name`, { hint: true, error: !!errors.userName })}
          {...register('userName')}
        />
      </Field>
      <DescriptionField
        id={`${id}-description`}
        label={m.users.create.descriptionLabel}
        error={errors.description?.message}
        hint={m.users.create.descriptionHint}
        control={control}
        name="description"
        registration={register('description')}
      />
      {serverErrorOnField ? null : <FormError error={create.error} />}
    </FormDialog>
  );
}
