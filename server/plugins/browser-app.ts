// The built browser app (dist/): its files, and index.html for any other page a browser asks for (SPA fallback).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { isApiPath } from '../api-prefix.ts';

export interface BrowserAppOptions {
  /** The build output folder; without an index.html in it nothing is served. */
  staticDir?: string | undefined;
}

export const browserAppPlugin = fp(
  async (app: FastifyInstance, { staticDir }: BrowserAppOptions) => {
    if (staticDir === undefined || !existsSync(join(staticDir, 'index.html'))) return;
    // wildcard: files are looked up per request, so a rebuilt dist/ is served without a restart.
    await app.register(fastifyStatic, { root: staticDir, wildcard: true });

    // A GET no route and no file answered is a page of the app (a deep link such as /users/alice/mfa):
    // answer it with index.html before the 404 handler runs. /v1 misses stay the API's JSON 404.
    app.addHook('preHandler', async (request, reply) => {
      if (!request.is404 || isApiPath(request.url)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      return reply.type('text/html').sendFile('index.html');
    });
  },
  { name: 'browser-app' },
);
