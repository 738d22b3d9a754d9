// The MFA status as a badge, worded the way the API names it so it matches Soracom's documentation.
import type { MfaStatus } from '../../lib/sam-rules.ts';
import { useMessages } from '../../i18n/use-i18n.ts';

const badgeClass: Record<MfaStatus, string> = {
  INACTIVE: 'badge',
  UNCONFIRMED: 'badge badge--warn',
  ACTIVE: 'badge badge--ok',
};

export function MfaStatusBadge({ status }: { status: MfaStatus }) {
  const m = useMessages().mfa.status;
  return (
    <p className="mfa-status">
      <span className="visually-hidden">{m.label}</span>
      <span className={badgeClass[status]}>{status}</span>
      <span className="mfa-status__meaning">{m.meaning[status]}</span>
    </p>
  );
}
