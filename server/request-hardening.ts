// The HTTP edges every answer must keep to {code,message}: bad URLs, huge headers, stray bodies, broken Unicode.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ApiFailure, errorBody, type ErrorCode } from './errors.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isWellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

/** Whether any string in a parsed JSON value (keys included) holds a lone UTF-16 surrogate. */
export function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return !isWellFormed(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, item]) => !isWellFormed(key) || hasLoneSurrogate(item));
  }
  return false;
}

/**
 * A JSON body: an empty one counts as none; bytes that are not UTF-8 and strings with a lone
 * surrogate are refused (400 SAM0013) instead of being stored as U+FFFD; other broken JSON is SAM0001.
 */
export function parseJsonBody(raw: string | Buffer): unknown {
  let source: string;
  try {
    source = typeof raw === 'string' ? raw : strictUtf8.decode(raw);
  } catch {
    throw new ApiFailure('SAM0013');
  }
  if (source.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    throw new ApiFailure('SAM0001');
  }
  if (hasLoneSurrogate(parsed)) throw new ApiFailure('SAM0013');
  return parsed;
}

/** Whether a request came with body bytes (whatever the parser made of them). */
export function sentBody(request: FastifyRequest): boolean {
  const length = Number(request.headers['content-length'] ?? 0);
  return length > 0 || request.headers['transfer-encoding'] !== undefined || request.body !== undefined;
}

function json(failure: ApiFailure): string {
  return JSON.stringify(errorBody(failure.code, failure.params, 'en'));
}

/** Fastify's own early refusals (a %-escape that does not decode, an over-long path segment) as catalogue errors. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const code: ErrorCode = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'SAM0414' : 'SAM0000';
  const failure = new ApiFailure(code);
  void reply
    .code(failure.status)
    .type('application/json')
    .header('cache-control', 'no-store')
    .send(json(failure));
}

/**
 * Errors Node's HTTP parser raises before any request exists (headers too large, a malformed
 * request line): answered on the socket, still as `{code,message}`, then the socket is closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const failure =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new ApiFailure('SAM0431')
      : error.code === 'HPE_URI_TOO_LONG'
        ? new ApiFailure('SAM0414')
        : new ApiFailure('SAM0000');
  const body = json(failure);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${failure.status} ${STATUS_CODES[failure.status] ?? 'Error'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
