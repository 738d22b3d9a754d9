// The user detail page (/users/:name/:tab): heading, tabs in the URL, and the tab's content (AuthKeys, permissions and MFA lazy-loaded).
import { Suspense, type ComponentType } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { TabLinks } from '../../components/tab-links.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { LoadingState } from '../../components/states.tsx';
import { UserOverviewTab } from './user-overview-tab.tsx';
import { UserPasswordTab } from './user-password-tab.tsx';
import { NextStepsPanel } from './next-steps-panel.tsx';
import { isUserTab, paths, userTabIds, type UserTab } from '../../lib/paths.ts';
import { useMessages } from '../../i18n/use-i18n.ts';

/**
 * Tabs owned by other features; the app's route passes them in (lazy), since features do not import each other.
 * `preload` fetches a tab's code when a pointer rests on or focus reaches its link, so it opens at once.
 */
export type FeatureTabs = Record<
  'auth-keys' | 'permissions' | 'roles' | 'trust-policy' | 'mfa' | 'history',
  ComponentType<{ userName: string }> & { preload?: () => Promise<unknown> }
>;

export function UserDetailPage({
  featureTabs,
  lastSignInProvided = true,
}: {
  featureTabs: FeatureTabs;
  /** False against Soracom's API, which has no last sign-in. */
  lastSignInProvided?: boolean;
}) {
  const m = useMessages();
  const { name = '', tab } = useParams();
  const current = isUserTab(tab) ? tab : null;
  const label = current ? m.users.detail.tabs[current] : '';
  usePageTitle(`${name}${label ? ` · ${label}` : ''}`);
  if (!current) return <Navigate to={paths.user(name)} replace />;

  return (
    <>
      <nav aria-label={m.users.detail.breadcrumb} className="breadcrumb">
        <Link to={paths.users()}>{m.userList.title}</Link> <span aria-hidden="true">/</span>{' '}
        <span className="mono">{name}</span>
      </nav>
      <div className="page-header">
        <h1>
          <span className="mono">{name}</span>
        </h1>
      </div>
      {/* Above the tabs: it stays in view while the admin works through them. */}
      <NextStepsPanel key={name} userName={name} />
      <TabLinks
        label={m.users.detail.tabsLabel}
        items={userTabIds.map((id) => ({
          to: paths.user(name, id),
          label: m.users.detail.tabs[id],
          preload: id === 'overview' || id === 'password' ? undefined : featureTabs[id].preload,
        }))}
      />
      <section aria-label={label}>
        <Suspense fallback={<LoadingState label={m.users.detail.loadingTab({ tab: label })} />}>
          {/* key: moving to another user starts each tab afresh (no form state carried over). */}
          <TabContent
            key={name}
            tab={current}
            userName={name}
            featureTabs={featureTabs}
            lastSignInProvided={lastSignInProvided}
          />
        </Suspense>
      </section>
    </>
  );
}

function TabContent({
  tab,
  userName,
  featureTabs,
  lastSignInProvided,
}: {
  tab: UserTab;
  userName: string;
  featureTabs: FeatureTabs;
  lastSignInProvided: boolean;
}) {
  if (tab === 'overview')
    return <UserOverviewTab userName={userName} lastSignInProvided={lastSignInProvided} />;
  if (tab === 'password') return <UserPasswordTab userName={userName} />;
  const FeatureTab = featureTabs[tab];
  return <FeatureTab userName={userName} />;
}
