// The permissions area: the editor workspace, templates, problems, simulator, effective access, save review.

export default {
  page: {
    title: 'Default permissions',
    sub: 'Statements every SAM user of this operator gets, combined with their own permission. A deny here wins over any user’s allow. Changes reach each user at their next sign-in.',
    loading: 'Loading the default permissions…',
    loadFailed: 'The default permissions could not be loaded',
    catalogueFailed: 'The API catalogue could not be loaded',
    usersStillLoading: 'still loading',
  },
  tab: {
    loading: (p: { userName: string }) => `Loading the permission of ${p.userName}…`,
    loadFailed: 'The permission could not be loaded',
    introBefore: 'What ',
    introAfter:
      ' may call, on top of the default permissions of the operator. A deny in either wins over any allow. Changes reach the user at their next sign-in.',
    defaultsFailed: (p: { reason: string }) =>
      `The default permissions could not be loaded (${p.reason}), so the simulator, the access delta and the effective access consider this document alone.`,
  },
  revoke: {
    title: 'Apply the change now?',
    bodyBefore: 'The permission is saved, but ',
    bodyAfter:
      ' keeps the old one in every session that is already open (a permission is fixed into a token when it is issued). Revoke their tokens to end those sessions: the new permission then applies at their next sign-in.',
    self: 'This is your own user: revoking ends this session too, and you will be asked to sign in again.',
    defaultsBody:
      'The default permissions are saved, but every SAM user keeps the old ones in the sessions already open (permissions are fixed into a token when it is issued). Revoke their tokens to end those sessions: the new default permissions then apply at their next sign-in.',
    affected: (p: { count: number }) =>
      p.count === 1 ? 'Affects 1 SAM user' : `Affects ${p.count} SAM users`,
    selfAmong:
      'Your own user is one of them: its tokens are revoked last, this session ends too, and you will be asked to sign in again.',
    notNow: 'Not now',
    revoke: 'Revoke tokens now',
    revoking: 'Revoking…',
  },
  workspace: {
    subjectUser: (p: { userName: string }) => `the permission of ${p.userName}`,
    subjectDefault: 'the default permissions',
    editorUser: (p: { userName: string }) => `Permission document of ${p.userName}`,
    editorDefault: 'Default permissions document',
    fixErrors: 'Fix the errors listed under Problems before saving.',
    noChanges: 'No changes to save.',
    saved: 'Saved.',
    titleUser: 'Permission document',
    titleDefault: 'Document',
    template: 'Template',
    chooseTemplate: 'Choose a template…',
    useTemplate: 'Use template',
    templateUsed: (p: { label: string }) => `Template “${p.label}” is in the editor. Ctrl+Z undoes it.`,
    format: 'Format',
    formatNeedsJson: 'Format needs well-formed JSON: fix the syntax error first.',
    formatted: 'Formatted.',
    revert: 'Revert',
    reverted: 'Reverted to the saved document.',
    templateHint: 'A template replaces the whole document; Ctrl+Z or Revert brings the previous text back.',
    atCursor: 'API name at the cursor',
    keysBefore: 'Tab leaves the editor (it is not used for indenting; Ctrl+] and Ctrl+[ indent). Inside an ',
    keysAfter:
      ' string, Ctrl+Space lists API names; hover a wildcard, or put the cursor in it, to see how many operations it covers.',
    unsaved: 'Unsaved changes',
    problems: 'Problems',
    error: 'Error',
    warning: 'Warning',
    review: 'Review and save…',
    preparingReview: 'Preparing the review…',
    effectiveUser: (p: { userName: string }) => `Effective access of ${p.userName}`,
    effectiveDefault: 'Access every user gets',
    effectiveIntroUser: (p: { userName: string; dirty: boolean }) =>
      `What ${p.userName} may call with this draft and the default permissions${p.dirty ? ' (unsaved changes included)' : ''}. Roles are not counted.`,
    effectiveIntroDefault: (p: { dirty: boolean }) =>
      `What the default permissions in the editor give every SAM user, before their own permission${p.dirty ? ' (unsaved changes included)' : ''}.`,
    leaveTitle: 'Leave without saving?',
    leaveBody: (p: { subject: string }) =>
      `The changes to ${p.subject} are not saved. Leaving this page discards them.`,
    leaveConfirm: 'Discard changes and leave',
  },
  diagnostics: {
    place: (p: { line: number; column: number }) => `Line ${p.line}, column ${p.column}`,
    none: 'No problems',
    errors: (p: { count: number }) => (p.count === 1 ? '1 error' : `${p.count} errors`),
    warnings: (p: { count: number }) => (p.count === 1 ? '1 warning' : `${p.count} warnings`),
    joined: (p: { errors: string; warnings: string }) => `${p.errors}, ${p.warnings}`,
    sources: {
      syntax: 'JSON',
      shape: 'Document',
      condition: 'Condition',
      api: 'API name',
    },
  },
  patterns: {
    none: (p: { pattern: string }) => `${p.pattern} matches no operation in the API catalogue.`,
    all: (p: { pattern: string; total: number }) => `${p.pattern} covers all ${p.total} operations.`,
    some: (p: { pattern: string; count: number; total: number; names: string; more: number }) =>
      `${p.pattern} covers ${p.count} ${p.count === 1 ? 'operation' : 'operations'} of ${p.total}: ${p.names}${p.more > 0 ? `, and ${p.more} more` : ''}.`,
    unknown: (p: { pattern: string }) => `${p.pattern} is not in the API catalogue.`,
    operations: (p: { count: number }) => (p.count === 1 ? '1 operation' : `${p.count} operations`),
  },
  templates: {
    'full-access': {
      label: 'Full access',
      description: 'Every operation of the account, including managing SAM users and the operator.',
    },
    'read-only': {
      label: 'Read-only',
      description:
        'Every get* and list* operation: read, change nothing. Searches (Query:search*) and other reads not named get or list are not included.',
    },
    'billing-only': {
      label: 'Billing only',
      description: 'Bills, payment methods and the payment history; nothing else.',
    },
    'change-own-password': {
      label: 'Change own password',
      description:
        'Only lets the user open their own page and change their own console password (the console first asks whether one is set).',
    },
    'self-service': {
      label: 'Self-service (own password, AuthKeys and MFA)',
      description: 'The user manages their own credentials and nobody else’s.',
    },
    'sim-operator': {
      label: 'SIM operator',
      description: 'Manage SIMs, subscribers and groups and read their stats; no users, roles or billing.',
    },
    'office-network-only': {
      label: 'Full access from the office network only',
      description: 'Everything, but only from 192.0.2.0/24 (replace it with your own network).',
    },
    'no-access': {
      label: 'No access',
      description: 'An empty document: the user can call nothing beyond the default permissions.',
    },
  },
  simulator: {
    title: 'Simulator',
    introUser: 'Tries a call against the draft together with the default permissions, before it is saved.',
    introDefault: 'Tries a call against the draft, before it is saved.',
    form: 'Simulated call',
    operation: 'Operation',
    pathVariable: 'Path variable ',
    method: 'HTTP method',
    ip: 'Client IPv4 address',
    ipHint: 'Empty means unknown: ipAddress() conditions are then false.',
    time: 'Time (UTC)',
    samUserName: 'SAM user name',
    result: 'Simulation result',
    choose: 'Choose an operation to see whether it is allowed.',
    allowed: 'Allowed',
    denied: 'Denied',
    alwaysAllowed: 'Always allowed, whatever the permissions: a SAM user can always end their own session.',
    decided: (p: {
      allowed: boolean;
      source: 'user' | 'role' | 'default';
      draft: boolean;
      statement: number;
      pattern: string;
    }) =>
      `${p.allowed ? 'Allowed' : 'Denied'} by ${{ user: 'the user’s permission', role: 'a role', default: 'the default permissions' }[p.source]}${p.draft ? ' (this draft)' : ''}, statement ${p.statement} (${p.pattern}).`,
    implicitDeny: 'No statement allows it: an implicit deny.',
    skipped: (p: { source: 'user' | 'role' | 'default'; draft: boolean; error: string }) =>
      `${p.draft ? 'The draft has errors' : `${{ user: 'The user’s permission', role: 'A role', default: 'The default permissions' }[p.source]} have errors`} (${p.error}): its statements are ignored.`,
    show: (p: { statement: number }) => `Show statement ${p.statement} in the editor`,
    problems: {
      chooseOperation: 'Choose an operation.',
      unknownOperation: (p: { api: string }) =>
        `${p.api} is not in the API catalogue; it is evaluated as typed.`,
      ip: 'Enter an IPv4 address such as 203.0.113.7.',
      time: 'Enter a date and time.',
    },
  },
  effective: {
    draftErrors: 'The draft has errors, so none of its statements count here until they are fixed.',
    summary: (p: { allowed: number; total: number; conditional: number }) =>
      `${p.allowed} of ${p.total} operations allowed${p.conditional > 0 ? `, ${p.conditional} more under a condition` : ''}.`,
    onlyWithAccess: 'Only groups with some access',
    noGroup: 'No group has any operation allowed.',
    caption: (p: { title: string }) => `${p.title}, by API group`,
    group: 'API group',
    allowed: 'Allowed',
    conditional: 'Under a condition',
    operations: 'Operations',
    share: 'Share allowed',
    meter: (p: { group: string; allowed: number; total: number }) =>
      `${p.group}: ${p.allowed} of ${p.total} allowed`,
  },
  review: {
    title: 'Review and save',
    description: (p: { subject: string }) => `Check what changes before saving ${p.subject}.`,
    changedElsewhere: (p: { subject: string }) =>
      `Someone else saved a different version of ${p.subject} since you opened it. The diff and the access delta below compare your draft with their version, which saving replaces. Cancel and use Revert to start again from theirs.`,
    grants: 'This change grants ',
    grantsEveryone:
      'These are the default permissions: every SAM user of the operator gets this, including users created later. That opens up the whole account or who may manage it to all of them.',
    grantsUser:
      'That opens up the whole account or who may manage it. Only grant it to people who administer this operator.',
    understandGrant: (p: { patterns: string }) => `I understand this grants ${p.patterns}`,
    lockoutTitle: 'You are removing your own access to your permission',
    lockoutBefore: 'After this change you can no longer call ',
    lockoutOr: ' or ',
    lockoutAfter:
      ' on your own user (from your next sign-in), so you could not undo it yourself: only the root user or another administrator could.',
    understandLockout: 'I understand I cannot undo this myself',
    changes: 'Changes to the document',
    delta: 'Access delta',
    noDelta: 'No operation changes: the same operations are allowed before and after.',
    deltaSummary: (p: { allowed: number; denied: number }) =>
      `${p.allowed} ${p.allowed === 1 ? 'operation' : 'operations'} newly allowed, ${p.denied} newly denied.`,
    newlyAllowed: 'Newly allowed',
    newlyDenied: 'Newly denied',
    save: 'Save',
    saving: 'Saving…',
    diffSummary: (p: { added: number; removed: number }) =>
      `${p.added} ${p.added === 1 ? 'line' : 'lines'} added, ${p.removed} removed. Added lines start with +, removed lines with −.`,
    laidOut: ' Both versions are compared laid out the same way; your text is saved as you typed it.',
    diffLabel: 'Document diff',
    added: 'Added: ',
    removed: 'Removed: ',
    groupCount: (p: { title: string; count: number }) => `${p.title} (${p.count})`,
    groupChanges: (p: { changed: number; total: number }) =>
      `: ${p.changed} of ${p.total} ${p.total === 1 ? 'operation' : 'operations'}`,
    levels: {
      allowed: 'allowed',
      conditional: 'allowed under a condition',
      denied: 'denied',
    },
    impactTitle: 'Effect on each user',
    impactUnknown: (p: { problem: string }) =>
      `The SAM users could not be listed${p.problem ? ` (${p.problem})` : ''}, so the effect on each user, with their own permission, is not shown.`,
    impactNone: 'No SAM user’s access changes, their own permissions included.',
    impactCount: (p: { count: number }) =>
      `${p.count} ${p.count === 1 ? 'user’s' : 'users’'} access changes once their own permission is combined with these defaults.`,
    impactUser: (p: { denied: number; allowed: number }) =>
      `: ${p.denied} newly denied, ${p.allowed} newly allowed`,
    more: (p: { count: number }) => `and ${p.count} more`,
  },
  toasts: {
    userSaved: (p: { userName: string }) => `Permission of ${p.userName} saved.`,
    defaultsSaved: 'Default permissions saved.',
    revoked: (p: { userName: string }) =>
      `Every session of ${p.userName} has ended; the new permission applies at their next sign-in.`,
    revokedAll: (p: { count: number }) =>
      `Every session of ${p.count} SAM users has ended; the new default permissions apply at their next sign-in.`,
  },
};
