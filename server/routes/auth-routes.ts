// Sign-in, logout and token renewal (tags Auth and Operator).
import type { components } from '../../src/api/schema.gen.ts';
import { TOKEN_TIMEOUT_DEFAULT } from '../../src/lib/sam-rules.ts';
import { renewToken } from '../auth/sessions.ts';
import { signIn } from '../auth/sign-in.ts';
import { bodyOf, sessionOf, type HandlerTable, type RouteDeps } from './route-context.ts';

type SignInRequest = components['schemas']['SignInRequest'];
type NewTokenRequest = components['schemas']['NewTokenRequest'];
type NewTokenResponse = components['schemas']['NewTokenResponse'];

export function authHandlers(deps: RouteDeps): HandlerTable {
  return {
    async auth(request) {
      return signIn(deps.store, bodyOf<SignInRequest>(request), deps.now());
    },

    async logout(request, reply) {
      deps.store.sessions.remove(sessionOf(request).tokenHash);
      return reply.code(204).send();
    },

    async generateAuthToken(request): Promise<NewTokenResponse> {
      const timeout = bodyOf<NewTokenRequest>(request).tokenTimeoutSeconds ?? TOKEN_TIMEOUT_DEFAULT;
      return { token: renewToken(deps.store, sessionOf(request), timeout, deps.now()) };
    },
  };
}
