// One AuthKey as the API reports it (getUserAuthKey): ID, creation, last use and age. Never a secret.
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '../../components/dialog.tsx';
import { useNow } from '../../components/use-now.ts';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { authKeyQueryOptions } from './auth-keys-queries.ts';
import { formatAge, formatTimestamp, isoTimestamp } from './key-times.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

export function AuthKeyDetailsDialog({
  userName,
  authKeyId,
  onClose,
}: {
  userName: string;
  authKeyId: string;
  onClose: () => void;
}) {
  const { locale, messages } = useI18n();
  const m = messages.authKeys.details;
  const times = messages.authKeys.time;
  const now = useNow(60_000);
  const key = useQuery({ ...authKeyQueryOptions(userName, authKeyId), meta: { silentErrors: true } });
  return (
    <Dialog
      open
      title={m.title}
      onClose={onClose}
      footer={
        <button type="button" className="button" onClick={onClose}>
          {m.close}
        </button>
      }
    >
      {key.isPending ? (
        <LoadingState label={m.loading} />
      ) : key.isError ? (
        <ErrorState error={key.error} onRetry={() => void key.refetch()} title={m.loadFailed} />
      ) : (
        <dl className="details">
          <dt>{m.user}</dt>
          <dd>{userName}</dd>
          <dt>{m.id}</dt>
          <dd>
            <code className="mono">{key.data.authKeyId}</code>
          </dd>
          <dt>{m.created}</dt>
          <dd>
            <time dateTime={isoTimestamp(key.data.createDateTime)}>
              {formatTimestamp(key.data.createDateTime, locale)}
            </time>
          </dd>
          <dt>{m.age}</dt>
          <dd>{formatAge(key.data.createDateTime, now, locale, times.lessThanMinute)}</dd>
          <dt>{m.lastUsed}</dt>
          <dd>
            {key.data.lastUsedDateTime === undefined ? (
              times.never
            ) : (
              <time dateTime={isoTimestamp(key.data.lastUsedDateTime)}>
                {formatTimestamp(key.data.lastUsedDateTime, locale)}
              </time>
            )}
          </dd>
          <dt>{m.secret}</dt>
          <dd>{m.secretHint}</dd>
        </dl>
      )}
    </Dialog>
  );
}
