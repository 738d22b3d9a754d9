// The MFA tab of a user: the status, the set-up walkthrough (also to start again), and revoking.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorState, LoadingState } from '../../components/states.tsx';
import { showToast } from '../../components/toast.tsx';
import { useRunOnce } from '../../components/use-run-once.ts';
import { MfaEnrolmentDialog } from './mfa-enrolment-dialog.tsx';
import { userMfaStatusOptions } from '../../queries/user-queries.ts';
import { useEnableMfa, useRevokeMfa } from './mfa-queries.ts';
import { MfaStatusBadge } from './mfa-status-badge.tsx';
import './mfa.css';

export default function MfaTab({ userName }: { userName: string }) {
  const status = useQuery({ ...userMfaStatusOptions(userName), meta: { silentErrors: true } });
  const enable = useEnableMfa(userName);
  const revoke = useRevokeMfa(userName);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  // Each start issues a new secret: a double click must not leave the QR code showing a replaced one.
  const onStart = useRunOnce(() => enable.mutateAsync());

  const startButton = (label: string) => (
    <button
      type="button"
      className="button button--primary"
      onClick={onStart}
      disabled={enable.isPending}
      aria-busy={enable.isPending}
    >
      {enable.isPending ? 'Starting…' : label}
    </button>
  );
  const revokeButton = (
    <button type="button" className="button button--danger" onClick={() => setConfirmRevoke(true)}>
      Revoke MFA
    </button>
  );

  return (
    <section className="mfa" aria-labelledby="mfa-heading">
      <h2 id="mfa-heading">Multi-factor authentication</h2>
      <p className="section-intro">
        With MFA, signing in as <strong>{userName}</strong> with a password also needs a 6-digit code from an
        authenticator app. AuthKeys are not affected.
      </p>

      {status.isPending ? (
        <LoadingState label="Loading the MFA status…" />
      ) : status.isError ? (
        <ErrorState
          error={status.error}
          onRetry={() => void status.refetch()}
          title="The MFA status could not be loaded"
        />
      ) : (
        <>
          <MfaStatusBadge status={status.data.status} />
          <div className="actions">
            {status.data.status === 'INACTIVE' ? startButton('Enable MFA') : null}
            {status.data.status === 'UNCONFIRMED' ? (
              <>
                {startButton('Start set-up again')}
                {revokeButton}
              </>
            ) : null}
            {status.data.status === 'ACTIVE' ? revokeButton : null}
          </div>
          {status.data.status === 'UNCONFIRMED' ? (
            <p className="field__hint">
              Starting again issues a new secret; a QR code scanned earlier will stop working.
            </p>
          ) : null}
        </>
      )}

      {enable.data ? (
        <MfaEnrolmentDialog
          userName={userName}
          totpUri={enable.data.totpUri}
          // reset() drops the answer (the TOTP secret); with gcTime 0 the mutation leaves the cache at once.
          onFinished={() => {
            enable.reset();
            showToast({ kind: 'success', message: `MFA is now ACTIVE for ${userName}.` });
          }}
          onLeave={() => enable.reset()}
        />
      ) : null}

      <ConfirmDialog
        open={confirmRevoke}
        title="Revoke MFA?"
        message={
          <p>
            {userName} will sign in with the password alone. The authenticator app entry stops working;
            turning MFA on again needs a new set-up.
          </p>
        }
        confirmLabel="Revoke MFA"
        pending={revoke.isPending}
        onCancel={() => setConfirmRevoke(false)}
        onConfirm={() => revoke.mutate(undefined, { onSettled: () => setConfirmRevoke(false) })}
      />
    </section>
  );
}
