// Builds the Fastify app by composing its plugins: errors, security headers, the local API or the upstream proxy, config.json, the browser app.
import Fastify, { type FastifyInstance } from 'fastify';
import { DEFAULT_MAX_ROLES, DEFAULT_MAX_USERS } from '../src/lib/sam-rules.ts';
import { API_PREFIX } from './api-prefix.ts';
import { loggerOptions, type LogSetting } from './log-options.ts';
import { createSignInThrottle } from './auth/sign-in-throttle.ts';
import { loadContract, OPENAPI_PATH } from './openapi-contract.ts';
import { browserAppPlugin } from './plugins/browser-app.ts';
import { serverRenderPlugin } from './plugins/server-render.ts';
import type { PageRenderer } from '../src/ssr/document-request.ts';
import { compressionPlugin } from './plugins/compression.ts';
import { consoleConfigPlugin } from './plugins/console-config.ts';
import { errorHandlerPlugin } from './plugins/error-handler.ts';
import { localApiPlugin } from './plugins/local-api.ts';
import { samStorePlugin, type SeedOptions } from './plugins/sam-store.ts';
import { securityHeadersPlugin } from './plugins/security-headers.ts';
import { resolveUpstream, upstreamProxyPlugin } from './plugins/upstream-proxy.ts';
import { clientErrorHandler, frameworkErrors } from './request-hardening.ts';
import { resolveSecurity, type SecuritySettings } from './security-options.ts';
import type { Db } from './store/database.ts';

export interface BuildAppOptions {
  /** An open database; the caller keeps ownership (the app does not close it). */
  db?: Db;
  /** A database file (or ':memory:') the app opens, migrates and closes. Ignored when `db` is given. */
  dbPath?: string;
  /** `jp`, `g` or an API base URL: forward /v1 there and open no database. */
  upstream?: string;
  /** Most SAM users per operator (default 50, Soracom's limit). */
  maxUsers?: number;
  /** Most roles per operator (default 200, our choice; see docs/local-api.md). */
  maxRoles?: number;
  /** false (default), true, or pino options: `{ level, stream }` (tests capture the stream). */
  logger?: LogSetting;
  /** The clock for token expiry, TOTP and timestamps (tests move it). */
  now?: () => Date;
  /** The built browser app (dist/) to serve, with SPA fallback; omitted: API only. */
  staticDir?: string;
  /** Draws /users on the server for a browser with a page cookie (main.ts loads it from dist-ssr/); omitted: never. */
  pageRenderer?: PageRenderer | undefined;
  /** How long a drawn /users may wait for its answers before index.html goes instead (tests shorten it). */
  pageRenderBudgetMs?: number | undefined;
  /** Also serve the build's source maps (default: no; SAM_SERVE_SOURCE_MAPS=1 in main.ts). */
  serveSourceMaps?: boolean;
  /** Seed an empty database with this operator; omitted: no seeding. */
  seed?: SeedOptions;
  openapiPath?: string;
  /** Throttling, session lifetime, audit retention and the TOTP secret key; defaults in security-options.ts. */
  security?: SecuritySettings;
}

export async function buildApp(options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const security = resolveSecurity(options.security);
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: 256 * 1024,
    // Long user names must reach validation (and its clear 400) instead of the router's bare 414.
    routerOptions: { maxParamLength: 1000 },
    // What Fastify and Node refuse before a route runs (bad %-escapes, huge headers) still answers {code,message}.
    frameworkErrors,
    clientErrorHandler,
    // Validate exactly what openapi.yaml says: no silent dropping or coercing of fields.
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: true, allErrors: false },
    },
  });

  // First, so that every plugin after it inherits the error handler and the hooks.
  await app.register(errorHandlerPlugin);
  await app.register(securityHeadersPlugin);
  await app.register(compressionPlugin);

  const operations = loadContract(options.openapiPath ?? OPENAPI_PATH);
  const upstream = options.upstream ? resolveUpstream(options.upstream) : null;
  if (upstream) {
    // Nothing is stored locally: the decorators say so.
    app.decorate('samStore', null);
    app.decorate('samSeedOperatorId', null);
    await app.register(upstreamProxyPlugin, { upstream });
  } else {
    await app.register(samStorePlugin, {
      db: options.db,
      dbPath: options.dbPath,
      seed: options.seed,
      now,
      security,
    });
    const store = app.samStore;
    if (!store) throw new Error('the local API has no store');
    await app.register(localApiPlugin, {
      prefix: API_PREFIX,
      operations,
      deps: {
        store,
        now,
        maxUsers: options.maxUsers ?? DEFAULT_MAX_USERS,
        maxRoles: options.maxRoles ?? DEFAULT_MAX_ROLES,
        throttle: createSignInThrottle(store.throttle, security.throttle),
        sessionLimits: { absoluteLifetimeSeconds: security.sessionLifetimeSeconds },
      },
      security,
    });
  }

  await app.register(consoleConfigPlugin, {
    operations,
    upstream,
    seed: options.seed,
    maxUsers: options.maxUsers ?? DEFAULT_MAX_USERS,
  });
  await app.register(browserAppPlugin, {
    staticDir: options.staticDir,
    serveSourceMaps: options.serveSourceMaps,
  });
  await app.register(serverRenderPlugin, {
    staticDir: options.staticDir,
    renderer: options.pageRenderer,
    budgetMs: options.pageRenderBudgetMs,
  });
  return app;
}
