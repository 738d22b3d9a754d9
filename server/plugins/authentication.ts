// Who is calling, and may they make this call: the auth hook in front of every non-public local API operation.
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import fp from 'fastify-plugin';
import { authorizeCall } from '../auth/authorize.ts';
import { authenticate } from '../auth/sessions.ts';
import { ApiFailure } from '../errors.ts';
import type { ContractOperation } from '../openapi-contract.ts';
import type { RouteDeps } from '../routes/route-context.ts';

/** The route's path variables (before validation, as the router read them from the URL). */
function pathVariablesOf(params: unknown): Record<string, string> {
  const variables: Record<string, string> = {};
  if (typeof params !== 'object' || params === null) return variables;
  for (const [name, value] of Object.entries(params)) if (typeof value === 'string') variables[name] = value;
  return variables;
}

function operatorInPath(params: unknown): unknown {
  return typeof params === 'object' && params !== null
    ? (params as { operator_id?: unknown }).operator_id
    : undefined;
}

/** Checks the session and the call; throws the 401, 403 or operator mismatch. */
function checkCall(deps: RouteDeps, op: ContractOperation, request: FastifyRequest): void {
  const now = deps.now();
  const session = authenticate(
    deps.store,
    request.headers['x-soracom-api-key'],
    request.headers['x-soracom-token'],
    now,
  );
  request.samSession = session;
  const operatorId = operatorInPath(request.params);
  if (operatorId !== undefined && operatorId !== session.operatorId) throw new ApiFailure('SAM0202');
  if (session.kind === 'root') return;
  const decision = authorizeCall(session.principal, {
    api: op.api,
    method: request.method,
    pathVariables: pathVariablesOf(request.params),
    clientIp: request.ip,
    now,
  });
  if (!decision.allowed) {
    request.log.info({ api: decision.api, reason: decision.reason }, 'call denied');
    throw new ApiFailure('SAM0201', { api: decision.api });
  }
}

/**
 * The onRequest hook of one non-public operation: it runs before the body is read, so an
 * unauthenticated or unauthorized caller never gets a body parsed or validated. Root passes; a SAM
 * user needs a permission allowing the call. Made per route, so the operation is at hand without
 * asking the request for its route options (a new object on every read), and synchronous: the
 * check awaits nothing, so no promise per call.
 */
export function authenticationHook(deps: RouteDeps, op: ContractOperation) {
  return (request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    try {
      checkCall(deps, op, request);
    } catch (error) {
      done(error as Error);
      return;
    }
    done();
  };
}

/** Gives every request of the local API its session slot (set by authenticationHook). */
export const authenticationPlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('samSession', null);
  },
  { name: 'authentication' },
);
