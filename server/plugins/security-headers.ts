// Security headers on every answer (helmet's set, with a CSP the built app can live with) and no caching of the API.
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

export const securityHeadersPlugin = fp(
  async (app: FastifyInstance) => {
    const headers = securityHeaderSet();

    // onRequest, so that answers a hook or the router sends early (401, 404, 429) carry them too.
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });

    // API answers can carry secrets (a new AuthKey, a TOTP URI): no cache may keep them, whatever a
    // handler or the upstream said.
    app.addHook('onSend', (request, reply, payload, done) => {
      if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
      done(null, payload);
    });
  },
  { name: 'security-headers' },
);
