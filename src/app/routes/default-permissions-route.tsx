// Route module for /default-permissions: a title and heading here, the editor from the permissions feature.
import { lazy, Suspense } from 'react';
import { usePageTitle } from '../../components/use-page-title.ts';
import { LoadingState } from '../../components/states.tsx';

const DefaultPermissionsPage = lazy(() => import('../../features/permissions/default-permissions-page.tsx'));

export default function DefaultPermissionsRoute() {
  usePageTitle('Default permissions');
  return (
    <Suspense fallback={<LoadingState label="Loading the default permissions…" />}>
      <DefaultPermissionsPage />
    </Suspense>
  );
}
