// Reads an otpauth://totp URI into the fields a person types into an authenticator by hand.

export interface TotpUriFields {
  issuer: string;
  account: string;
  /** Base32, upper case, without padding. */
  secret: string;
  digits: number;
  periodSeconds: number;
  algorithm: string;
}

/** Why a link could not be read, as a code the console words in the chosen language (the message stays English). */
export type TotpUriProblem =
  'notUri' | 'notOtpauth' | 'notTotp' | 'noSecret' | 'notBase32' | 'badLabel' | 'badDigits' | 'badPeriod';

export class TotpUriError extends Error {
  override name = 'TotpUriError';
  constructor(
    readonly problem: TotpUriProblem,
    message: string,
  ) {
    super(message);
  }
}

const BASE32 = /^[A-Z2-7]+$/;

/**
 * Parses `otpauth://totp/Issuer:account?secret=...&issuer=...&digits=6&period=30`.
 * The `issuer` parameter wins over the label prefix (Google's key-URI format says so);
 * digits, period and algorithm default to 6, 30 and SHA1 like every authenticator app.
 */
export function parseTotpUri(uri: string): TotpUriFields {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new TotpUriError('notUri', 'The enrolment link is not a valid URI.');
  }
  if (url.protocol !== 'otpauth:')
    throw new TotpUriError('notOtpauth', 'The enrolment link is not an otpauth:// URI.');
  if (url.host.toLowerCase() !== 'totp')
    throw new TotpUriError('notTotp', 'The enrolment link is not for a time-based (TOTP) code.');

  const label = decodeLabel(url.pathname.replace(/^\//, ''));
  const colon = label.indexOf(':');
  const labelIssuer = colon >= 0 ? label.slice(0, colon).trim() : '';
  const account = (colon >= 0 ? label.slice(colon + 1) : label).trim();

  const params = url.searchParams;
  const secret = (params.get('secret') ?? '').replace(/[\s=]/g, '').toUpperCase();
  if (secret === '') throw new TotpUriError('noSecret', 'The enrolment link carries no secret.');
  if (!BASE32.test(secret))
    throw new TotpUriError('notBase32', 'The secret in the enrolment link is not Base32.');

  const digits = readWholeNumber(params.get('digits'), 6, 'digits');
  const periodSeconds = readWholeNumber(params.get('period'), 30, 'period');
  const algorithm = (params.get('algorithm') ?? 'SHA1').toUpperCase();

  return {
    issuer: params.get('issuer')?.trim() || labelIssuer,
    account,
    secret,
    digits,
    periodSeconds,
    algorithm,
  };
}

function decodeLabel(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new TotpUriError('badLabel', 'The account label in the enrolment link is badly encoded.');
  }
}

function readWholeNumber(raw: string | null, fallback: number, field: 'digits' | 'period'): number {
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new TotpUriError(
      field === 'digits' ? 'badDigits' : 'badPeriod',
      `The ${field} in the enrolment link is not a positive whole number.`,
    );
  return Number(raw);
}
