// The API module's public face: operations, the error type, the session store (and its hooks) and the 401 hook.
export * from './operations.ts';
export { ApiError, isApiError, describeApiError, type OperationName } from './api-error.ts';
export { onUnauthenticated, configureApi } from './client.ts';
export {
  readSession,
  getSessionState,
  writeSession,
  clearSession,
  subscribeSession,
  sessionFromSignIn,
  type Session,
  type SessionState,
  type SessionEnd,
  type SignInMethod,
} from './session-store.ts';
export { useSession, useSessionState } from './use-session.ts';
