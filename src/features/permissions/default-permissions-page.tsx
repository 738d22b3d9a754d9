// The Default permissions page: the operator's document every SAM user gets, with the same editor, review and simulator.
import { useQuery } from '@tanstack/react-query';
import { describeApiError, useSession } from '../../api/index.ts';
import { usersListOptions } from '../../queries/user-queries.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { PermissionWorkspace } from './permission-workspace.tsx';
import {
  apiCatalogueOptions,
  defaultPermissionsOptions,
  useSaveDefaultPermissions,
} from './permissions-queries.ts';

export default function DefaultPermissionsPage() {
  const defaults = useQuery({ ...defaultPermissionsOptions(), meta: { silentErrors: true } });
  const catalogue = useQuery(apiCatalogueOptions());
  const saveMutation = useSaveDefaultPermissions();
  // Each user's own permission, to show before saving whose access the change takes away (the users list's query).
  const users = useQuery({ ...usersListOptions(), meta: { silentErrors: true } });
  const session = useSession();

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Default permissions</h1>
          <p className="page-header__sub">
            Statements every SAM user of this operator gets, combined with their own permission. A deny here
            wins over any user’s allow. Changes reach each user at their next sign-in.
          </p>
        </div>
      </div>
      {defaults.isPending || catalogue.isPending ? (
        <LoadingState label="Loading the default permissions…" />
      ) : defaults.isError ? (
        <ErrorState
          error={defaults.error}
          onRetry={() => void defaults.refetch()}
          title="The default permissions could not be loaded"
        />
      ) : catalogue.isError ? (
        <ErrorState
          error={catalogue.error}
          onRetry={() => void catalogue.refetch()}
          title="The API catalogue could not be loaded"
        />
      ) : (
        <PermissionWorkspace
          subject={{ kind: 'default' }}
          stored={defaults.data}
          defaults={null}
          catalogue={catalogue.data}
          operatorId={session?.operatorId}
          save={(text) => saveMutation.mutateAsync(text)}
          saving={saveMutation.isPending}
          saveError={saveMutation.error}
          resetSave={() => saveMutation.reset()}
          refreshStored={async () => (await defaults.refetch({ throwOnError: true })).data}
          otherUsers={users.isSuccess ? users.data : null}
          otherUsersProblem={
            users.isError ? describeApiError(users.error) : users.isPending ? 'still loading' : undefined
          }
        />
      )}
    </>
  );
}
