// The MFA tab of a user: the status, the set-up walkthrough (also to start again), and revoking. On the signed-in
// user's own account it speaks to "you"; on another's it names the user.
import { Suspense, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { FormError } from '../../components/form-error.tsx';
import { NoPasswordNote } from '../../components/no-password-note.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { showToast } from '../../components/toast.tsx';
import { useRunOnce } from '../../components/use-run-once.ts';
import { lazyOnIntent, preloadOnIntent } from '../../components/lazy-on-intent.ts';
import { userDetailOptions, userMfaStatusOptions } from '../../queries/user-queries.ts';
import { useSession } from '../../api/use-session.ts';
import { usePermissionGate } from '../../components/needs-permission.tsx';
import { useCapabilities } from '../../queries/capabilities-queries.ts';
import { useEnableMfa, useRevokeMfa } from './mfa-queries.ts';
import { MfaStatusBadge } from './mfa-status-badge.tsx';
import { isOwnAccount, mfaVoice } from './mfa-voice.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import './mfa.css';

// The walkthrough (with its QR code renderer) arrives when the start button is pointed at, focused or clicked.
const MfaEnrolmentDialog = lazyOnIntent(
  () => import('./mfa-enrolment-dialog.tsx'),
  (module) => module.MfaEnrolmentDialog,
);

export default function MfaTab({ userName }: { userName: string }) {
  const all = useMessages();
  const m = all.mfa.tab;
  const self = isOwnAccount(useSession(), userName);
  const voice = mfaVoice(all.mfa, userName, self);
  const status = useQuery({ ...userMfaStatusOptions(userName), meta: { silentErrors: true } });
  // getUser carries hasPassword, for the note on a user without a console password.
  const user = useQuery({ ...userDetailOptions(userName), meta: { silentErrors: true } });
  const enable = useEnableMfa(userName);
  const revoke = useRevokeMfa(userName, self);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  // Each start issues a new secret: a double click must not leave the QR code showing a replaced one.
  const onStart = useRunOnce(() => enable.mutateAsync());
  const capabilities = useCapabilities();
  const enableGate = usePermissionGate(capabilities.can('User:enableUserMFA', { userName }));
  const revokeGate = usePermissionGate(capabilities.can('User:revokeUserMFA', { userName }));

  const startButton = (label: string) => (
    <button
      type="button"
      className="button button--primary"
      onClick={onStart}
      {...preloadOnIntent(MfaEnrolmentDialog.preload)}
      {...enableGate.props}
      disabled={enableGate.denied || enable.isPending}
      aria-busy={enable.isPending}
    >
      {enable.isPending ? m.starting : label}
    </button>
  );
  const revokeButton = (
    <button
      type="button"
      className="button button--danger"
      onClick={() => {
        revoke.reset();
        setConfirmRevoke(true);
      }}
      {...revokeGate.props}
    >
      {m.revoke}
    </button>
  );

  return (
    <section className="mfa" aria-labelledby="mfa-heading">
      <h2 id="mfa-heading">{m.title}</h2>
      {self ? (
        <p className="section-intro">{m.introSelf}</p>
      ) : (
        <p className="section-intro">
          {m.introBefore}
          <strong>{userName}</strong>
          {m.introAfter}
        </p>
      )}
      {/* MFA is asked for only at console sign-in with a password: without one the user cannot sign in to the console
          at all (AuthKeys only), which the tab says plainly. A principal who may not read the user sees no note. */}
      {user.data?.hasPassword === false ? <NoPasswordNote userName={userName} texts={m} /> : null}

      {status.isPending ? (
        <LoadingState label={m.loading} />
      ) : status.isError ? (
        <ErrorState error={status.error} onRetry={() => void status.refetch()} title={m.loadFailed} />
      ) : (
        <>
          <MfaStatusBadge status={status.data.status} meaning={voice.meaning[status.data.status]} />
          <div className="actions">
            {status.data.status === 'INACTIVE' ? startButton(m.enable) : null}
            {status.data.status === 'UNCONFIRMED' ? (
              <>
                {startButton(m.startAgain)}
                {revokeButton}
              </>
            ) : null}
            {status.data.status === 'ACTIVE' ? revokeButton : null}
          </div>
          <FormError error={enable.error} />
          {status.data.status !== 'ACTIVE' ? enableGate.note : null}
          {status.data.status !== 'INACTIVE' ? revokeGate.note : null}
          {status.data.status === 'UNCONFIRMED' ? <p className="field__hint">{m.startAgainHint}</p> : null}
        </>
      )}

      {enable.data ? (
        <Suspense fallback={null}>
          <MfaEnrolmentDialog
            userName={userName}
            voice={voice}
            totpUri={enable.data.totpUri}
            // reset() drops the answer (the TOTP secret); with gcTime 0 the mutation leaves the cache at once.
            onFinished={() => {
              enable.reset();
              showToast({ kind: 'success', message: voice.activeToast });
            }}
            onLeave={() => enable.reset()}
          />
        </Suspense>
      ) : null}

      <ConfirmDialog
        open={confirmRevoke}
        title={m.revokeTitle}
        message={<p>{voice.revokeBody}</p>}
        confirmLabel={m.revoke}
        pending={revoke.isPending}
        error={revoke.error}
        onCancel={() => setConfirmRevoke(false)}
        // A refusal stays in the dialog, beside the action that caused it.
        onConfirm={() => revoke.mutate(undefined, { onSuccess: () => setConfirmRevoke(false) })}
      />
    </section>
  );
}
