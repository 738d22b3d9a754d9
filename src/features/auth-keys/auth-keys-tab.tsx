// The AuthKeys tab of a user: the key list, a key's details, generating a key (secret shown once) and deleting one.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { authKeysQueryOptions, useDeleteAuthKey, useGenerateAuthKey } from './auth-keys-queries.ts';
import { AuthKeyDetailsDialog } from './auth-key-details-dialog.tsx';
import { useNow } from '../../components/use-now.ts';
import { useRunOnce } from '../../components/use-run-once.ts';
import { formatAge, formatTimestamp, isoTimestamp } from './key-times.ts';
import { NewAuthKeyDialog } from './new-auth-key-dialog.tsx';
import './auth-keys.css';

export default function AuthKeysTab({ userName }: { userName: string }) {
  const keys = useQuery({ ...authKeysQueryOptions(userName), meta: { silentErrors: true } });
  const generate = useGenerateAuthKey(userName);
  const remove = useDeleteAuthKey(userName);
  // Ages move on while the tab stays open; a minute is their finest unit.
  const now = useNow(60_000);
  const [viewing, setViewing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  // A second key from a double click would be one whose secret nobody ever saw.
  const onGenerate = useRunOnce(() => generate.mutateAsync());

  const generateButton = (
    <button
      type="button"
      className="button button--primary"
      onClick={onGenerate}
      disabled={generate.isPending}
      aria-busy={generate.isPending}
    >
      {generate.isPending ? 'Generating…' : 'Generate AuthKey'}
    </button>
  );

  return (
    <section className="auth-keys" aria-labelledby="auth-keys-heading">
      <header className="section-header">
        <h2 id="auth-keys-heading">AuthKeys</h2>
        {keys.isSuccess && keys.data.length > 0 ? generateButton : null}
      </header>
      <p className="section-intro">
        An AuthKey lets a program sign in as <strong>{userName}</strong> without a password. Its secret is
        shown once, when it is generated. To replace a key without downtime, generate the new one, switch the
        program over, then delete the old one.
      </p>

      {keys.isPending ? (
        <LoadingState label="Loading AuthKeys…" />
      ) : keys.isError ? (
        <ErrorState
          error={keys.error}
          onRetry={() => void keys.refetch()}
          title="The AuthKeys could not be loaded"
        />
      ) : keys.data.length === 0 ? (
        <EmptyState title={`${userName} has no AuthKeys`} action={generateButton}>
          Generate one for a script or a device that calls the Soracom API as this user.
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table auth-keys__table">
            <caption className="visually-hidden">AuthKeys of {userName}</caption>
            <thead>
              <tr>
                <th scope="col">AuthKey ID</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">Age</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.data.map((key) => (
                <tr key={key.authKeyId}>
                  <th scope="row">
                    <code className="mono">{key.authKeyId}</code>
                  </th>
                  <td>
                    <time dateTime={isoTimestamp(key.createDateTime)}>
                      {formatTimestamp(key.createDateTime)}
                    </time>
                  </td>
                  <td>
                    <RelativeTime seconds={key.lastUsedDateTime} />
                  </td>
                  <td>{formatAge(key.createDateTime, now)}</td>
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setViewing(key.authKeyId)}
                      aria-label={`Details of ${key.authKeyId}`}
                    >
                      Details
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      onClick={() => setDeleting(key.authKeyId)}
                      aria-label={`Delete ${key.authKeyId}`}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {generate.data ? (
        <NewAuthKeyDialog
          userName={userName}
          credentials={generate.data}
          // reset() drops the answer; with gcTime 0 the mutation leaves the cache at once.
          onDone={() => generate.reset()}
        />
      ) : null}

      {viewing !== null ? (
        <AuthKeyDetailsDialog userName={userName} authKeyId={viewing} onClose={() => setViewing(null)} />
      ) : null}

      <ConfirmDialog
        open={deleting !== null}
        title="Delete this AuthKey?"
        message={
          <p>
            <code>{deleting}</code> will stop working at once, and sessions it opened end. Programs that use
            it will fail to sign in. This cannot be undone.
          </p>
        }
        confirmLabel="Delete AuthKey"
        pending={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting === null) return;
          remove.mutate(deleting, { onSettled: () => setDeleting(null) });
        }}
      />
    </section>
  );
}
