// Route module for /activity: the audit feature's page, told whether the console talks to Soracom's API.
import { useQuery } from '@tanstack/react-query';
import { ActivityPage } from '../../features/audit/activity-page.tsx';
import { consoleConfigOptions } from '../../features/session/console-config-queries.ts';

export default function ActivityRoute() {
  const config = useQuery(consoleConfigOptions());
  return <ActivityPage upstream={config.data?.mode === 'upstream'} />;
}
