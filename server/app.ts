// Builds the Fastify app: the local SAM API (or a proxy to Soracom), /config.json, the built browser app.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import helmet from '@fastify/helmet';
import httpProxy from '@fastify/http-proxy';
import fastifyStatic from '@fastify/static';
import type { DestinationStream } from 'pino';
import type { components } from '../src/api/schema.gen.ts';
import { DEFAULT_MAX_USERS } from '../src/lib/sam-rules.ts';
import { authorizeCall } from './auth/authorize.ts';
import { authenticate } from './auth/sessions.ts';
import { ApiFailure, errorBody, langOf } from './errors.ts';
import { loadContract, OPENAPI_PATH, type ContractOperation } from './openapi-contract.ts';
import { authHandlers } from './routes/auth-routes.ts';
import { authKeyHandlers } from './routes/auth-key-routes.ts';
import { mfaHandlers } from './routes/mfa-routes.ts';
import { passwordHandlers } from './routes/password-routes.ts';
import { permissionHandlers } from './routes/permission-routes.ts';
import type { HandlerTable, OperationHandler, RouteDeps } from './routes/route-context.ts';
import { userHandlers } from './routes/user-routes.ts';
import type { Db } from './store/database.ts';
import { createSamStore, openSamStore, type SamStore } from './store/sam-store.ts';
import { DEFAULT_SEED_EMAIL, DEFAULT_SEED_PASSWORD, seedIfEmpty } from './store/seed.ts';
import { validationFailure, type AjvErrorLike } from './validation-errors.ts';

type ConsoleConfig = components['schemas']['ConsoleConfig'];

export const API_PREFIX = '/v1';

export interface BuildAppOptions {
  /** An open database; the caller keeps ownership (the app does not close it). */
  db?: Db;
  /** A database file (or ':memory:') the app opens, migrates and closes. Ignored when `db` is given. */
  dbPath?: string;
  /** `jp`, `g` or an API base URL: forward /v1 there and open no database. */
  upstream?: string;
  /** Most SAM users per operator (default 50, Soracom's limit). */
  maxUsers?: number;
  /** false (default), true, or pino options: `{ level, stream }` (tests capture the stream). */
  logger?: boolean | { level?: string; stream?: DestinationStream };
  /** The clock for token expiry, TOTP and timestamps (tests move it). */
  now?: () => Date;
  /** The built browser app (dist/) to serve, with SPA fallback; omitted: API only. */
  staticDir?: string;
  /** Seed an empty database with this operator; omitted: no seeding. */
  seed?: { email: string; password: string; demoUsers: boolean };
  openapiPath?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The local API's storage; null in upstream mode. */
    samStore: SamStore | null;
    /** The operator seeded (or found) for the seed email, when seeding was asked for. */
    samSeedOperatorId: string | null;
  }
  interface FastifyContextConfig {
    operation?: ContractOperation;
  }
}

const UPSTREAMS: Record<string, string> = {
  jp: 'https://api.soracom.io/v1',
  g: 'https://g.api.soracom.io/v1',
};

/** The upstream's API base URL and coverage; a URL without a path means its /v1. */
export function resolveUpstream(value: string): { url: string; coverage: 'jp' | 'g' | 'custom' } {
  const known = UPSTREAMS[value];
  if (known) return { url: known, coverage: value as 'jp' | 'g' };
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`SAM_UPSTREAM must be jp, g or an http(s) URL: ${value}`);
  const path = url.pathname.replace(/\/+$/, '');
  return { url: `${url.origin}${path === '' ? API_PREFIX : path}`, coverage: 'custom' };
}

// The auth headers and any body field that may carry a secret never reach a log line.
const REDACTED_PATHS = [
  'req.headers["x-soracom-api-key"]',
  'req.headers["x-soracom-token"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'res.body',
  'body',
  'password',
  'authKey',
  'token',
  'apiKey',
  'totpUri',
  'mfaOTPCode',
];

function loggerOption(logger: BuildAppOptions['logger']) {
  if (!logger) return false;
  const settings = logger === true ? {} : logger;
  return {
    level: settings.level ?? 'warn',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(settings.stream ? { stream: settings.stream } : {}),
  };
}

/** /v1 or below it, whatever the query string. */
function isApiPath(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return path === API_PREFIX || path.startsWith(`${API_PREFIX}/`);
}

function sendFailure(reply: FastifyReply, request: FastifyRequest, failure: ApiFailure): FastifyReply {
  return reply
    .code(failure.status)
    .type('application/json')
    .send(errorBody(failure.code, failure.params, langOf(request.headers['x-soracom-lang'])));
}

/** The one error handler: catalogue errors as they are, validation as 400, and 5xx without details. */
function handleError(
  this: FastifyInstance,
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof ApiFailure) return sendFailure(reply, request, error);
  if (error.validation) {
    return sendFailure(
      reply,
      request,
      validationFailure(error.validation[0] as AjvErrorLike | undefined, error.validationContext),
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendFailure(reply, request, new ApiFailure('SAM0001'));
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendFailure(reply, request, new ApiFailure('SAM0413'));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return sendFailure(reply, request, new ApiFailure('SAM0415'));
    default:
      break;
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return sendFailure(
      reply,
      request,
      new ApiFailure(status === 404 ? 'SAM0404' : 'SAM0000', { method: request.method, url: request.url }),
    );
  }
  request.log.error({ err: error }, 'request failed');
  const upstreamFailed =
    error.code?.startsWith('FST_REPLY_FROM') === true || status === 502 || status === 503 || status === 504;
  const failure = upstreamFailed ? new ApiFailure('AGW0005') : new ApiFailure('COM0003');
  return sendFailure(reply, request, failure);
}

/** Every operation the local API serves, by operationId. */
function handlerTable(deps: RouteDeps): HandlerTable {
  return {
    ...authHandlers(deps),
    ...userHandlers(deps),
    ...passwordHandlers(deps),
    ...authKeyHandlers(deps),
    ...permissionHandlers(deps),
    ...mfaHandlers(deps),
  };
}

function registerLocalApi(app: FastifyInstance, operations: ContractOperation[], deps: RouteDeps): void {
  const handlers = handlerTable(deps);
  const apiOperations = operations.filter((op) => !op.outsideApiPrefix);
  for (const op of apiOperations) {
    if (!handlers[op.operationId])
      throw new Error(`openapi.yaml lists ${op.operationId}, which the server does not implement`);
  }
  for (const id of Object.keys(handlers)) {
    if (!apiOperations.some((op) => op.operationId === id))
      throw new Error(`${id} is implemented but not in openapi.yaml`);
  }

  app.decorateRequest('samSession', null);

  // JSON bodies; an empty body counts as none, so body-less POSTs with a JSON content type work.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    const source = typeof text === 'string' ? text : text.toString('utf8');
    if (source.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(source));
    } catch {
      done(new ApiFailure('SAM0001'), undefined);
    }
  });

  // Before the body is read: who is calling, and may they make this call?
  app.addHook('onRequest', async (request) => {
    const op = request.routeOptions.config.operation;
    if (!op || op.isPublic) return;
    const now = deps.now();
    const session = authenticate(
      deps.store,
      request.headers['x-soracom-api-key'],
      request.headers['x-soracom-token'],
      now,
    );
    request.samSession = session;
    const pathVariables = { ...(request.params as Record<string, string>) };
    const operatorInPath = pathVariables.operator_id;
    if (operatorInPath !== undefined && operatorInPath !== session.operatorId)
      throw new ApiFailure('SAM0202');
    if (session.kind === 'root') return;
    const decision = authorizeCall(session.principal, {
      api: op.api,
      method: request.method,
      pathVariables,
      clientIp: request.ip,
      now,
    });
    if (!decision.allowed) {
      request.log.info({ api: decision.api, reason: decision.reason }, 'call denied');
      throw new ApiFailure('SAM0201', { api: decision.api });
    }
  });

  // An optional body that was left out validates as an empty object.
  app.addHook('preValidation', async (request) => {
    const op = request.routeOptions.config.operation;
    if (op?.bodySchema && !op.bodyRequired && request.body === undefined) request.body = {};
  });

  for (const op of apiOperations) {
    const handler = handlers[op.operationId] as OperationHandler;
    app.route({
      method: op.method,
      url: op.routePath,
      config: { operation: op },
      schema: {
        ...(op.paramsSchema ? { params: op.paramsSchema } : {}),
        ...(op.bodySchema ? { body: op.bodySchema } : {}),
      },
      handler,
    });
  }
}

export async function buildApp(options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: loggerOption(options.logger),
    bodyLimit: 256 * 1024,
    // Long user names must reach validation (and its clear 400) instead of the router's bare 414.
    routerOptions: { maxParamLength: 1000 },
    // Validate exactly what openapi.yaml says: no silent dropping or coercing of fields.
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: true, allErrors: false },
    },
  });
  app.setErrorHandler(handleError);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        // CodeMirror sets inline styles; QR codes and icons may be data: images.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    hsts: false,
  });

  const operations = loadContract(options.openapiPath ?? OPENAPI_PATH);
  const upstream = options.upstream ? resolveUpstream(options.upstream) : null;
  let store: SamStore | null = null;
  let seedOperatorId: string | null = null;

  if (upstream) {
    const target = new URL(upstream.url);
    await app.register(httpProxy, {
      upstream: target.origin,
      prefix: API_PREFIX,
      rewritePrefix: target.pathname,
      http2: false,
    });
  } else {
    const ownsDb = options.db === undefined;
    store = options.db ? createSamStore(options.db) : openSamStore(options.dbPath ?? ':memory:');
    const opened = store;
    if (ownsDb) app.addHook('onClose', async () => opened.db.close());
    if (options.seed) {
      seedOperatorId =
        (await seedIfEmpty(store, { ...options.seed, now: now() })) ??
        store.operators.findByEmail(options.seed.email)?.operator_id ??
        null;
    }
    const deps: RouteDeps = { store, now, maxUsers: options.maxUsers ?? DEFAULT_MAX_USERS };
    await app.register(async (api) => registerLocalApi(api, operations, deps), { prefix: API_PREFIX });
  }
  app.decorate('samStore', store);
  app.decorate('samSeedOperatorId', seedOperatorId);

  const config: ConsoleConfig = upstream
    ? { mode: 'upstream', coverage: upstream.coverage, upstreamUrl: upstream.url }
    : {
        mode: 'local',
        ...(options.seed && seedOperatorId
          ? {
              demo: {
                email: options.seed.email,
                // Only the documented default password is shown; a chosen one stays private.
                ...(options.seed.password === DEFAULT_SEED_PASSWORD &&
                options.seed.email === DEFAULT_SEED_EMAIL
                  ? { password: options.seed.password }
                  : {}),
                operatorId: seedOperatorId,
              },
            }
          : {}),
      };
  const configOperation = operations.find((op) => op.operationId === 'getConsoleConfig');
  app.get(configOperation?.routePath ?? '/config.json', async () => config);

  // API answers can carry secrets (a new AuthKey, a TOTP URI): no cache may keep them.
  app.addHook('onSend', async (request, reply) => {
    if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
  });

  const staticDir = options.staticDir;
  const hasApp = staticDir !== undefined && existsSync(join(staticDir, 'index.html'));
  if (hasApp) {
    // wildcard: files are looked up per request, so a rebuilt dist/ is served without a restart.
    await app.register(fastifyStatic, { root: staticDir, wildcard: true });
  }
  app.setNotFoundHandler((request, reply) => {
    if (hasApp && !isApiPath(request.url) && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendFailure(
      reply,
      request,
      new ApiFailure('SAM0404', { method: request.method, url: request.url.split('?')[0] ?? '' }),
    );
  });

  return app;
}
