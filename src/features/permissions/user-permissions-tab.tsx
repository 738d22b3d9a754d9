// The Permissions tab of a user: edit their permission document, simulate calls, see their effective access, apply at once.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { describeApiError, useSession } from '../../api/index.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { PermissionWorkspace } from './permission-workspace.tsx';
import { RevokeTokensDialog } from './revoke-tokens-dialog.tsx';
import {
  apiCatalogueOptions,
  defaultPermissionsOptions,
  useRevokeUserTokens,
  useSaveUserPermission,
  userPermissionOptions,
} from './permissions-queries.ts';

export default function UserPermissionsTab({ userName }: { userName: string }) {
  const permission = useQuery({ ...userPermissionOptions(userName), meta: { silentErrors: true } });
  const defaults = useQuery({ ...defaultPermissionsOptions(), meta: { silentErrors: true } });
  const catalogue = useQuery(apiCatalogueOptions());
  const saveMutation = useSaveUserPermission(userName);
  const revoke = useRevokeUserTokens(userName);
  const [offerRevoke, setOfferRevoke] = useState(false);
  // Read through the store's hook: a sign-in as someone else re-renders who "you" are.
  const session = useSession();

  if (permission.isPending || catalogue.isPending || defaults.isPending)
    return <LoadingState label={`Loading the permission of ${userName}…`} />;
  if (permission.isError)
    return (
      <ErrorState
        error={permission.error}
        onRetry={() => void permission.refetch()}
        title="The permission could not be loaded"
      />
    );
  if (catalogue.isError)
    return (
      <ErrorState
        error={catalogue.error}
        onRetry={() => void catalogue.refetch()}
        title="The API catalogue could not be loaded"
      />
    );

  return (
    <div className="user-permissions">
      <p className="section-intro">
        What <strong className="mono">{userName}</strong> may call, on top of the default permissions of the
        operator. A deny in either wins over any allow. Changes reach the user at their next sign-in.
      </p>
      {defaults.isError ? (
        <p className="notice notice--warning" role="note">
          The default permissions could not be loaded ({describeApiError(defaults.error)}), so the simulator,
          the access delta and the effective access consider this document alone.
        </p>
      ) : null}
      <PermissionWorkspace
        subject={{ kind: 'user', userName }}
        stored={permission.data}
        defaults={defaults.isSuccess ? defaults.data : null}
        catalogue={catalogue.data}
        operatorId={session?.operatorId}
        signedInUserName={session?.userName}
        refreshStored={async () => (await permission.refetch({ throwOnError: true })).data}
        save={(text) => saveMutation.mutateAsync(text)}
        saving={saveMutation.isPending}
        saveError={saveMutation.error}
        resetSave={() => saveMutation.reset()}
        onSaved={() => {
          revoke.reset();
          setOfferRevoke(true);
        }}
      />
      {offerRevoke ? (
        <RevokeTokensDialog
          userName={userName}
          self={session?.userName === userName}
          pending={revoke.isPending}
          error={revoke.error}
          onRevoke={() => revoke.mutate(undefined, { onSuccess: () => setOfferRevoke(false) })}
          onClose={() => setOfferRevoke(false)}
        />
      ) : null}
    </div>
  );
}
