// Step 1 of MFA set-up: the QR code for the authenticator app, and the same facts for typing in by hand.
import { Fragment, useId } from 'react';
import { QRCodeSVG } from 'qrcode.react';
import { CopyButton } from '../../components/copy-button.tsx';
import { groupSecret } from './secret-groups.ts';
import { parseTotpUri, TotpUriError, type TotpUriFields } from './totp-uri.ts';
import type { Messages } from '../../i18n/messages/messages.ts';
import { useMessages } from '../../i18n/use-i18n.ts';

export function TotpEnrolmentDetails({ totpUri }: { totpUri: string }) {
  const issuerTerm = useId();
  const accountTerm = useId();
  const secretTerm = useId();
  const m = useMessages().mfa.details;
  const parsed = readTotpUri(totpUri, m);
  if (!parsed.ok) {
    // A URI the console cannot read may still scan fine; say why manual entry is missing.
    return (
      <div className="totp-enrolment">
        <QrCode totpUri={totpUri} description={m.qrPlain} />
        <p className="form-error" role="alert">
          {parsed.reason} {m.scanInstead}
        </p>
      </div>
    );
  }

  const details = parsed.details;
  const who = details.issuer ? `${details.issuer} (${details.account})` : details.account;
  return (
    <div className="totp-enrolment">
      <QrCode totpUri={totpUri} description={m.qrFor({ who })} />
      <div className="totp-enrolment__manual">
        <h4 className="totp-enrolment__heading">{m.manualTitle}</h4>
        {/* Named groups rather than dt/dd: a definition cannot carry a name, and each value needs one to be found and read. */}
        <div className="secret-panel__fields">
          <div className="secret-field" role="group" aria-labelledby={issuerTerm}>
            <span id={issuerTerm} className="secret-field__label">
              {m.issuer}
            </span>
            <span className="secret-field__value">{details.issuer || m.none}</span>
          </div>
          <div className="secret-field" role="group" aria-labelledby={accountTerm}>
            <span id={accountTerm} className="secret-field__label">
              {m.account}
            </span>
            <span className="secret-field__value">{details.account}</span>
          </div>
          <div className="secret-field" role="group" aria-labelledby={secretTerm}>
            <span id={secretTerm} className="secret-field__label">
              {m.secretKey}
            </span>
            {/* Grouped for reading aloud or typing; the copy button copies it without spaces. */}
            <code className="secret-panel__value secret-panel__value--grouped">
              {/* Each block stays whole when the line wraps; the spaces between them stay in the text. */}
              {groupSecret(details.secret)
                .split(' ')
                .map((block, index) => (
                  <Fragment key={index}>
                    {index > 0 ? ' ' : null}
                    <span className="secret-block">{block}</span>
                  </Fragment>
                ))}
            </code>
            <CopyButton label={m.copySecret} text={details.secret} copiedMessage={m.secretCopied} />
          </div>
          <p className="secret-field__note">
            {m.facts({ digits: details.digits, period: details.periodSeconds, algorithm: details.algorithm })}
          </p>
        </div>
      </div>
    </div>
  );
}

function readTotpUri(
  totpUri: string,
  m: Messages['mfa']['details'],
): { ok: true; details: TotpUriFields } | { ok: false; reason: string } {
  try {
    return { ok: true, details: parseTotpUri(totpUri) };
  } catch (error) {
    return { ok: false, reason: error instanceof TotpUriError ? m.problems[error.problem] : m.unreadable };
  }
}

function QrCode({ totpUri, description }: { totpUri: string; description: string }) {
  return (
    <div className="totp-enrolment__qr" role="img" aria-label={description}>
      {/* White margin and level M keep it readable by phone cameras in poor light. */}
      <QRCodeSVG value={totpUri} size={192} level="M" marginSize={2} aria-hidden="true" focusable="false" />
    </div>
  );
}
