// The one error type every API function throws: HTTP status, Soracom error code, message and the permission name of the call.
import { messages } from '../i18n/i18n-store.ts';

/** Permission names look like 'User:createUser': the group and operationId that a permission statement lists. */
export type OperationName = `${string}:${string}`;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when the request never got an answer (network down, server gone). */
  readonly status: number;
  /** Soracom-style code such as 'SAM0004', or 'NETWORK' / 'UNKNOWN' when the body carried none. */
  readonly code: string;
  /** The permission the call needs, so a 403 can say which one the signed-in user lacks. */
  readonly operation: OperationName;
  /** Seconds to wait before trying again, from a 429's (or 503's) Retry-After header. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    operation: OperationName;
    retryAfterSeconds?: number | undefined;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.operation = init.operation;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  get isForbidden(): boolean {
    return this.status === 403;
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The code and message of an error body in either shape Soracom documents: flat `{code, message}`
 * (what the API answers today) or `{errorMessage: {code, message}, httpStatus}` (APICallError).
 */
function errorFields(body: Record<string, unknown>): { code?: string; message?: string } {
  const nested = isRecord(body.errorMessage) ? body.errorMessage : null;
  const source = nested ?? body;
  return {
    ...(typeof source.code === 'string' && source.code !== '' ? { code: source.code } : {}),
    ...(typeof source.message === 'string' && source.message !== '' ? { message: source.message } : {}),
  };
}

/**
 * Retry-After in seconds: HTTP allows a number of seconds or a date. Soracom and the local API
 * answer a 429 with it; the code that comes with it differs, so clients key on these two alone.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^[0-9]+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Reads an error body of either documented shape; anything else (HTML from a proxy, empty body) still yields a readable message. */
export function toApiError(
  status: number,
  body: unknown,
  operation: OperationName,
  headers?: Pick<Headers, 'get'>,
): ApiError {
  const retryAfterSeconds = parseRetryAfter(headers?.get('retry-after'));
  if (isRecord(body)) {
    const { code, message } = errorFields(body);
    return new ApiError({
      status,
      code: code ?? 'UNKNOWN',
      message: message ?? messages().common.apiErrors.status({ status }),
      operation,
      retryAfterSeconds,
    });
  }
  const text = typeof body === 'string' && body.trim() !== '' && body.length < 300 ? body.trim() : '';
  return new ApiError({
    status,
    code: 'UNKNOWN',
    message: text || messages().common.apiErrors.status({ status }),
    operation,
    retryAfterSeconds,
  });
}

/** One sentence for people: a 403 names the lacking permission, a network failure says so. */
export function describeApiError(error: unknown): string {
  if (isApiError(error)) {
    // Keyed on the status and Retry-After, never on the code: Soracom's and the local API's differ.
    if (error.status === 429) {
      const seconds = error.retryAfterSeconds;
      return seconds === undefined
        ? messages().common.apiErrors.tooManyAttemptsLater
        : messages().common.apiErrors.tooManyAttempts({ seconds: Math.max(1, seconds) });
    }
    if (error.status === 403) {
      const lack = messages().common.apiErrors.forbidden({ operation: error.operation });
      // The server's own message usually names the same API; add it only when it says something else.
      return error.message.includes(error.operation) ? lack : `${lack} ${error.message}`;
    }
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return messages().common.states.somethingWrong;
}
