// Route module for /users: hands the list what other features know (which API, its user limit, the permission
// templates), so the users feature imports neither the session feature nor the permissions feature.
import { useQuery } from '@tanstack/react-query';
import { UsersListPage } from '../../features/users/users-list-page.tsx';
import { consoleConfigOptions } from '../../features/session/console-config-queries.ts';
import type { PermissionTemplate } from '../../features/permissions/permission-templates.ts';

let templates: Promise<readonly PermissionTemplate[]> | null = null;

/** The templates only a bulk action applies: fetched when one is reached for, once (again after a failure). */
function loadTemplates(): Promise<readonly PermissionTemplate[]> {
  templates ??= import('../../features/permissions/permission-templates.ts').then(
    (module) => module.PERMISSION_TEMPLATES,
    (error: unknown) => {
      templates = null;
      throw error;
    },
  );
  return templates;
}

export default function UsersRoute() {
  // Already asked by the header on every page: this reads the cache, no second request.
  const config = useQuery(consoleConfigOptions());
  return (
    <UsersListPage
      apiMode={config.data?.mode}
      maxUsers={config.data?.maxUsers}
      loadTemplates={loadTemplates}
    />
  );
}
