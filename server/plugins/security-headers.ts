// Security headers on every answer, worked out once: helmet's set (with a CSP the built app can live with) on the
// browser app's answers, and on the API's the few a JSON API needs, with no caching.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import { isApiPath } from '../api-prefix.ts';

const HELMET_OPTIONS: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    useDefaults: true,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      // CodeMirror sets inline styles; QR codes and icons may be data: images.
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'upgrade-insecure-requests': null,
    },
  },
  strictTransportSecurity: false,
};

/**
 * The headers helmet sets, worked out once: with these options they are the same for every request
 * (no nonces), so running its middleware per request (~58 µs each) only repeats the same work.
 */
export function securityHeaderSet(): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failed: unknown;
  helmet(HELMET_OPTIONS)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    failed = error;
  });
  if (failed) throw failed instanceof Error ? failed : new Error(String(failed));
  if (!headers['content-security-policy']) throw new Error('helmet set no Content-Security-Policy');
  return Object.freeze(headers);
}

/**
 * What an API answer carries: JSON is never a page, so helmet's page policies (the app's CSP, referrer,
 * opener and DNS-prefetch rules) say nothing there. Kept: no sniffing it into something else, no
 * framing or loading it into another page or origin, and, since an answer can carry a secret (a new
 * AuthKey, a TOTP URI), no cache may keep it, whatever a handler or the upstream said.
 */
export const API_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
});

export const securityHeadersPlugin = fp(
  async (app: FastifyInstance) => {
    const pageHeaders = securityHeaderSet();

    // onSend, which every answer passes (a hook's or the router's early 401, 404 or 429 too), and
    // after the handler, so the API's no-store wins over what a handler or the upstream set. A
    // callback hook: no promise per request.
    app.addHook('onSend', (request, reply, payload, done) => {
      reply.headers(isApiPath(request.url) ? API_HEADERS : pageHeaders);
      done(null, payload);
    });
  },
  { name: 'security-headers' },
);
