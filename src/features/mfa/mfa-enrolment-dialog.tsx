// The two-step MFA set-up: scan (or type) the secret, then prove it with a code. Leaving asks first.
import { useEffect, useId, useRef, useState } from 'react';
import { isApiError, describeApiError } from '../../api/index.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { isCompleteOtpCode } from './otp-code.ts';
import { OtpCodeInput } from './otp-code-input.tsx';
import { TotpCountdown } from './totp-countdown.tsx';
import { TotpEnrolmentDetails } from './totp-enrolment-details.tsx';
import { useVerifyMfa } from './mfa-queries.ts';

interface MfaEnrolmentDialogProps {
  userName: string;
  /** The enable mutation's answer; the caller drops it (reset) in onFinished and onLeave. */
  totpUri: string;
  /** The code was accepted: MFA is ACTIVE. */
  onFinished: () => void;
  /** The admin left before verifying: MFA stays UNCONFIRMED. */
  onLeave: () => void;
}

type Step = 'scan' | 'verify';

export function MfaEnrolmentDialog({ userName, totpUri, onFinished, onLeave }: MfaEnrolmentDialogProps) {
  const verify = useVerifyMfa(userName);
  const [step, setStep] = useState<Step>('scan');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const codeId = useId();
  const problemId = useId();
  const hintId = useId();

  // Each step change moves focus into the new step, so keyboard and screen-reader users follow along.
  // preventScroll: on a short screen the dialog scrolls, and its title must stay in view.
  useEffect(() => {
    if (leaving) return;
    if (step === 'verify') codeRef.current?.focus();
    else nextRef.current?.focus({ preventScroll: true });
  }, [step, leaving]);

  function submit(candidate: string) {
    if (verify.isPending) return;
    if (!isCompleteOtpCode(candidate)) {
      setProblem('Enter the 6-digit code that the authenticator app shows.');
      codeRef.current?.focus();
      return;
    }
    setProblem(null);
    verify.mutate(candidate, {
      onSuccess: onFinished,
      onError: (error) => {
        setCode('');
        setProblem(
          // SAM0309 (not waiting for a code any more) is a 400 too, but typing again will not help there.
          isApiError(error) && error.status === 400 && error.code !== 'SAM0309'
            ? 'That code is not right. Make sure it is the code for this account and that the phone\u2019s clock is set automatically, then type the current code.'
            : describeApiError(error),
        );
        // The input was read-only while checking; give focus back once React re-enables it.
        requestAnimationFrame(() => codeRef.current?.focus());
      },
    });
  }

  if (leaving) {
    return (
      <ConfirmDialog
        open
        title="Leave MFA set-up?"
        message={
          <>
            <p>
              MFA for <strong>{userName}</strong> stays <strong>UNCONFIRMED</strong>: it is not asked for at
              sign-in until a code is verified.
            </p>
            <p>
              You can start again from the MFA tab later. That issues a new secret, and the one shown now
              stops working.
            </p>
          </>
        }
        confirmLabel="Leave set-up"
        destructive={false}
        onConfirm={onLeave}
        onCancel={() => setLeaving(false)}
      />
    );
  }

  return (
    <Dialog
      open
      title={`Set up MFA for ${userName}`}
      onClose={() => {
        if (!verify.isPending) setLeaving(true);
      }}
    >
      <ol className="steps" aria-label="Set-up steps">
        <li aria-current={step === 'scan' ? 'step' : undefined}>Add to an app</li>
        <li aria-current={step === 'verify' ? 'step' : undefined}>Enter a code</li>
      </ol>

      {step === 'scan' ? (
        <section aria-labelledby={`${codeId}-scan`}>
          <h3 id={`${codeId}-scan`} className="step-title">
            Step 1 of 2: add {userName} to an authenticator app
          </h3>
          <p className="step-intro">
            On the phone of the person who signs in as {userName}, scan this QR code with an authenticator app
            (Google Authenticator, Microsoft Authenticator, 1Password, …).
          </p>
          <TotpEnrolmentDetails totpUri={totpUri} />
          <div className="dialog__footer">
            <button type="button" className="button" onClick={() => setLeaving(true)}>
              Leave set-up
            </button>
            <button
              ref={nextRef}
              type="button"
              className="button button--primary"
              onClick={() => setStep('verify')}
            >
              Next: enter a code
            </button>
          </div>
        </section>
      ) : (
        <section aria-labelledby={`${codeId}-verify`}>
          <h3 id={`${codeId}-verify`} className="step-title">
            Step 2 of 2: enter the code from the app
          </h3>
          <p className="step-intro">
            Type the 6-digit code that the authenticator app now shows for this account.
          </p>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              submit(code);
            }}
          >
            <div className={problem ? 'field field--invalid' : 'field'}>
              <label htmlFor={codeId}>6-digit code</label>
              <OtpCodeInput
                id={codeId}
                inputRef={codeRef}
                value={code}
                onChange={(next) => {
                  setCode(next);
                  if (problem) setProblem(null);
                }}
                onComplete={submit}
                busy={verify.isPending}
                invalid={problem !== null}
                describedBy={problem ? `${hintId} ${problemId}` : hintId}
              />
              <p id={hintId} className="field__hint">
                It is checked as soon as all six digits are in. Spaces in a pasted code are ignored.
              </p>
              {problem ? (
                <p id={problemId} className="field__error" role="alert">
                  {problem}
                </p>
              ) : null}
            </div>
            <TotpCountdown />
            {verify.isPending ? <p role="status">Checking the code…</p> : null}
            <div className="dialog__footer">
              <button
                type="button"
                className="button"
                onClick={() => setStep('scan')}
                disabled={verify.isPending}
              >
                Back to the QR code
              </button>
              <button
                type="submit"
                className="button button--primary"
                disabled={verify.isPending}
                aria-busy={verify.isPending}
              >
                Verify
              </button>
            </div>
          </form>
        </section>
      )}
    </Dialog>
  );
}
