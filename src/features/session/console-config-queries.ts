// The console's configuration (local sandbox or Soracom, demo sign-in): fetched once per page load.
import { queryOptions } from '@tanstack/react-query';
import { getConsoleConfig, type ConsoleConfig } from '../../api/operations.ts';
import { consoleKeys } from '../../api/query-keys.ts';

export const consoleConfigOptions = () =>
  queryOptions({
    queryKey: consoleKeys.config(),
    queryFn: getConsoleConfig,
    staleTime: Infinity,
    meta: { silentErrors: true },
  });

/** "Local sandbox" or "Soracom (Japan coverage)" etc., for the header and the sign-in page. */
export function describeApi(config: ConsoleConfig | undefined): string {
  if (!config) return 'API';
  if (config.mode === 'local') return 'Local sandbox';
  if (config.coverage === 'jp') return 'Soracom · Japan coverage';
  if (config.coverage === 'g') return 'Soracom · Global coverage';
  return 'Soracom · custom endpoint';
}
