// The AuthKeys tab of a user: the key list, a key's details, generating a key (secret shown once) and deleting one.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { RelativeTime } from '../../components/relative-time.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/states.tsx';
import { usePermissionGate } from '../../components/needs-permission.tsx';
import { useCapabilities } from '../../queries/capabilities-queries.ts';
import { authKeysQueryOptions, useDeleteAuthKey, useGenerateAuthKey } from './auth-keys-queries.ts';
import { AuthKeyDetailsDialog } from './auth-key-details-dialog.tsx';
import { useNow } from '../../components/use-now.ts';
import { useRunOnce } from '../../components/use-run-once.ts';
import { formatAge, formatTimestamp, isoTimestamp } from './key-times.ts';
import { NewAuthKeyDialog } from './new-auth-key-dialog.tsx';
import { useI18n } from '../../i18n/use-i18n.ts';
import './auth-keys.css';

export default function AuthKeysTab({ userName }: { userName: string }) {
  const { locale, messages } = useI18n();
  const m = messages.authKeys.tab;
  const times = messages.authKeys.time;
  const keys = useQuery({ ...authKeysQueryOptions(userName), meta: { silentErrors: true } });
  const generate = useGenerateAuthKey(userName);
  const remove = useDeleteAuthKey(userName);
  // Ages move on while the tab stays open; a minute is their finest unit.
  const now = useNow(60_000);
  const [viewing, setViewing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  // A second key from a double click would be one whose secret nobody ever saw.
  const onGenerate = useRunOnce(() => generate.mutateAsync());
  const capabilities = useCapabilities();
  const generateGate = usePermissionGate(capabilities.can('User:generateUserAuthKey', { userName }));
  const deleteGate = usePermissionGate(capabilities.can('User:deleteUserAuthKey', { userName }));

  const generateButton = (
    <span>
      <button
        type="button"
        className="button button--primary"
        onClick={onGenerate}
        {...generateGate.props}
        disabled={generateGate.denied || generate.isPending}
        aria-busy={generate.isPending}
      >
        {generate.isPending ? m.generating : m.generate}
      </button>
      {generateGate.note}
    </span>
  );

  return (
    <section className="auth-keys" aria-labelledby="auth-keys-heading">
      <header className="section-header">
        <h2 id="auth-keys-heading">{m.title}</h2>
        {keys.isSuccess && keys.data.length > 0 ? generateButton : null}
      </header>
      <FormError error={generate.error} />
      <p className="section-intro">
        {m.introBefore}
        <strong>{userName}</strong>
        {m.introAfter}
      </p>

      {keys.isPending ? (
        <LoadingState label={m.loading} />
      ) : keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => void keys.refetch()} title={m.loadFailed} />
      ) : keys.data.length === 0 ? (
        <EmptyState title={m.emptyTitle({ userName })} action={generateButton}>
          {m.emptyHint}
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table auth-keys__table">
            <caption className="visually-hidden">{m.caption({ userName })}</caption>
            <thead>
              <tr>
                <th scope="col">{m.id}</th>
                <th scope="col">{m.created}</th>
                <th scope="col">{m.lastUsed}</th>
                <th scope="col">{m.age}</th>
                <th scope="col">
                  <span className="visually-hidden">{m.actions}</span>
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
                      {formatTimestamp(key.createDateTime, locale)}
                    </time>
                  </td>
                  <td>
                    <RelativeTime seconds={key.lastUsedDateTime} />
                  </td>
                  <td>{formatAge(key.createDateTime, now, locale, times.lessThanMinute)}</td>
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setViewing(key.authKeyId)}
                      aria-label={m.detailsOf({ authKeyId: key.authKeyId })}
                    >
                      {m.details}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--danger"
                      onClick={() => {
                        remove.reset();
                        setDeleting(key.authKeyId);
                      }}
                      aria-label={m.deleteKey({ authKeyId: key.authKeyId })}
                      {...deleteGate.props}
                    >
                      {m.delete}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {deleteGate.note}
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
        title={m.deleteTitle}
        message={
          <p>
            <code>{deleting}</code>
            {m.deleteBodyAfter}
          </p>
        }
        confirmLabel={m.deleteConfirm}
        pending={remove.isPending}
        error={remove.error}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting === null) return;
          // A refusal stays in the dialog, beside the action that caused it.
          remove.mutate(deleting, { onSuccess: () => setDeleting(null) });
        }}
      />
    </section>
  );
}
