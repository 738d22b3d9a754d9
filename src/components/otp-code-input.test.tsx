// @vitest-environment jsdom
// Component tests of the 6-digit code field: the right keyboard and autofill hints, paste with spaces, self-submit.
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OtpCodeInput } from './otp-code-input.tsx';

afterEach(cleanup);

function Harness({ onComplete }: { onComplete: (code: string) => void }) {
  const [code, setCode] = useState('');
  return (
    <>
      <label htmlFor="code">6-digit code</label>
      <OtpCodeInput id="code" value={code} onChange={setCode} onComplete={onComplete} />
    </>
  );
}

describe('OtpCodeInput', () => {
  it('asks for the numeric keyboard and one-time-code autofill', () => {
    render(<Harness onComplete={() => undefined} />);
    const input = screen.getByRole('textbox', { name: '6-digit code' });
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
  });

  it('submits itself once the sixth digit is typed, not before', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    render(<Harness onComplete={onComplete} />);
    const input = screen.getByRole('textbox', { name: '6-digit code' });
    await user.type(input, '12345');
    expect(onComplete).not.toHaveBeenCalled();
    await user.type(input, '6');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('123456');
  });

  it('accepts a pasted code with spaces and submits it', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    render(<Harness onComplete={onComplete} />);
    const input = screen.getByRole('textbox', { name: '6-digit code' });
    await user.click(input);
    await user.paste(' 123 456 ');
    expect(input).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledWith('123456');
  });

  it('ignores letters and stops at six digits', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    render(<Harness onComplete={onComplete} />);
    const input = screen.getByRole('textbox', { name: '6-digit code' });
    await user.type(input, '1a2b3c4567');
    expect(input).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});
