// The MFA tab: status, the set-up walkthrough (QR code, manual entry, code check) and revoking.
// A text with a `…Self` twin speaks to the signed-in user on their own account; the other names the user.
export default {
  tab: {
    title: 'Multi-factor authentication',
    introBefore: 'With MFA, signing in as ',
    introAfter:
      ' with a password also needs a 6-digit code from an authenticator app. AuthKeys are not affected.',
    introSelf:
      'With MFA, signing in to your account with a password also needs a 6-digit code from your authenticator app. AuthKeys are not affected.',
    noPassword: (p: { userName: string }) =>
      `${p.userName} has no console password, so they cannot sign in to the console with a password; only their AuthKeys work. MFA applies only to console sign-in with a password.`,
    noPasswordSelf:
      'You have no console password, so you cannot sign in to the console with a password; only your AuthKeys work. MFA applies only to console sign-in with a password.',
    setPassword: 'Set a console password',
    loading: 'Loading the MFA status…',
    loadFailed: 'The MFA status could not be loaded',
    starting: 'Starting…',
    enable: 'Enable MFA',
    startAgain: 'Start set-up again',
    revoke: 'Revoke MFA',
    startAgainHint: 'Starting again issues a new secret; a QR code scanned earlier will stop working.',
    revokeTitle: 'Revoke MFA?',
    revokeBody: (p: { userName: string }) =>
      `${p.userName} will sign in with the password alone. The authenticator app entry stops working; turning MFA on again needs a new set-up.`,
    revokeBodySelf:
      'You will sign in with your password alone. The entry in your authenticator app stops working; turning MFA on again needs a new set-up.',
  },
  status: {
    label: 'MFA status: ',
    meaning: {
      INACTIVE: (p: { userName: string }) => `Signing in as ${p.userName} needs only the password.`,
      UNCONFIRMED: (p: { userName: string }) =>
        `Set-up was started but no code has been verified yet, so ${p.userName} is not asked for one at sign-in.`,
      ACTIVE: (p: { userName: string }) =>
        `${p.userName} will be asked for a code from the authenticator app when signing in with a password.`,
    },
    meaningSelf: {
      INACTIVE: 'Signing in needs only your password.',
      UNCONFIRMED:
        'You started set-up but have not verified a code yet, so you are not asked for one when you sign in.',
      ACTIVE: 'You will be asked for a code from your authenticator app when you sign in with your password.',
    },
  },
  enrol: {
    title: (p: { userName: string }) => `Set up MFA for ${p.userName}`,
    titleSelf: 'Set up MFA for your account',
    stepsLabel: 'Set-up steps',
    stepScan: 'Add to an app',
    stepVerify: 'Enter a code',
    scanTitle: (p: { userName: string }) => `Step 1 of 2: add ${p.userName} to an authenticator app`,
    scanTitleSelf: 'Step 1 of 2: add your account to your authenticator app',
    scanIntro: (p: { userName: string }) =>
      `On the phone of the person who signs in as ${p.userName}, scan this QR code with an authenticator app (Google Authenticator, Microsoft Authenticator, 1Password, …).`,
    scanIntroSelf:
      'Scan the code with your authenticator app on your phone (Google Authenticator, Microsoft Authenticator, 1Password, …).',
    leave: 'Leave set-up',
    next: 'Next: enter a code',
    verifyTitle: 'Step 2 of 2: enter the code from the app',
    verifyIntro: 'Type the 6-digit code that the authenticator app now shows for this account.',
    verifyIntroSelf: 'Type the 6-digit code that your authenticator app now shows for this account.',
    codeLabel: '6-digit code',
    codeHint: 'It is checked as soon as all six digits are in. Spaces in a pasted code are ignored.',
    checking: 'Checking the code…',
    back: 'Back to the QR code',
    verify: 'Verify',
    incomplete: 'Enter the 6-digit code that the authenticator app shows.',
    wrongCode:
      'That code is not right. Make sure it is the code for this account and that the phone’s clock is set automatically, then type the current code.',
    leaveTitle: 'Leave MFA set-up?',
    leaveBefore: 'MFA for ',
    leaveMiddle: ' stays ',
    leaveAfter: ': it is not asked for at sign-in until a code is verified.',
    leaveSelfBefore: 'MFA for your account stays ',
    leaveSelfAfter: ': you are not asked for a code when you sign in until one is verified.',
    leaveAgain:
      'You can start again from the MFA tab later. That issues a new secret, and the one shown now stops working.',
  },
  details: {
    qrPlain: 'QR code for an authenticator app.',
    qrFor: (p: { who: string }) =>
      `QR code that adds ${p.who} to an authenticator app. If you cannot scan it, type in the secret key listed next to it.`,
    scanInstead: 'Scan the QR code instead.',
    manualTitle: 'Cannot scan? Enter these by hand',
    issuer: 'Issuer',
    none: '(none)',
    account: 'Account',
    secretKey: 'Secret key',
    copySecret: 'Copy secret key',
    secretCopied: 'Secret key copied.',
    facts: (p: { digits: number; period: number; algorithm: string }) =>
      `Time-based, ${p.digits} digits, a new code every ${p.period} s (${p.algorithm}).`,
    unreadable: 'The enrolment link could not be read.',
    problems: {
      notUri: 'The enrolment link is not a valid URI.',
      notOtpauth: 'The enrolment link is not an otpauth:// URI.',
      notTotp: 'The enrolment link is not for a time-based (TOTP) code.',
      noSecret: 'The enrolment link carries no secret.',
      notBase32: 'The secret in the enrolment link is not Base32.',
      badLabel: 'The account label in the enrolment link is badly encoded.',
      badDigits: 'The digits in the enrolment link is not a positive whole number.',
      badPeriod: 'The period in the enrolment link is not a positive whole number.',
    },
  },
  countdown: {
    before: 'The code on the app changes in ',
    seconds: (p: { seconds: number }) => `${p.seconds} s`,
    hurry: ': if it is about to change, wait for the next one.',
    calm: '.',
  },
  toasts: {
    active: (p: { userName: string }) =>
      `MFA is now on for ${p.userName}: ${p.userName} will be asked for a code when signing in.`,
    activeSelf: 'MFA is now on for your account: you will be asked for a code when you sign in.',
    revoked: (p: { userName: string }) => `MFA revoked for ${p.userName}: it is now off.`,
    revokedSelf: 'MFA revoked for your account: it is now off.',
  },
};
