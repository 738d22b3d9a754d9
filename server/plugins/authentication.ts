// Who is calling, and may they make this call: the auth hook in front of every non-public local API operation.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { authorizeCall } from '../auth/authorize.ts';
import { authenticate } from '../auth/sessions.ts';
import { ApiFailure } from '../errors.ts';
import type { RouteDeps } from '../routes/route-context.ts';

/** The route's path variables (before validation, as the router read them from the URL). */
function pathVariablesOf(params: unknown): Record<string, string> {
  const variables: Record<string, string> = {};
  if (typeof params !== 'object' || params === null) return variables;
  for (const [name, value] of Object.entries(params)) if (typeof value === 'string') variables[name] = value;
  return variables;
}

/**
 * Runs on onRequest, before the body is read: an unauthenticated or unauthorized caller never
 * gets a body parsed or validated. Root passes; a SAM user needs a permission allowing the call.
 */
export const authenticationPlugin = fp(
  async (app: FastifyInstance, deps: RouteDeps) => {
    app.decorateRequest('samSession', null);

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
      const pathVariables = pathVariablesOf(request.params);
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
  },
  { name: 'authentication' },
);
