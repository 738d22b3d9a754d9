// Route module for /default-permissions: a title and heading here, the editor from the permissions feature.
import { lazy, Suspense } from 'react';
import { usePageTitle } from '../../components/use-page-title.ts';
import { LoadingState } from '../../components/states.tsx';
import { useMessages } from '../../i18n/use-i18n.ts';

const DefaultPermissionsPage = lazy(() => import('../../features/permissions/default-permissions-page.tsx'));

export default function DefaultPermissionsRoute() {
  const m = useMessages();
  usePageTitle(m.app.nav.defaultPermissions);
  return (
    <Suspense fallback={<LoadingState label={m.app.loadingPage} />}>
      <DefaultPermissionsPage />
    </Suspense>
  );
}
