// Sign-in, logout and token renewal (tags Auth and Operator).
import { TOKEN_TIMEOUT_DEFAULT } from '../../src/lib/sam-rules.ts';
import { actorOf, recordAudit } from '../audit/audit-trail.ts';
import { renewToken } from '../auth/sessions.ts';
import { signIn } from '../auth/sign-in.ts';
import type { HandlerTable } from './operation-handler.ts';
import { sessionOf, type RouteDeps } from './route-context.ts';

export function authHandlers(deps: RouteDeps) {
  return {
    async auth(request) {
      return signIn(deps, request.body, deps.now(), {
        address: request.ip,
        requestPath: request.url.split('?')[0] ?? request.url,
        log: request.log,
      });
    },

    async logout(request, reply) {
      const now = deps.now();
      deps.store.db.transaction(() => {
        deps.store.sessions.remove(sessionOf(request).tokenHash);
        recordAudit(deps.store.audit, actorOf(request), { event: 'logout', statusCode: 204 }, now);
      })();
      return reply.code(204).send();
    },

    async generateAuthToken(request) {
      const timeout = request.body.tokenTimeoutSeconds ?? TOKEN_TIMEOUT_DEFAULT;
      const now = deps.now();
      return deps.store.db.transaction(() => {
        const token = renewToken(deps.store, sessionOf(request), timeout, now);
        recordAudit(deps.store.audit, actorOf(request), { event: 'generateAuthToken', statusCode: 200 }, now);
        return { token };
      })();
    },
  } satisfies Partial<HandlerTable>;
}
