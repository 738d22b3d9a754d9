// The MFA status as a badge, worded the way the API names it so it matches Soracom's documentation.
import type { MfaStatus } from '../../lib/sam-rules.ts';

const badgeClass: Record<MfaStatus, string> = {
  INACTIVE: 'badge',
  UNCONFIRMED: 'badge badge--warn',
  ACTIVE: 'badge badge--ok',
};

const meaning: Record<MfaStatus, string> = {
  INACTIVE: 'MFA is off: signing in needs only the password.',
  UNCONFIRMED: 'Set-up was started but no code has been verified yet, so MFA is not asked for at sign-in.',
  ACTIVE: 'Signing in with the password also needs a code from the authenticator app.',
};

export function MfaStatusBadge({ status }: { status: MfaStatus }) {
  return (
    <p className="mfa-status">
      <span className="visually-hidden">MFA status: </span>
      <span className={badgeClass[status]}>{status}</span>
      <span className="mfa-status__meaning">{meaning[status]}</span>
    </p>
  );
}
