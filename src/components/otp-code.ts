// Cleans what a person types or pastes into the 6-digit code field.

export const OTP_CODE_LENGTH = 6;

/**
 * Keeps the digits of typed or pasted text ("123 456", "123-456", " 123456\n") and caps it at
 * the code length, so pasting from an authenticator app that groups digits just works.
 */
export function normalizeOtpCode(input: string, length = OTP_CODE_LENGTH): string {
  return input.replace(/\D/g, '').slice(0, length);
}

export function isCompleteOtpCode(code: string, length = OTP_CODE_LENGTH): boolean {
  return code.length === length && /^\d+$/.test(code);
}
