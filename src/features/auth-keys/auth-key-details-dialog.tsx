// One AuthKey as the API reports it (getUserAuthKey): ID, creation, last use and age. Never a secret.
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '../../components/dialog.tsx';
import { useNow } from '../../components/use-now.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { authKeyQueryOptions } from './auth-keys-queries.ts';
import { formatAge, formatTimestamp, isoTimestamp } from './key-times.ts';

export function AuthKeyDetailsDialog({
  userName,
  authKeyId,
  onClose,
}: {
  userName: string;
  authKeyId: string;
  onClose: () => void;
}) {
  const now = useNow(60_000);
  const key = useQuery({ ...authKeyQueryOptions(userName, authKeyId), meta: { silentErrors: true } });
  return (
    <Dialog
      open
      title="AuthKey details"
      onClose={onClose}
      footer={
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      }
    >
      {key.isPending ? (
        <LoadingState label="Loading the AuthKey…" />
      ) : key.isError ? (
        <ErrorState
          error={key.error}
          onRetry={() => void key.refetch()}
          title="The AuthKey could not be loaded"
        />
      ) : (
        <dl className="details">
          <dt>User</dt>
          <dd>{userName}</dd>
          <dt>AuthKey ID</dt>
          <dd>
            <code className="mono">{key.data.authKeyId}</code>
          </dd>
          <dt>Created</dt>
          <dd>
            <time dateTime={isoTimestamp(key.data.createDateTime)}>
              {formatTimestamp(key.data.createDateTime)}
            </time>
          </dd>
          <dt>Age</dt>
          <dd>{formatAge(key.data.createDateTime, now)}</dd>
          <dt>Last used to sign in</dt>
          <dd>
            {key.data.lastUsedDateTime === undefined ? (
              'never'
            ) : (
              <time dateTime={isoTimestamp(key.data.lastUsedDateTime)}>
                {formatTimestamp(key.data.lastUsedDateTime)}
              </time>
            )}
          </dd>
          <dt>Secret</dt>
          <dd>Shown only once, when the key was generated. It cannot be shown again.</dd>
        </dl>
      )}
    </Dialog>
  );
}
