// Route module for /users: hands the list what other features know (which API, its user limit, the permission
// templates), so the users feature imports neither the session feature nor the permissions feature.
import { useQuery } from '@tanstack/react-query';
import { UsersListPage } from '../../features/users/users-list-page.tsx';
import { consoleConfigOptions } from '../../features/session/console-config-queries.ts';
import { PERMISSION_TEMPLATES } from '../../features/permissions/permission-templates.ts';

export default function UsersRoute() {
  // Already asked by the header on every page: this reads the cache, no second request.
  const config = useQuery(consoleConfigOptions());
  return (
    <UsersListPage
      apiMode={config.data?.mode}
      maxUsers={config.data?.maxUsers}
      templates={PERMISSION_TEMPLATES}
    />
  );
}
