// Shared components: page states, dialogs, toasts, copy buttons, the language switch, times.
export default {
  language: {
    label: 'Language',
  },
  permission: {
    needs: (p: { api: string }) => `Needs ${p.api}`,
    readOnly: (p: { api: string }) => `Read-only: saving needs ${p.api}.`,
  },
  // The one word for each MFA status, wherever the console names it (badges, the list, filters, toasts); here, as
  // the list shows it at its first render.
  mfaStates: {
    INACTIVE: 'Off',
    UNCONFIRMED: 'Set-up pending',
    ACTIVE: 'On',
  },
  states: {
    loading: 'Loading…',
    loadFailed: 'This could not be loaded',
    somethingWrong: 'Something went wrong.',
    tryAgain: 'Try again',
    forbiddenTitle: 'You do not have permission to see this',
    forbiddenBefore: 'Your permissions do not allow ',
    forbiddenAfter:
      '. Ask an administrator of this operator to add it to your permission (or to the default permissions), then sign in again.',
  },
  dialog: {
    close: 'Close',
    cancel: 'Cancel',
    working: 'Working…',
    typeToConfirmBefore: 'Type ',
    typeToConfirmAfter: ' to confirm',
  },
  toast: {
    dismiss: 'Dismiss notification',
    refreshFailed: (p: { reason: string }) => `Could not refresh: ${p.reason}`,
  },
  copy: {
    copied: 'Copied.',
    failed: 'Could not copy: select the text and copy it by hand.',
  },
  time: {
    justNow: 'just now',
    never: 'never',
  },
  apiErrors: {
    unreachable: 'The API could not be reached. Check that the SAM Console server is running.',
    emptyBody: 'The server answered without a body.',
    notSignedIn: 'You are not signed in.',
    status: (p: { status: number }) => `The server answered ${p.status}.`,
    forbidden: (p: { operation: string }) => `Not allowed: your permissions lack ${p.operation}.`,
    tooManyAttempts: (p: { seconds: number }) => `Too many attempts, try again in ${p.seconds} s.`,
    tooManyAttemptsLater: 'Too many attempts, try again later.',
  },
};
