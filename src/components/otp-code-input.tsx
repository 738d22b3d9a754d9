// The 6-digit code field: numeric keyboard, one-time-code autofill, paste with spaces, submits itself when full.
import type { Ref } from 'react';
import { isCompleteOtpCode, normalizeOtpCode, OTP_CODE_LENGTH } from './otp-code.ts';
import './otp-code-input.css';

interface OtpCodeInputProps {
  id: string;
  value: string;
  onChange: (code: string) => void;
  /** Called once the field holds a whole code, whether typed or pasted. */
  onComplete: (code: string) => void;
  busy?: boolean;
  invalid?: boolean;
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function OtpCodeInput({
  id,
  value,
  onChange,
  onComplete,
  busy = false,
  invalid = false,
  describedBy,
  inputRef,
}: OtpCodeInputProps) {
  return (
    <input
      id={id}
      ref={inputRef}
      className="otp-code-input"
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      // No maxLength: a pasted "123 456" is longer than six characters until it is cleaned.
      pattern={`[0-9]{${OTP_CODE_LENGTH}}`}
      spellCheck={false}
      value={value}
      readOnly={busy}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(event) => {
        const code = normalizeOtpCode(event.target.value);
        onChange(code);
        if (!busy && isCompleteOtpCode(code) && code !== value) onComplete(code);
      }}
    />
  );
}
