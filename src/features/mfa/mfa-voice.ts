// Who the MFA tab and its set-up speak to: "you" on the signed-in user's own account, the user by name on another's.
import type { Messages } from '../../i18n/messages/messages.ts';
import type { MfaStatus } from '../../lib/sam-rules.ts';

/** The texts of the MFA tab, its set-up and its toasts that depend on whose account it is. */
export interface MfaVoice {
  self: boolean;
  meaning: Record<MfaStatus, string>;
  revokeBody: string;
  title: string;
  scanTitle: string;
  scanIntro: string;
  verifyIntro: string;
  activeToast: string;
  revokedToast: string;
}

/** Whether the page is about the signed-in SAM user's own account (signed in by password or by their AuthKey). */
export function isOwnAccount(session: { userName?: string } | null, userName: string): boolean {
  return session?.userName !== undefined && session.userName === userName;
}

export function mfaVoice(m: Messages['mfa'], userName: string, self: boolean): MfaVoice {
  if (self) {
    return {
      self,
      meaning: m.status.meaningSelf,
      revokeBody: m.tab.revokeBodySelf,
      title: m.enrol.titleSelf,
      scanTitle: m.enrol.scanTitleSelf,
      scanIntro: m.enrol.scanIntroSelf,
      verifyIntro: m.enrol.verifyIntroSelf,
      activeToast: m.toasts.activeSelf,
      revokedToast: m.toasts.revokedSelf,
    };
  }
  const named = { userName };
  return {
    self,
    meaning: {
      INACTIVE: m.status.meaning.INACTIVE(named),
      UNCONFIRMED: m.status.meaning.UNCONFIRMED(named),
      ACTIVE: m.status.meaning.ACTIVE(named),
    },
    revokeBody: m.tab.revokeBody(named),
    title: m.enrol.title(named),
    scanTitle: m.enrol.scanTitle(named),
    scanIntro: m.enrol.scanIntro(named),
    verifyIntro: m.enrol.verifyIntro,
    activeToast: m.toasts.active(named),
    revokedToast: m.toasts.revoked(named),
  };
}
