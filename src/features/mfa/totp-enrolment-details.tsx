// Step 1 of MFA set-up: the QR code for the authenticator app, and the same facts for typing in by hand.
import { Fragment, useId } from 'react';
import { QRCodeSVG } from 'qrcode.react';
import { CopyButton } from '../../components/copy-button.tsx';
import { groupSecret } from './secret-groups.ts';
import { parseTotpUri, TotpUriError, type TotpUriFields } from './totp-uri.ts';

export function TotpEnrolmentDetails({ totpUri }: { totpUri: string }) {
  const issuerTerm = useId();
  const accountTerm = useId();
  const secretTerm = useId();
  const parsed = readTotpUri(totpUri);
  if (!parsed.ok) {
    // A URI the console cannot read may still scan fine; say why manual entry is missing.
    return (
      <div className="totp-enrolment">
        <QrCode totpUri={totpUri} description="QR code for an authenticator app." />
        <p className="form-error" role="alert">
          {parsed.reason} Scan the QR code instead.
        </p>
      </div>
    );
  }

  const details = parsed.details;
  const who = details.issuer ? `${details.issuer} (${details.account})` : details.account;
  return (
    <div className="totp-enrolment">
      <QrCode
        totpUri={totpUri}
        description={`QR code that adds ${who} to an authenticator app. If you cannot scan it, type in the secret key listed next to it.`}
      />
      <div className="totp-enrolment__manual">
        <h4 className="totp-enrolment__heading">Cannot scan? Enter these by hand</h4>
        {/* Named groups rather than dt/dd: a definition cannot carry a name, and each value needs one to be found and read. */}
        <div className="secret-panel__fields">
          <div className="secret-field" role="group" aria-labelledby={issuerTerm}>
            <span id={issuerTerm} className="secret-field__label">
              Issuer
            </span>
            <span className="secret-field__value">{details.issuer || '(none)'}</span>
          </div>
          <div className="secret-field" role="group" aria-labelledby={accountTerm}>
            <span id={accountTerm} className="secret-field__label">
              Account
            </span>
            <span className="secret-field__value">{details.account}</span>
          </div>
          <div className="secret-field" role="group" aria-labelledby={secretTerm}>
            <span id={secretTerm} className="secret-field__label">
              Secret key
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
            <CopyButton label="Copy secret key" text={details.secret} copiedMessage="Secret key copied." />
          </div>
          <p className="secret-field__note">
            Time-based, {details.digits} digits, a new code every {details.periodSeconds} s (
            {details.algorithm}).
          </p>
        </div>
      </div>
    </div>
  );
}

function readTotpUri(totpUri: string): { ok: true; details: TotpUriFields } | { ok: false; reason: string } {
  try {
    return { ok: true, details: parseTotpUri(totpUri) };
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof TotpUriError ? error.message : 'The enrolment link could not be read.',
    };
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
