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
import { useMessages } from '../../i18n/use-i18n.ts';

export default function UserPermissionsTab({ userName }: { userName: string }) {
  const permission = useQuery({ ...userPermissionOptions(userName), meta: { silentErrors: true } });
  const defaults = useQuery({ ...defaultPermissionsOptions(), meta: { silentErrors: true } });
  const catalogue = useQuery(apiCatalogueOptions());
  const saveMutation = useSaveUserPermission(userName);
  const revoke = useRevokeUserTokens(userName);
  const [offerRevoke, setOfferRevoke] = useState(false);
  // Read through the store's hook: a sign-in as someone else re-renders who "you" are.
  const session = useSession();
  const m = useMessages().permissions;

  if (permission.isPending || catalogue.isPending || defaults.isPending)
    return <LoadingState label={m.tab.loading({ userName })} />;
  if (permission.isError)
    return (
      <ErrorState
        error={permission.error}
        onRetry={() => void permission.refetch()}
        title={m.tab.loadFailed}
      />
    );
  if (catalogue.isError)
    return (
      <ErrorState
        error={catalogue.error}
        onRetry={() => void catalogue.refetch()}
        title={m.page.catalogueFailed}
      />
    );

  return (
    <div className="user-permissions">
      <p className="section-intro">
        {m.tab.introBefore}
        <strong className="mono">{userName}</strong>
        {m.tab.introAfter}
      </p>
      {defaults.isError ? (
        <p className="notice notice--warning" role="note">
          {m.tab.defaultsFailed({ reason: describeApiError(defaults.error) })}
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
