// The console's configuration (local sandbox or Soracom, demo sign-in): fetched once per page load.
import { queryOptions } from '@tanstack/react-query';
import { getConsoleConfig, type ConsoleConfig } from '../../api/operations.ts';
import { consoleKeys } from '../../queries/query-keys.ts';
import type { Messages } from '../../i18n/messages/messages.ts';

export const consoleConfigOptions = () =>
  queryOptions({
    queryKey: consoleKeys.config(),
    queryFn: getConsoleConfig,
    staleTime: Infinity,
    meta: { silentErrors: true },
  });

/** "Local sandbox" or "Soracom (Japan coverage)" etc., for the header and the sign-in page. */
export function describeApi(config: ConsoleConfig | undefined, m: Messages['session']['api']): string {
  if (!config) return m.unknown;
  if (config.mode === 'local') return m.local;
  if (config.coverage === 'jp') return m.jp;
  if (config.coverage === 'g') return m.g;
  return m.custom;
}
