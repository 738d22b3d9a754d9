// Unit tests of the cleaning of a typed or pasted one-time code.
import { describe, expect, it } from 'vitest';
import { isCompleteOtpCode, normalizeOtpCode } from './otp-code.ts';

describe('normalizeOtpCode', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    [' 12 34 56\n', '123456'],
    ['1234567', '123456'],
    ['12a4', '124'],
    ['', ''],
  ])('%j becomes %j', (input, expected) => {
    expect(normalizeOtpCode(input)).toBe(expected);
  });
});

describe('isCompleteOtpCode', () => {
  it('is true only for exactly six digits', () => {
    expect(isCompleteOtpCode('123456')).toBe(true);
    expect(isCompleteOtpCode('12345')).toBe(false);
    expect(isCompleteOtpCode('1234567')).toBe(false);
    expect(isCompleteOtpCode('12345a')).toBe(false);
  });
});
