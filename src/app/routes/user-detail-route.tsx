// Route module for /users/:name/:tab: the users feature's page with the other features' tabs, each its own lazy chunk.
import { lazy } from 'react';
import { useQuery } from '@tanstack/react-query';
import { UserDetailPage, type FeatureTabs } from '../../features/users/user-detail-page.tsx';
import { consoleConfigOptions } from '../../features/session/console-config-queries.ts';

const UserHistoryTab = lazy(() => import('../../features/audit/user-history-tab.tsx'));

/** Soracom's log cannot say what happened to one user: the tab says so against it. */
function HistoryTab({ userName }: { userName: string }) {
  const config = useQuery(consoleConfigOptions());
  return <UserHistoryTab userName={userName} upstream={config.data?.mode === 'upstream'} />;
}

// Loaded only when their tab opens: they carry CodeMirror and qrcode.react.
const featureTabs: FeatureTabs = {
  history: HistoryTab,
  'auth-keys': lazy(() => import('../../features/auth-keys/auth-keys-tab.tsx')),
  permissions: lazy(() => import('../../features/permissions/user-permissions-tab.tsx')),
  mfa: lazy(() => import('../../features/mfa/mfa-tab.tsx')),
  roles: lazy(() => import('../../features/roles/user-roles-tab.tsx')),
  'trust-policy': lazy(() => import('../../features/trust-policy/trust-policy-tab.tsx')),
};

export default function UserDetailRoute() {
  // Read from the cache the header filled: Soracom's API has no last sign-in, and the overview says so.
  const config = useQuery(consoleConfigOptions());
  return <UserDetailPage featureTabs={featureTabs} lastSignInProvided={config.data?.mode !== 'upstream'} />;
}
