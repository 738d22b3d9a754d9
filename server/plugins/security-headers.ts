// Security headers on every answer (helmet, with a CSP the built app can live with) and no caching of the API.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
import { isApiPath } from '../api-prefix.ts';

export const securityHeadersPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(helmet, {
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
      hsts: false,
    });

    // API answers can carry secrets (a new AuthKey, a TOTP URI): no cache may keep them.
    app.addHook('onSend', async (request, reply) => {
      if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
    });
  },
  { name: 'security-headers' },
);
