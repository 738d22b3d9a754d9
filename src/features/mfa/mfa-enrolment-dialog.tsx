// The two-step MFA set-up: scan (or type) the secret, then prove it with a code. Leaving asks first.
import { useEffect, useId, useRef, useState } from 'react';
import { isApiError, describeApiError } from '../../api/index.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { isCompleteOtpCode } from '../../components/otp-code.ts';
import { OtpCodeInput } from '../../components/otp-code-input.tsx';
import { TotpCountdown } from './totp-countdown.tsx';
import { TotpEnrolmentDetails } from './totp-enrolment-details.tsx';
import { useVerifyMfa } from './mfa-queries.ts';
import { useMessages } from '../../i18n/use-i18n.ts';
import type { MfaVoice } from './mfa-voice.ts';

interface MfaEnrolmentDialogProps {
  userName: string;
  /** "You" on the signed-in user's own account, the user's name on another's. */
  voice: MfaVoice;
  /** The enable mutation's answer; the caller drops it (reset) in onFinished and onLeave. */
  totpUri: string;
  /** The code was accepted: MFA is on (ACTIVE). */
  onFinished: () => void;
  /** Left before verifying: MFA stays set-up pending (UNCONFIRMED). */
  onLeave: () => void;
}

type Step = 'scan' | 'verify';

export function MfaEnrolmentDialog({
  userName,
  voice,
  totpUri,
  onFinished,
  onLeave,
}: MfaEnrolmentDialogProps) {
  const messages = useMessages();
  const m = messages.mfa.enrol;
  const pending = <strong>{messages.common.mfaStates.UNCONFIRMED}</strong>;
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
      setProblem(m.incomplete);
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
            ? m.wrongCode
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
        title={m.leaveTitle}
        message={
          <>
            {voice.self ? (
              <p>
                {m.leaveSelfBefore}
                {pending}
                {m.leaveSelfAfter}
              </p>
            ) : (
              <p>
                {m.leaveBefore}
                <strong>{userName}</strong>
                {m.leaveMiddle}
                {pending}
                {m.leaveAfter}
              </p>
            )}
            <p>{m.leaveAgain}</p>
          </>
        }
        confirmLabel={m.leave}
        destructive={false}
        onConfirm={onLeave}
        onCancel={() => setLeaving(false)}
      />
    );
  }

  return (
    <Dialog
      open
      title={voice.title}
      onClose={() => {
        if (!verify.isPending) setLeaving(true);
      }}
    >
      <ol className="steps" aria-label={m.stepsLabel}>
        <li aria-current={step === 'scan' ? 'step' : undefined}>{m.stepScan}</li>
        <li aria-current={step === 'verify' ? 'step' : undefined}>{m.stepVerify}</li>
      </ol>

      {step === 'scan' ? (
        <section aria-labelledby={`${codeId}-scan`}>
          <h3 id={`${codeId}-scan`} className="step-title">
            {voice.scanTitle}
          </h3>
          <p className="step-intro">{voice.scanIntro}</p>
          <TotpEnrolmentDetails totpUri={totpUri} />
          <div className="dialog__footer">
            <button type="button" className="button" onClick={() => setLeaving(true)}>
              {m.leave}
            </button>
            <button
              ref={nextRef}
              type="button"
              className="button button--primary"
              onClick={() => setStep('verify')}
            >
              {m.next}
            </button>
          </div>
        </section>
      ) : (
        <section aria-labelledby={`${codeId}-verify`}>
          <h3 id={`${codeId}-verify`} className="step-title">
            {m.verifyTitle}
          </h3>
          <p className="step-intro">{voice.verifyIntro}</p>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              submit(code);
            }}
          >
            <div className={problem ? 'field field--invalid' : 'field'}>
              <label htmlFor={codeId}>{m.codeLabel}</label>
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
                {m.codeHint}
              </p>
              {problem ? (
                <p id={problemId} className="field__error" role="alert">
                  {problem}
                </p>
              ) : null}
            </div>
            <TotpCountdown />
            {verify.isPending ? <p role="status">{m.checking}</p> : null}
            <div className="dialog__footer">
              <button
                type="button"
                className="button"
                onClick={() => setStep('scan')}
                disabled={verify.isPending}
              >
                {m.back}
              </button>
              <button
                type="submit"
                className="button button--primary"
                disabled={verify.isPending}
                aria-busy={verify.isPending}
              >
                {m.verify}
              </button>
            </div>
          </form>
        </section>
      )}
    </Dialog>
  );
}
