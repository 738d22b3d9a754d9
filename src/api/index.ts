// The API module's public face: operations, the error type, the session store and the 401 hook.
export * from './operations.ts';
export { ApiError, isApiError, describeApiError, type OperationName } from './api-error.ts';
export { onUnauthenticated, configureApi } from './client.ts';
export {
  readSession,
  writeSession,
  clearSession,
  subscribeSession,
  sessionFromSignIn,
  type Session,
  type SignInMethod,
} from './session-store.ts';
export { userKeys, consoleKeys } from './query-keys.ts';
