// Unit tests of reading an otpauth://totp URI into manual-entry fields.
import { describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { parseTotpUri, TotpUriError } from './totp-uri.ts';

describe('parseTotpUri', () => {
  it('reads issuer, account, secret, digits and period', () => {
    const parsed = parseTotpUri(
      'otpauth://totp/SAM%20Console%20sandbox:OP0012345678%3Aalice?secret=JBSWY3DPEHPK3PXP&issuer=SAM%20Console%20sandbox&digits=6&period=30&algorithm=SHA1',
    );
    expect(parsed).toEqual({
      issuer: 'SAM Console sandbox',
      account: 'OP0012345678:alice',
      secret: 'JBSWY3DPEHPK3PXP',
      digits: 6,
      periodSeconds: 30,
      algorithm: 'SHA1',
    });
  });

  it('round-trips what otpauth itself writes', () => {
    const secret = new Secret({ size: 20 });
    const totp = new TOTP({ issuer: 'Local sandbox', label: 'OP001:bob+ops@example.com', secret });
    const parsed = parseTotpUri(totp.toString());
    expect(parsed.secret).toBe(secret.base32);
    expect(parsed.issuer).toBe('Local sandbox');
    expect(parsed.account).toBe('OP001:bob+ops@example.com');
    expect(parsed.digits).toBe(6);
    expect(parsed.periodSeconds).toBe(30);
  });

  it('prefers the issuer parameter over the label prefix', () => {
    expect(parseTotpUri('otpauth://totp/Old:carol?secret=ABCDEFGH&issuer=New').issuer).toBe('New');
  });

  it('takes the issuer from the label when there is no parameter', () => {
    const parsed = parseTotpUri('otpauth://totp/Acme:dave?secret=ABCDEFGH');
    expect(parsed.issuer).toBe('Acme');
    expect(parsed.account).toBe('dave');
  });

  it('has an empty issuer when neither names one, and defaults digits, period, algorithm', () => {
    const parsed = parseTotpUri('otpauth://totp/erin?secret=abcdefgh');
    expect(parsed).toEqual({
      issuer: '',
      account: 'erin',
      secret: 'ABCDEFGH',
      digits: 6,
      periodSeconds: 30,
      algorithm: 'SHA1',
    });
  });

  it.each([
    ['not a uri', 'not a valid URI'],
    ['https://example.com/?secret=ABCD', 'not an otpauth'],
    ['otpauth://hotp/x?secret=ABCD', 'TOTP'],
    ['otpauth://totp/x', 'no secret'],
    ['otpauth://totp/x?secret=ABC1', 'not Base32'],
    ['otpauth://totp/x?secret=ABCD&digits=six', 'digits'],
    ['otpauth://totp/x?secret=ABCD&period=0', 'period'],
    ['otpauth://totp/%E0%A4%A?secret=ABCD', 'badly encoded'],
  ])('refuses %j with a message naming the problem', (uri, message) => {
    expect(() => parseTotpUri(uri)).toThrow(TotpUriError);
    expect(() => parseTotpUri(uri)).toThrow(message);
  });
});
