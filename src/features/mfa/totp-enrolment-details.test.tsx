// @vitest-environment jsdom
// Component tests of step 1 of MFA set-up: a QR code with a text alternative, and the secret for typing in by hand.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Secret, TOTP } from 'otpauth';
import { TotpEnrolmentDetails } from './totp-enrolment-details.tsx';

afterEach(cleanup);

describe('TotpEnrolmentDetails', () => {
  const secret = new Secret({ size: 20 });
  const uri = new TOTP({ issuer: 'SAM Console sandbox', label: 'OP0012345678:alice', secret }).toString();

  it('draws the QR code as an image with a description for screen readers', () => {
    render(<TotpEnrolmentDetails totpUri={uri} />);
    const qr = screen.getByRole('img', {
      name: /QR code that adds SAM Console sandbox \(OP0012345678:alice\)/,
    });
    expect(qr.querySelector('svg')).not.toBeNull();
    expect(qr.querySelector('svg')?.querySelectorAll('path').length).toBeGreaterThan(0);
  });

  it('lists issuer, account and the secret in groups of four', () => {
    render(<TotpEnrolmentDetails totpUri={uri} />);
    expect(screen.getByRole('group', { name: 'Issuer' })).toHaveTextContent('SAM Console sandbox');
    expect(screen.getByRole('group', { name: 'Account' })).toHaveTextContent('OP0012345678:alice');
    const shown = screen.getByRole('group', { name: 'Secret key' }).querySelector('code')?.textContent ?? '';
    expect(shown).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    expect(shown.replace(/ /g, '')).toBe(secret.base32);
  });

  it('copies the secret without the spaces', async () => {
    const user = userEvent.setup();
    render(<TotpEnrolmentDetails totpUri={uri} />);
    await user.click(screen.getByRole('button', { name: 'Copy secret key' }));
    await expect(navigator.clipboard.readText()).resolves.toBe(secret.base32);
  });

  it('still shows the QR code and says why manual entry is missing when the URI cannot be read', () => {
    render(<TotpEnrolmentDetails totpUri="otpauth://totp/x?secret=not-base32!" />);
    expect(screen.getByRole('img', { name: /QR code/ })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('not Base32');
    expect(screen.queryByRole('definition', { name: 'Secret key' })).not.toBeInTheDocument();
  });
});
