// The Default permissions page: the operator's document every SAM user gets, with the same editor, review and simulator.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { describeApiError, useSession } from '../../api/index.ts';
import { usersListOptions } from '../../queries/user-queries.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { PermissionWorkspace } from './permission-workspace.tsx';
import { RevokeTokensDialog } from './revoke-tokens-dialog.tsx';
import { useCapabilities } from '../../queries/capabilities-queries.ts';
import { actionState } from '../../lib/capability-verdicts.ts';
import {
  apiCatalogueOptions,
  defaultPermissionsOptions,
  useDeleteDefaultPermissions,
  useSaveDefaultPermissions,
} from './permissions-queries.ts';
import { useMessages } from '../../i18n/use-i18n.ts';

export default function DefaultPermissionsPage() {
  const defaults = useQuery({ ...defaultPermissionsOptions(), meta: { silentErrors: true } });
  const catalogue = useQuery(apiCatalogueOptions());
  const saveMutation = useSaveDefaultPermissions();
  // Each user's own permission, to show before saving whose access the change takes away (the users list's query).
  const users = useQuery({ ...usersListOptions(), meta: { silentErrors: true } });
  const session = useSession();
  const messages = useMessages();
  const m = messages.permissions.page;
  const r = messages.roles.workspace;
  const removal = useDeleteDefaultPermissions();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [generation, setGeneration] = useState(0);
  const capabilities = useCapabilities();
  // Default permissions apply to every SAM user: after a change, offer to end all their sessions, listing them.
  const [offerRevoke, setOfferRevoke] = useState(false);
  const everyUser = users.isSuccess ? users.data.map((user) => user.userName) : [];
  const offerToRevoke = () => setOfferRevoke(everyUser.length > 0);

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{m.title}</h1>
          <p className="page-header__sub">{m.sub}</p>
        </div>
      </div>
      {defaults.isPending || catalogue.isPending ? (
        <LoadingState label={m.loading} />
      ) : defaults.isError ? (
        <ErrorState error={defaults.error} onRetry={() => void defaults.refetch()} title={m.loadFailed} />
      ) : catalogue.isError ? (
        <ErrorState
          error={catalogue.error}
          onRetry={() => void catalogue.refetch()}
          title={m.catalogueFailed}
        />
      ) : (
        <PermissionWorkspace
          key={generation}
          subject={{ kind: 'default' }}
          stored={defaults.data}
          defaults={null}
          catalogue={catalogue.data}
          operatorId={session?.operatorId}
          saveNeeds={actionState(capabilities.can('User:updateDefaultPermissions')).needs}
          save={(text) => saveMutation.mutateAsync(text)}
          saving={saveMutation.isPending}
          saveError={saveMutation.error}
          resetSave={() => saveMutation.reset()}
          onSaved={offerToRevoke}
          refreshStored={async () => (await defaults.refetch({ throwOnError: true })).data}
          otherUsers={users.isSuccess ? users.data : null}
          otherUsersProblem={
            users.isError ? describeApiError(users.error) : users.isPending ? m.usersStillLoading : undefined
          }
        />
      )}
      {defaults.isSuccess && defaults.data !== '' ? (
        <div className="permission-delete">
          <button type="button" className="button button--danger" onClick={() => setConfirmingDelete(true)}>
            {r.deleteDefaults}
          </button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirmingDelete}
        title={r.deleteDefaultsTitle}
        message={
          <>
            <p>{r.deleteDefaultsBody}</p>
            <FormError error={removal.error} />
          </>
        }
        confirmLabel={r.deleteDefaultsConfirm}
        pending={removal.isPending}
        onConfirm={() =>
          removal.mutate(undefined, {
            onSuccess: async () => {
              await defaults.refetch();
              setConfirmingDelete(false);
              setGeneration((value) => value + 1);
              offerToRevoke();
            },
          })
        }
        onCancel={() => {
          removal.reset();
          setConfirmingDelete(false);
        }}
      />
      {offerRevoke ? (
        <RevokeTokensDialog userNames={everyUser} subject="defaults" onClose={() => setOfferRevoke(false)} />
      ) : null}
    </>
  );
}
