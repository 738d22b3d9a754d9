// The one openapi-fetch client: adds the Soracom headers from the session, reports 401s to listeners and records
// 403s for the session (refused-calls.ts), and nothing else (no UI).
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen.ts';
import { ApiError, toApiError, type OperationName } from './api-error.ts';
import { readSession } from './session-store.ts';
import { recordRefusal } from './refused-calls.ts';
import type { CallTarget } from '../lib/capability-verdicts.ts';
import { currentLocale, messages } from '../i18n/i18n-store.ts';

/** `token`: the token the refused call carried (null when unknown), so a 401 meant for a session replaced since is told apart. */
type Unauthenticated = (error: ApiError, token: string | null) => void;
const unauthenticatedListeners = new Set<Unauthenticated>();

/** Run `listener` whenever a call made with a session is answered 401 (session ended or revoked); returns the unsubscribe. */
export function onUnauthenticated(listener: Unauthenticated): () => void {
  unauthenticatedListeners.add(listener);
  return () => {
    unauthenticatedListeners.delete(listener);
  };
}

function reportUnauthenticated(error: ApiError, token: string | null = null): void {
  for (const listener of unauthenticatedListeners) listener(error, token);
}

/** The token each answer's request carried: a switched session's late 401 must not end the session restored after it. */
const tokenOfResponse = new WeakMap<Response, string | null>();
/** The user each answer's request was about (its path's user_name), so a 403 is remembered for that user only. */
const targetOfResponse = new WeakMap<Response, CallTarget>();

const soracomHeaders: Middleware = {
  onRequest({ request }) {
    const session = readSession();
    // The API speaks the language the screen does: one setting for both.
    request.headers.set('X-Soracom-Lang', currentLocale());
    // POST /auth must go out bare: a stale key/token there would only confuse the server's logs.
    if (session && !request.url.endsWith('/v1/auth')) {
      request.headers.set('X-Soracom-API-Key', session.apiKey);
      request.headers.set('X-Soracom-Token', session.token);
    }
    return request;
  },
  onResponse({ request, response, params }) {
    tokenOfResponse.set(response, request.headers.get('X-Soracom-Token'));
    const userName = params.path?.user_name;
    targetOfResponse.set(response, typeof userName === 'string' ? { userName } : {});
    return response;
  },
};

function build(origin: string, fetchImpl: typeof fetch | undefined) {
  const options = fetchImpl ? { fetch: fetchImpl } : {};
  const api = createClient<paths>({ baseUrl: `${origin}/v1`, ...options });
  api.use(soracomHeaders);
  // /config.json sits beside /v1, not under it.
  const root = createClient<paths>({ baseUrl: origin, ...options });
  return { api, root };
}

let clients = build('', undefined);

/** Point the client at another origin (tests run the real server on an ephemeral port; the browser uses its own origin). */
export function configureApi(options: { origin: string; fetch?: typeof fetch }): void {
  clients = build(options.origin.replace(/\/$/, ''), options.fetch);
}

/** The typed client for /v1 paths. */
export function apiClient() {
  return clients.api;
}

/** The typed client for paths outside /v1 (only /config.json). */
export function rootClient() {
  return clients.root;
}

interface FetchResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

async function settle<D>(
  operation: OperationName,
  pending: Promise<FetchResult<D>>,
  withSession: boolean,
): Promise<FetchResult<D>> {
  let result: FetchResult<D>;
  try {
    result = await pending;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw new ApiError({
      status: 0,
      code: 'NETWORK',
      message: messages().common.apiErrors.unreachable,
      operation,
    });
  }
  if (!result.response.ok) {
    const error = toApiError(result.response.status, result.error, operation, result.response.headers);
    if (error.status === 401 && withSession)
      reportUnauthenticated(error, tokenOfResponse.get(result.response) ?? null);
    // The server's own word on what this token may do: the console stops offering the call (capabilities).
    if (error.status === 403 && withSession)
      recordRefusal(
        operation,
        targetOfResponse.get(result.response) ?? {},
        tokenOfResponse.get(result.response) ?? null,
      );
    throw error;
  }
  return result;
}

/** Awaits a call that answers with a body and returns it, or throws ApiError. */
export async function expectBody<D>(
  operation: OperationName,
  pending: Promise<FetchResult<D>>,
  withSession = true,
): Promise<D> {
  const result = await settle(operation, pending, withSession);
  if (result.data === undefined) {
    throw new ApiError({
      status: result.response.status,
      code: 'EMPTY',
      message: messages().common.apiErrors.emptyBody,
      operation,
    });
  }
  return result.data;
}

/** Like expectBody, with the answer's headers (a paging key travels in one). */
export async function expectBodyAndHeaders<D>(
  operation: OperationName,
  pending: Promise<FetchResult<D>>,
): Promise<{ data: D; headers: Headers }> {
  const result = await settle(operation, pending, true);
  if (result.data === undefined) {
    throw new ApiError({
      status: result.response.status,
      code: 'EMPTY',
      message: messages().common.apiErrors.emptyBody,
      operation,
    });
  }
  return { data: result.data, headers: result.response.headers };
}

/** Awaits a call whose success carries no body (204 and friends), or throws ApiError. */
export async function expectNoBody(
  operation: OperationName,
  pending: Promise<FetchResult<unknown>>,
  withSession = true,
): Promise<void> {
  await settle(operation, pending, withSession);
}

/** Awaits a call whose body is optional (Soracom may send none where the sandbox sends one). */
export async function maybeBody<D>(
  operation: OperationName,
  pending: Promise<FetchResult<D>>,
): Promise<D | undefined> {
  const result = await settle(operation, pending, true);
  return result.data;
}

/** The operator of the current session; calls without a session fail like the server would, with a 401. */
export function currentOperatorId(operation: OperationName): string {
  const session = readSession();
  if (!session) {
    const error = new ApiError({
      status: 401,
      code: 'NO_SESSION',
      message: messages().common.apiErrors.notSignedIn,
      operation,
    });
    reportUnauthenticated(error);
    throw error;
  }
  return session.operatorId;
}
