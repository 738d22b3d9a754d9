// The local SAM API: one route per openapi.yaml operation, validated by its schemas, each with exactly one handler.
import rateLimit from '@fastify/rate-limit';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  HookHandlerDoneFunction,
  onSendHookHandler,
  preValidationHookHandler,
} from 'fastify';
import { createRefusalTarpit, DEFAULT_TARPIT, type RefusalTarpit } from '../auth/refusal-tarpit.ts';
import { ApiFailure } from '../errors.ts';
import type { ContractOperation } from '../openapi-contract.ts';
import { parseJsonBody, sentBody } from '../request-hardening.ts';
import { auditHandlers } from '../routes/audit-routes.ts';
import { authHandlers } from '../routes/auth-routes.ts';
import { authKeyHandlers } from '../routes/auth-key-routes.ts';
import { mfaHandlers } from '../routes/mfa-routes.ts';
import { passwordHandlers } from '../routes/password-routes.ts';
import { permissionHandlers } from '../routes/permission-routes.ts';
import { roleHandlers } from '../routes/role-routes.ts';
import { trustPolicyHandlers } from '../routes/trust-policy-routes.ts';
import type { HandlerTable, OperationId, OperationRoute } from '../routes/operation-handler.ts';
import type { RouteDeps } from '../routes/route-context.ts';
import { userHandlers } from '../routes/user-routes.ts';
import type { SecurityOptions } from '../security-options.ts';
import { authenticationHook, authenticationPlugin } from './authentication.ts';

export interface LocalApiOptions {
  operations: ContractOperation[];
  deps: RouteDeps;
  security: SecurityOptions;
}

/** The operations that check a secret a caller may guess: limited per client address, besides the throttle. */
const CREDENTIAL_CHECKS = new Set(['auth', 'updateUserPassword']);

/** Their handlers send kept answers, compressed once per version (user-routes.ts): the plugin's hooks stay off. */
const COMPRESSED_BY_HANDLER = new Set(['listUsers', 'getUser']);

/** Every operation the local API serves, by operationId. */
function handlerTable(deps: RouteDeps, operations: readonly ContractOperation[]): HandlerTable {
  return {
    ...auditHandlers(deps, operations),
    ...authHandlers(deps),
    ...userHandlers(deps),
    ...passwordHandlers(deps),
    ...authKeyHandlers(deps),
    ...permissionHandlers(deps),
    ...mfaHandlers(deps),
    ...roleHandlers(deps),
    ...trustPolicyHandlers(deps),
  };
}

function isOperationId(handlers: HandlerTable, id: string): id is OperationId {
  return Object.hasOwn(handlers, id);
}

/**
 * The start-up check: the openapi.yaml read at run time and the handler table name exactly the same
 * operations. (The compiler checks the table against the generated types; this catches a contract
 * file that changed without `npm run gen:api`.)
 */
function checkOneHandlerEach(apiOperations: ContractOperation[], handlers: HandlerTable): void {
  for (const op of apiOperations) {
    if (!isOperationId(handlers, op.operationId))
      throw new Error(`openapi.yaml lists ${op.operationId}, which the server does not implement`);
  }
  for (const id of Object.keys(handlers)) {
    if (!apiOperations.some((op) => op.operationId === id))
      throw new Error(`${id} is implemented but not in openapi.yaml`);
  }
}

/**
 * An optional body that was left out validates as an empty object; an operation without one refuses
 * any. Null when the operation needs neither (its body is required). Synchronous: no promise per call.
 */
function bodyRule(op: ContractOperation): preValidationHookHandler | null {
  if (!op.bodySchema)
    return (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
      done(sentBody(request) ? new ApiFailure('SAM0012') : undefined);
    };
  if (!op.bodyRequired)
    return (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction) => {
      if (request.body === undefined) request.body = {};
      done();
    };
  return null;
}

/**
 * A throttled credential check's 429 is held a moment: a flood from one client then idles instead
 * of keeping the machine's cores busy with instant refusals. Only on the credential checks' routes.
 */
function refusalHold(tarpit: RefusalTarpit): onSendHookHandler {
  return async (request, reply, payload) => {
    if (reply.statusCode === 429 && !(await tarpit.hold(request.ip))) reply.header('connection', 'close');
    return payload;
  };
}

interface RouteHooks {
  deps: RouteDeps;
  security: SecurityOptions;
  tarpit: RefusalTarpit;
}

/**
 * One route: its schemas from the contract, its handler typed for exactly this operation, and only
 * the hooks this operation needs, each knowing its operation already.
 */
function routeOperation<Id extends OperationId>(
  app: FastifyInstance,
  op: ContractOperation,
  id: Id,
  handler: HandlerTable[Id],
  { deps, security, tarpit }: RouteHooks,
): void {
  const credentialCheck = CREDENTIAL_CHECKS.has(op.operationId);
  const checkBody = bodyRule(op);
  app.route<OperationRoute<Id>>({
    method: op.method,
    url: op.routePath,
    config: credentialCheck
      ? { rateLimit: { max: security.attemptsPerMinutePerAddress, timeWindow: 60_000 } }
      : {},
    schema: {
      ...(op.paramsSchema ? { params: op.paramsSchema } : {}),
      ...(op.bodySchema ? { body: op.bodySchema } : {}),
    },
    ...(op.isPublic ? {} : { onRequest: [authenticationHook(deps, op)] }),
    ...(checkBody ? { preValidation: [checkBody] } : {}),
    ...(credentialCheck ? { onSend: [refusalHold(tarpit)] } : {}),
    ...(COMPRESSED_BY_HANDLER.has(op.operationId) ? { compress: false as const } : {}),
    handler,
  });
}

/** Registered under the /v1 prefix; its parser and hooks stay inside it. */
export async function localApiPlugin(app: FastifyInstance, { operations, deps, security }: LocalApiOptions) {
  const handlers = handlerTable(deps, operations);
  const apiOperations = operations.filter((op) => !op.outsideApiPrefix);
  checkOneHandlerEach(apiOperations, handlers);

  // JSON bodies; an empty body counts as none, so body-less POSTs with a JSON content type work.
  // Text that is not valid Unicode is refused rather than stored as U+FFFD.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, raw, done) => {
    try {
      done(null, parseJsonBody(raw));
    } catch (error) {
      done(error as ApiFailure, undefined);
    }
  });

  // Every credential check counts per client address before anything else is read (in memory, per process).
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiFailure('SAM0429', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });

  await app.register(authenticationPlugin);

  const hooks: RouteHooks = {
    deps,
    security,
    tarpit: createRefusalTarpit({ ...DEFAULT_TARPIT, delayMs: security.refusalDelayMs }),
  };
  for (const op of apiOperations) {
    const id = op.operationId;
    if (isOperationId(handlers, id)) routeOperation<OperationId>(app, op, id, handlers[id], hooks);
  }
}
