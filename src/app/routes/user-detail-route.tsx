// Route module for /users/:name/:tab: the users feature's page with the other features' tabs, each its own lazy chunk.
import type { ComponentType } from 'react';
import { useQuery } from '@tanstack/react-query';
import { UserDetailPage, type FeatureTabs } from '../../features/users/user-detail-page.tsx';
import { consoleConfigOptions } from '../../features/session/console-config-queries.ts';
import { withPageAreas } from '../../i18n/i18n-store.ts';
import type { PageArea } from '../../i18n/messages/messages.ts';
import { keepLoaded, lazyKept, type PreloadableComponent } from '../../components/lazy-on-intent.ts';

const loadHistoryTab = keepLoaded(() => import('../../features/audit/user-history-tab.tsx'));
const UserHistoryTab = lazyKept(loadHistoryTab);

/** Soracom's log cannot say what happened to one user: the tab says so against it. */
function HistoryTab({ userName }: { userName: string }) {
  const config = useQuery(consoleConfigOptions());
  return <UserHistoryTab userName={userName} upstream={config.data?.mode === 'upstream'} />;
}

/** A tab's code with the texts it shows, fetched on intent (a pointer on or focus reaching its tab) and kept. */
function tab(load: () => Promise<{ default: ComponentType<{ userName: string }> }>, areas: PageArea[]) {
  const kept = keepLoaded(withPageAreas(load, areas));
  return Object.assign(lazyKept(kept), { preload: kept }) satisfies PreloadableComponent<{
    userName: string;
  }>;
}

// Loaded only when their tab is about to open (they carry CodeMirror and qrcode.react), each with the texts it shows.
const featureTabs: FeatureTabs = {
  history: Object.assign(HistoryTab, { preload: loadHistoryTab }),
  'auth-keys': tab(() => import('../../features/auth-keys/auth-keys-tab.tsx'), ['authKeys']),
  permissions: tab(
    () => import('../../features/permissions/user-permissions-tab.tsx'),
    ['permissions', 'roles', 'bulk'],
  ),
  mfa: tab(() => import('../../features/mfa/mfa-tab.tsx'), ['mfa']),
  roles: tab(() => import('../../features/roles/user-roles-tab.tsx'), ['roles']),
  'trust-policy': tab(
    () => import('../../features/trust-policy/trust-policy-tab.tsx'),
    ['roles', 'permissions', 'forms'],
  ),
};

export default function UserDetailRoute() {
  // Read from the cache the header filled: Soracom's API has no last sign-in, and the overview says so.
  const config = useQuery(consoleConfigOptions());
  return <UserDetailPage featureTabs={featureTabs} lastSignInProvided={config.data?.mode !== 'upstream'} />;
}
