// The console's addresses: the route patterns the router matches and the builders every link, redirect and e2e spec uses.
// Pure and dependency-free, so the app, the features and e2e/ all import the same strings.

/** The user page's tabs, in the order they are shown; each is a segment of the URL. */
export const userTabIds = [
  'overview',
  'password',
  'auth-keys',
  'permissions',
  'roles',
  'trust-policy',
  'mfa',
  'history',
] as const;
export type UserTab = (typeof userTabIds)[number];

export function isUserTab(value: string | undefined): value is UserTab {
  return (userTabIds as readonly (string | undefined)[]).includes(value);
}

/** The sign-in page's forms, named in its `method` search param (root is the default and is left out). */
export type SignInForm = 'root' | 'user' | 'authKey';

/** The patterns of react-router's route objects, relative to the signed-in layout where they sit under it. */
export const routePatterns = {
  signIn: '/sign-in',
  root: '/',
  users: 'users',
  userTab: 'users/:name/:tab?',
  defaultPermissions: 'default-permissions',
  roles: 'roles',
  role: 'roles/:roleId',
  activity: 'activity',
  notFound: '*',
} as const;

function withSearch(path: string, params: URLSearchParams): string {
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export const paths = {
  /** The user list; `q` prefills its search. */
  users(options: { q?: string } = {}): string {
    const params = new URLSearchParams();
    if (options.q) params.set('q', options.q);
    return withSearch('/users', params);
  },
  /** One user's page at a tab (the overview unless told). */
  user(userName: string, tab: UserTab = 'overview'): string {
    return `/users/${encodeURIComponent(userName)}/${tab}`;
  },
  defaultPermissions(): string {
    return '/default-permissions';
  },
  /** The operator's recent activity; `user` and `kind` (an audit kind) filter it. */
  activity(options: { user?: string; kind?: string } = {}): string {
    const params = new URLSearchParams();
    if (options.user) params.set('user', options.user);
    if (options.kind) params.set('kind', options.kind);
    return withSearch('/activity', params);
  },
  /** The role list. */
  roles(): string {
    return '/roles';
  },
  /** One role's page; an SRN (a Soracom managed role) is encoded so its colons stay in one segment. */
  role(roleId: string): string {
    return `/roles/${encodeURIComponent(roleId)}`;
  },
  /**
   * The sign-in page: `next` is where to go after signing in, `reason` says a session ran out or was idle too long,
   * `method` opens the SAM user or AuthKey form instead of root's.
   */
  signIn(
    options: {
      next?: string;
      reason?: 'expired' | 'idle';
      method?: SignInForm | null;
      operatorId?: string;
      userName?: string;
    } = {},
  ): string {
    const params = new URLSearchParams();
    if (options.next !== undefined) params.set('next', options.next);
    if (options.reason) params.set('reason', options.reason);
    if (options.method && options.method !== 'root') params.set('method', options.method);
    if (options.operatorId) params.set('operatorId', options.operatorId);
    if (options.userName) params.set('userName', options.userName);
    return withSearch('/sign-in', params);
  },
};

/** The page to land on when there is nowhere better: the landing route, which picks the user list or one's own page. */
export const homePath = '/';

/** Only same-app paths are followed after sign-in, so a crafted link cannot send the user elsewhere. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith(paths.signIn()))
    return homePath;
  return next;
}
