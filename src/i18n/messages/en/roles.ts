// Roles, a user's Roles and Trust policy tabs, and switching user.
export default {
  list: {
    title: 'Roles',
    sub: 'Permission documents written once and attached to many users. A user gets their own permission, every attached role and the default permissions; a deny anywhere wins.',
    create: 'Create role',
    searchLabel: 'Search roles by ID or description',
    searchPlaceholder: 'Search by ID or description',
    count: (p: { shown: number; total: number }) =>
      p.shown === p.total
        ? `${p.total} ${p.total === 1 ? 'role' : 'roles'}`
        : `${p.shown} of ${p.total} roles`,
    loading: 'Loading roles…',
    loadError: 'The roles could not be loaded',
    emptyTitle: 'No roles yet',
    emptyHint: 'A role holds a permission document you can attach to many users at once.',
    emptyAction: 'Create the first role',
    noMatch: (p: { query: string }) => `No role matches “${p.query}”`,
    noMatchHint: 'The search looks in IDs and descriptions.',
    clearSearch: 'Clear the search',
    caption: (p: { column: string; ascending: boolean }) =>
      `Roles, sorted by ${p.column}, ${p.ascending ? 'ascending' : 'descending'}`,
    columns: { id: 'Role ID', description: 'Description', users: 'Attached users', updated: 'Updated' },
    usersUnknown: 'Unknown',
    managed: 'Soracom managed',
  },
  create: {
    title: 'Create role',
    description: 'The role starts with no statements; write its permission on the role’s page.',
    id: 'Role ID',
    idRule: 'A role ID is 1 to 100 characters: letters, digits and _ - . @ + = ,',
    idRequired: 'Enter a role ID.',
    descriptionLabel: 'Description (optional)',
    descriptionHint: (p: { max: number }) => `Up to ${p.max} characters.`,
    cancel: 'Cancel',
    submit: 'Create role',
    submitting: 'Creating…',
    created: (p: { roleId: string }) => `Role ${p.roleId} created.`,
  },
  detail: {
    breadcrumbLabel: 'Breadcrumb',
    breadcrumb: 'Roles',
    loading: (p: { roleId: string }) => `Loading the role ${p.roleId}…`,
    loadError: 'The role could not be loaded',
    managedNotice:
      'A Soracom managed role: Soracom writes and updates it. You can attach it to users but not change it.',
    description: 'Description',
    noDescription: 'No description',
    created: 'Created',
    updated: 'Updated',
    permissionTitle: 'Permission',
    usersTitle: 'Attached users',
    usersLoading: 'Loading the attached users…',
    usersError: 'The attached users could not be loaded',
    usersEmpty: 'No user has this role.',
    usersCount: (p: { count: number }) =>
      p.count === 1 ? '1 user has this role.' : `${p.count} users have this role.`,
    versionsTitle: 'Versions',
    versionsLoading: 'Loading the versions…',
    versionsError: 'The versions could not be loaded',
    versionsEmpty: 'Soracom lists no versions of this role.',
    version: (p: { version: number }) => `Version ${p.version}`,
    published: 'Published',
    delete: 'Delete role…',
    deleteTitle: (p: { roleId: string }) => `Delete the role ${p.roleId}?`,
    deleteBody: (p: { count: number }) =>
      p.count === 0
        ? 'No user has this role. Deleting it cannot be undone.'
        : `This detaches it from ${p.count} ${p.count === 1 ? 'user' : 'users'} first, then deletes it. Their sessions keep its permissions until they sign in again or their tokens are revoked. This cannot be undone.`,
    deleteConfirm: 'Delete role',
    deleted: (p: { roleId: string }) => `Role ${p.roleId} deleted.`,
    saved: (p: { roleId: string }) => `Role ${p.roleId} saved.`,
    attachedUsersProblem: 'the attached users or their roles could not be read',
  },
  userTab: {
    tab: 'Roles',
    intro: (p: { userName: string }) =>
      `Roles attached to ${p.userName}. Their statements add to the user’s own permission and the default permissions; a deny in any of them wins. Changes reach the user at their next sign-in.`,
    loading: 'Loading the roles…',
    loadError: 'The roles of this user could not be loaded',
    empty: 'No role is attached to this user.',
    caption: 'Attached roles',
    detach: 'Detach',
    detachLabel: (p: { roleId: string }) => `Detach ${p.roleId}`,
    attach: 'Attach a role…',
    pickerTitle: (p: { userName: string }) => `Attach a role to ${p.userName}`,
    pickerSearch: 'Find a role',
    pickerEmpty: 'No role to attach: every role matching the search is attached already.',
    pickerNone: 'There are no roles yet. Create one on the Roles page.',
    pickerLegend: 'Roles',
    pickerMore: (p: { shown: number; total: number }) =>
      `Showing ${p.shown} of ${p.total} roles. Type to find the others.`,
    deltaTitle: 'Before you confirm',
    deltaAttach: (p: { roleId: string; userName: string; allowed: number; denied: number }) =>
      `Attaching ${p.roleId} gives ${p.userName} ${p.allowed} more ${p.allowed === 1 ? 'operation' : 'operations'}, ${p.denied} denied.`,
    deltaDetach: (p: { roleId: string; userName: string; allowed: number; denied: number }) =>
      `Detaching ${p.roleId} takes ${p.denied} ${p.denied === 1 ? 'operation' : 'operations'} from ${p.userName}, ${p.allowed} newly allowed.`,
    deltaUnknown:
      'The access change cannot be worked out: the user’s permission, roles or the defaults could not be read.',
    deltaCalculating: 'Working out the access change…',
    examples: 'For example:',
    attachConfirm: 'Attach role',
    detachTitle: (p: { roleId: string; userName: string }) => `Detach ${p.roleId} from ${p.userName}?`,
    detachConfirm: 'Detach role',
    sessionsNote:
      'Sessions already open keep what they had until the user signs in again or their tokens are revoked.',
    cancel: 'Cancel',
    attached: (p: { roleId: string; userName: string }) => `Role ${p.roleId} attached to ${p.userName}.`,
    detached: (p: { roleId: string; userName: string }) => `Role ${p.roleId} detached from ${p.userName}.`,
    managed: 'Soracom managed',
  },
  trust: {
    tab: 'Trust policy',
    intro: (p: { userName: string }) =>
      `Who may switch to ${p.userName} and act with ${p.userName}’s permissions: root users and SAM users, named by their SRN.`,
    loading: 'Loading the trust policy…',
    loadError: 'The trust policy could not be loaded',
    none: 'Nobody may switch to this user: there is no trust policy.',
    editorLabel: (p: { userName: string }) => `Trust policy of ${p.userName}`,
    problems: 'Problems',
    noProblems: 'No problems',
    problemCount: (p: { count: number }) => (p.count === 1 ? '1 error' : `${p.count} errors`),
    place: (p: { line: number; column: number }) => `Line ${p.line}, column ${p.column}`,
    save: 'Save trust policy',
    saving: 'Saving…',
    saved: (p: { userName: string }) => `Trust policy of ${p.userName} saved.`,
    saveBlocked: 'Fix the problems before saving.',
    unchanged: 'No changes to save.',
    revert: 'Revert',
    delete: 'Delete trust policy…',
    deleteTitle: (p: { userName: string }) => `Delete the trust policy of ${p.userName}?`,
    deleteBody:
      'Nobody will be able to switch to this user. Sessions already switched keep working until they expire.',
    deleteConfirm: 'Delete trust policy',
    deleted: (p: { userName: string }) => `Trust policy of ${p.userName} deleted.`,
    addTitle: 'Add trusted user',
    addHint: 'Writes an allow statement for you. The operator ID defaults to this operator.',
    addOperator: 'Operator ID',
    addKind: 'Who',
    addRoot: 'The root user of that operator',
    addSamUser: 'A SAM user of that operator',
    addUserName: 'SAM user name',
    addCondition: 'Condition (optional)',
    addConditionHint: "In the permission grammar, e.g. ipAddress('10.0.0.0/8').",
    addSubmit: 'Add to the policy',
    addOperatorRequired: 'Enter an operator ID (letters and digits).',
    addUserRequired: 'Enter a SAM user name.',
    added: (p: { srn: string }) => `Added ${p.srn}. Review the policy and save it.`,
    alreadyThere: (p: { srn: string }) => `${p.srn} is already allowed by the policy.`,
    warning:
      'Everyone this policy allows can act as this user, with all of this user’s permissions, roles included.',
    srnSuggestions: 'SRN suggestions',
    editorHint:
      'Inside "principal": {"soracom": [ … ]}, type a quote to get the SRNs of this operator’s root user and SAM users (Ctrl+Space shows them again). Tab leaves the editor.',
    srnRoot: 'root user',
    srnUser: 'SAM user',
  },
  workspace: {
    subjectRole: (p: { roleId: string }) => `the role ${p.roleId}`,
    editorRole: (p: { roleId: string }) => `Permission document of the role ${p.roleId}`,
    titleRole: 'Permission document',
    readOnly: 'This role is managed by Soracom and cannot be changed.',
    effectiveRole: (p: { roleId: string }) => `What the role ${p.roleId} allows`,
    effectiveIntroRole: (p: { dirty: boolean }) =>
      `What this role alone gives the users it is attached to, before their own permission, other roles and the defaults${p.dirty ? ' (unsaved changes included)' : ''}.`,
    effectiveIntroUserRoles: (p: { userName: string; roles: string; dirty: boolean }) =>
      `What ${p.userName} may call with this draft, the roles ${p.roles} and the default permissions${p.dirty ? ' (unsaved changes included)' : ''}.`,
    simulatorIntroRoles:
      'Tries a call against the draft together with the user’s roles and the default permissions, before it is saved.',
    simulatorIntroRole: 'Tries a call against this role’s draft alone, before it is saved.',
    decidedByRole: (p: {
      allowed: boolean;
      roleId: string;
      draft: boolean;
      statement: number;
      pattern: string;
    }) =>
      `${p.allowed ? 'Allowed' : 'Denied'} by the role ${p.roleId}${p.draft ? ' (this draft)' : ''}, statement ${p.statement} (${p.pattern}).`,
    skippedRole: (p: { roleId: string; error: string }) =>
      `The role ${p.roleId} has errors (${p.error}): its statements are ignored.`,
    impactUnknownAttached: (p: { problem: string }) =>
      `The attached users could not be listed${p.problem ? ` (${p.problem})` : ''}, so the effect on each user is not shown.`,
    impactNoneAttached:
      'No attached user’s access changes, with their own permission, other roles and the defaults.',
    impactCountAttached: (p: { count: number }) =>
      `${p.count} ${p.count === 1 ? 'user’s' : 'users’'} access changes once this role is combined with their own permission, other roles and the defaults.`,
    rolesNotLoaded: (p: { userName: string; error: string }) =>
      `The roles of ${p.userName} could not be loaded (${p.error}), so the simulator, the access delta and the effective access leave them out.`,
    tabIntroRoles: ' Roles attached to the user count too; a deny in any of them wins.',
    deletePermission: 'Delete permission…',
    deletePermissionTitle: (p: { userName: string }) => `Delete the permission of ${p.userName}?`,
    deletePermissionBody: (p: { userName: string }) =>
      `${p.userName} keeps only what their roles and the default permissions allow. Their sessions keep the old permission until they sign in again or their tokens are revoked.`,
    deletePermissionConfirm: 'Delete permission',
    deletedPermission: (p: { userName: string }) => `Permission of ${p.userName} deleted.`,
    deleteDefaults: 'Delete default permissions…',
    deleteDefaultsTitle: 'Delete the default permissions?',
    deleteDefaultsBody:
      'Every SAM user keeps only their own permission and their roles. Sessions already open keep the old defaults until their users sign in again.',
    deleteDefaultsConfirm: 'Delete default permissions',
    deletedDefaults: 'Default permissions deleted.',
  },
  switchUser: {
    title: 'Switch user',
    description:
      'Act as a SAM user whose trust policy names you. Your own session stays open: one click brings you back.',
    operator: 'Operator ID',
    userName: 'SAM user name',
    duration: 'Session length (minutes)',
    durationHint: 'From 3 to 60 minutes (Soracom’s limits).',
    submit: 'Switch',
    submitting: 'Switching…',
    cancel: 'Cancel',
    operatorRequired: 'Enter an operator ID.',
    userRequired: 'Enter a SAM user name.',
    durationRange: 'Choose 3 to 60 minutes.',
    banner: (p: { userName: string; operatorId: string }) => `Acting as ${p.userName} (${p.operatorId})`,
    bannerFrom: (p: { who: string }) => `Switched from ${p.who}. Everything you do now is done as this user.`,
    switchBack: 'Switch back',
    switchedBack: (p: { who: string }) => `Back to ${p.who}.`,
    endedBack: (p: { userName: string; who: string }) =>
      `Your session as ${p.userName} ended. You are back to your own session as ${p.who}.`,
    switched: (p: { userName: string }) => `You are now acting as ${p.userName}.`,
  },
};
