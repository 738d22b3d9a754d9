// "Create role" dialog: ID and description, checked with the server's rule; the role starts with no statements.
import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { FormDialog } from '../../components/dialog.tsx';
import { Field, describedBy } from '../../components/field.tsx';
import { DescriptionField } from '../../components/description-field.tsx';
import { FormError } from '../../components/form-error.tsx';
import { useSubmitOnce } from '../../components/use-submit-once.ts';
import { rulesResolver } from '../../components/rules-resolver.ts';
import { textRule } from '../../components/text-rule.ts';
import { isApiError } from '../../api/api-error.ts';
import { DESCRIPTION_MAX } from '../../lib/sam-rules.ts';
import { DESCRIPTION_TEXT_RULE, ROLE_ID_TEXT_RULE } from '../../lib/text-rules.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import type { Messages } from '../../i18n/messages/messages.ts';
import { useCreateRole } from './roles-queries.ts';

const EMPTY_ROLE = '{\n  "statements": []\n}';

interface CreateRoleValues {
  roleId: string;
  description: string;
}

function createRoleResolver(m: Messages) {
  return rulesResolver<CreateRoleValues>({
    roleId: textRule(ROLE_ID_TEXT_RULE, m.forms.rules, {
      required: m.roles.create.idRequired,
      allowed: m.forms.rules.nameCharacters,
    }),
    description: textRule(DESCRIPTION_TEXT_RULE, m.forms.rules),
  });
}

export function CreateRoleDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (roleId: string) => void;
}) {
  if (!open) return null;
  return <CreateRoleForm onClose={onClose} onCreated={onCreated} />;
}

function CreateRoleForm({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (roleId: string) => void;
}) {
  const id = useId();
  const m = useMessages();
  const resolver = useMemo(() => createRoleResolver(m), [m]);
  const create = useCreateRole();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<CreateRoleValues>({
    resolver,
    defaultValues: { roleId: '', description: '' },
  });
  const onSubmit = useSubmitOnce(
    handleSubmit(
      async (values) => {
        try {
          await create.mutateAsync({ ...values, permission: EMPTY_ROLE });
          onCreated(values.roleId);
          onClose();
        } catch (error) {
          // A taken or refused ID belongs on the ID field.
          if (isApiError(error) && ['SAM0502', 'SAM0011', 'SAM0009'].includes(error.code))
            setError('roleId', { type: 'server', message: error.message }, { shouldFocus: true });
        }
      },
      () => create.reset(),
    ),
  );
  return (
    <FormDialog
      title={m.roles.create.title}
      description={m.roles.create.description}
      pending={create.isPending}
      onClose={onClose}
      onSubmit={onSubmit}
      labels={{
        cancel: m.roles.create.cancel,
        submit: m.roles.create.submit,
        submitting: m.roles.create.submitting,
      }}
    >
      <Field
        id={`${id}-id`}
        label={m.roles.create.id}
        error={errors.roleId?.message}
        hint={m.roles.create.idRule}
      >
        <input
          id={`${id}-id`}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={errors.roleId ? true : undefined}
          aria-describedby={describedBy(`${id}-id`, { hint: true, error: !!errors.roleId })}
          {...register('roleId')}
        />
      </Field>
      <DescriptionField
        id={`${id}-description`}
        label={m.roles.create.descriptionLabel}
        error={errors.description?.message}
        hint={m.roles.create.descriptionHint({ max: DESCRIPTION_MAX })}
        control={control}
        name="description"
        registration={register('description')}
      />
      {errors.roleId?.type === 'server' ? null : <FormError error={create.error} />}
    </FormDialog>
  );
}
