// Credential hygiene on the user list: filters and their summary, the credential report, selection, the user limit
// and last sign-in (bulk actions are ./bulk.ts). Add a key here and the same key in ../ja/hygiene.ts.
const users = (n: number) => (n === 1 ? '1 user' : `${n} users`);

export default {
  filters: {
    groupLabel: 'Credential hygiene filters',
    mfaOff: 'MFA off or set-up pending',
    passwordNoMfa: 'Password, MFA not on',
    oldKeys: (p: { days: number }) => `AuthKeys older than ${p.days} days`,
    unusedKeys: 'AuthKeys never used',
    noCredentials: 'No credentials',
    hasRoles: 'Has roles',
    noRoles: 'No roles',
    broadPermission: 'Broad permission (* or Group:*)',
    deniesNothing: 'Permission denies nothing',
    atLeast: (p: { count: string }) => `≥ ${p.count}`,
    readsAllMfa: 'Choosing it reads every user’s MFA status',
    ageBefore: 'Old means more than',
    ageAfter: 'days',
    clear: 'Clear filters',
    noMatchTitle: 'No user matches these filters',
    chosen: (p: { list: string }) => `Chosen: ${p.list}.`,
    readingMfa: (p: { done: number; total: number }) => `Reading MFA statuses: ${p.done} of ${p.total}.`,
    undecided: (p: { count: number }) => `${users(p.count)} not decided yet.`,
  },
  summary: {
    label: 'Credential hygiene summary',
    passwordNoMfa: (p: { count: number }) =>
      `${users(p.count)} can sign in with a password alone (MFA not on)`,
    oldKeys: (p: { count: number; days: number }) =>
      `${users(p.count)} ${p.count === 1 ? 'has' : 'have'} AuthKeys older than ${p.days} days`,
    unusedKeys: (p: { count: number }) =>
      `${users(p.count)} ${p.count === 1 ? 'has' : 'have'} AuthKeys never used`,
    broadPermission: (p: { count: number }) =>
      `${users(p.count)} ${p.count === 1 ? 'has' : 'have'} a broad permission`,
    noCredentials: (p: { count: number }) =>
      `${users(p.count)} ${p.count === 1 ? 'has' : 'have'} no credentials at all`,
    mfaUnread: (p: { count: number }) => `MFA not read yet for ${users(p.count)}.`,
    readAllMfa: 'Read every MFA status',
  },
  list: {
    limit: (p: { count: string; limit: string }) => `${p.count} of ${p.limit} users allowed`,
    lastSignIn: 'Last sign-in',
    lastSignInNotProvided: 'Last sign-in: not provided by Soracom’s API.',
    selectPage: 'Select every user on this page',
    selectUser: (p: { userName: string }) => `Select ${p.userName}`,
    mfaNotPermitted: (p: { operation: string }) => `Your permissions lack ${p.operation}`,
    bulkNoneOffered: (p: { apis: string }) =>
      `No bulk action is offered: each needs an API your permissions lack (${p.apis}).`,
  },
  overview: {
    lastSignInNotProvided: 'Not provided by Soracom’s API',
  },
  report: {
    label: 'Credential report',
    csv: 'Download CSV',
    json: 'Download JSON',
    reading: (p: { done: number; total: number }) =>
      `Reading MFA statuses for the report: ${p.done} of ${p.total}…`,
    failed: (p: { reason: string }) => `The report could not be made: ${p.reason}`,
  },
};
