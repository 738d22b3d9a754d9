// The console's own configuration (not a SAM operation): local sandbox or Soracom, and the demo sign-in.
import type { components } from '../schema.gen.ts';
import { rootClient, expectBody } from '../client.ts';

type Schemas = components['schemas'];
export type ConsoleConfig = Schemas['ConsoleConfig'];

/** GET /config.json: local sandbox or Soracom (and coverage), plus the demo sign-in in local mode. */
export async function getConsoleConfig(): Promise<ConsoleConfig> {
  return expectBody('Console:getConsoleConfig', rootClient().GET('/config.json'), false);
}
