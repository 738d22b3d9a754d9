// Shows how long the code now on the authenticator stays valid, so nobody types a code about to expire.
import { totpWindow } from './totp-window.ts';
import { useNow } from '../../components/use-now.ts';
import { useMessages } from '../../i18n/use-i18n.ts';

export function TotpCountdown({ periodSeconds = 30 }: { periodSeconds?: number }) {
  const m = useMessages().mfa.countdown;
  const now = useNow(250);
  const { secondsLeft, elapsedFraction } = totpWindow(now, periodSeconds);
  const hurry = secondsLeft <= 5;
  return (
    <div className="totp-countdown">
      {/* role="timer" is not announced on every tick (its live region is off by default). */}
      <p
        role="timer"
        aria-atomic="true"
        className={hurry ? 'totp-countdown__text totp-countdown__text--hurry' : 'totp-countdown__text'}
      >
        {m.before}
        <strong>{m.seconds({ seconds: secondsLeft })}</strong>
        {hurry ? m.hurry : m.calm}
      </p>
      <div className="totp-countdown__bar" aria-hidden="true">
        <div
          className="totp-countdown__fill"
          style={{ width: `${Math.round((1 - elapsedFraction) * 100)}%` }}
        />
      </div>
    </div>
  );
}
