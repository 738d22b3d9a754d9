// Route module for /roles/:roleId: the roles feature's page with the permissions feature's editor, a lazy chunk (CodeMirror).
import { lazy } from 'react';
import { RoleDetailPage } from '../../features/roles/role-detail-page.tsx';

const PermissionPanel = lazy(() => import('../../features/permissions/role-permission-panel.tsx'));

export default function RoleDetailRoute() {
  return <RoleDetailPage PermissionPanel={PermissionPanel} />;
}
