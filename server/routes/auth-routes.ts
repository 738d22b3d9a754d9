// Sign-in, logout and token renewal (tags Auth and Operator).
import { TOKEN_TIMEOUT_DEFAULT } from '../../src/lib/sam-rules.ts';
import { renewToken } from '../auth/sessions.ts';
import { signIn } from '../auth/sign-in.ts';
import type { HandlerTable } from './operation-handler.ts';
import { sessionOf, type RouteDeps } from './route-context.ts';

export function authHandlers(deps: RouteDeps) {
  return {
    async auth(request) {
      return signIn(deps.store, request.body, deps.now());
    },

    async logout(request, reply) {
      deps.store.sessions.remove(sessionOf(request).tokenHash);
      return reply.code(204).send();
    },

    async generateAuthToken(request) {
      const timeout = request.body.tokenTimeoutSeconds ?? TOKEN_TIMEOUT_DEFAULT;
      return { token: renewToken(deps.store, sessionOf(request), timeout, deps.now()) };
    },
  } satisfies Partial<HandlerTable>;
}
