// Route module for /users/:name/:tab: the users feature's page with the other features' tabs, each its own lazy chunk.
import { lazy } from 'react';
import { useQuery } from '@tanstack/react-query';
import { UserDetailPage, type FeatureTabs } from '../../features/users/user-detail-page.tsx';
import { consoleConfigOptions } from '../../features/session/console-config-queries.ts';
import { withPageAreas } from '../../i18n/i18n-store.ts';

const UserHistoryTab = lazy(() => import('../../features/audit/user-history-tab.tsx'));

/** Soracom's log cannot say what happened to one user: the tab says so against it. */
function HistoryTab({ userName }: { userName: string }) {
  const config = useQuery(consoleConfigOptions());
  return <UserHistoryTab userName={userName} upstream={config.data?.mode === 'upstream'} />;
}

// Loaded only when their tab opens (they carry CodeMirror and qrcode.react), each with the texts it shows.
const featureTabs: FeatureTabs = {
  history: HistoryTab,
  'auth-keys': lazy(withPageAreas(() => import('../../features/auth-keys/auth-keys-tab.tsx'), ['authKeys'])),
  permissions: lazy(
    withPageAreas(
      () => import('../../features/permissions/user-permissions-tab.tsx'),
      ['permissions', 'roles', 'bulk'],
    ),
  ),
  mfa: lazy(withPageAreas(() => import('../../features/mfa/mfa-tab.tsx'), ['mfa'])),
  roles: lazy(withPageAreas(() => import('../../features/roles/user-roles-tab.tsx'), ['roles'])),
  'trust-policy': lazy(
    withPageAreas(
      () => import('../../features/trust-policy/trust-policy-tab.tsx'),
      ['roles', 'permissions', 'forms'],
    ),
  ),
};

export default function UserDetailRoute() {
  // Read from the cache the header filled: Soracom's API has no last sign-in, and the overview says so.
  const config = useQuery(consoleConfigOptions());
  return <UserDetailPage featureTabs={featureTabs} lastSignInProvided={config.data?.mode !== 'upstream'} />;
}
