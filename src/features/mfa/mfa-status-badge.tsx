// The MFA status as a badge, in the console's one vocabulary (Off / Set-up pending / On), with what it means.
import type { MfaStatus } from '../../lib/sam-rules.ts';
import { useMessages } from '../../i18n/use-i18n.ts';

const badgeClass: Record<MfaStatus, string> = {
  INACTIVE: 'badge',
  UNCONFIRMED: 'badge badge--warn',
  ACTIVE: 'badge badge--ok',
};

/** `meaning`: what the status means for this user, worded for them (see mfa-voice.ts). */
export function MfaStatusBadge({ status, meaning }: { status: MfaStatus; meaning: string }) {
  const messages = useMessages();
  const m = messages.mfa;
  return (
    <p className="mfa-status">
      <span className="visually-hidden">{m.status.label}</span>
      <span className={badgeClass[status]}>{messages.common.mfaStates[status]}</span>
      <span className="mfa-status__meaning">{meaning}</span>
    </p>
  );
}
