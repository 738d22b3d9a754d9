// GET /config.json: tells the browser app which mode the server runs in, and the demo sign-in when seeded.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { components } from '../../src/api/schema.gen.ts';
import type { ContractOperation } from '../openapi-contract.ts';
import { DEFAULT_SEED_EMAIL, DEFAULT_SEED_PASSWORD } from '../store/seed.ts';
import type { SeedOptions } from './sam-store.ts';
import type { Upstream } from './upstream-proxy.ts';

type ConsoleConfig = components['schemas']['ConsoleConfig'];

export interface ConsoleConfigOptions {
  operations: ContractOperation[];
  upstream: Upstream | null;
  seed?: SeedOptions | undefined;
  /** The local API's limit on users per operator (SAM_MAX_USERS). */
  maxUsers: number;
}

function configFor(
  { upstream, seed, maxUsers }: ConsoleConfigOptions,
  seedOperatorId: string | null,
): ConsoleConfig {
  if (upstream) return { mode: 'upstream', coverage: upstream.coverage, upstreamUrl: upstream.url };
  if (!seed || !seedOperatorId) return { mode: 'local', maxUsers };
  return {
    mode: 'local',
    maxUsers,
    demo: {
      email: seed.email,
      // Only the documented default password is shown; a chosen one stays private.
      ...(seed.password === DEFAULT_SEED_PASSWORD && seed.email === DEFAULT_SEED_EMAIL
        ? { password: seed.password }
        : {}),
      operatorId: seedOperatorId,
    },
  };
}

export const consoleConfigPlugin = fp(
  async (app: FastifyInstance, options: ConsoleConfigOptions) => {
    const config = configFor(options, app.samSeedOperatorId);
    const route = options.operations.find((op) => op.operationId === 'getConsoleConfig');
    app.get(route?.routePath ?? '/config.json', async () => config);
  },
  { name: 'console-config' },
);
