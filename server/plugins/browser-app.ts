// The built browser app (dist/): its files as a real server sends them, and index.html for any other page a browser asks for (SPA fallback).
//
// - Precompressed: the build writes .br and .gz beside each file; they are sent as they are.
// - In memory: the hashed scripts and stylesheets, once read (hashed-assets.ts).
// - Cached: files under assets/ carry a content hash in their name, so a browser keeps them a
//   year without asking again; index.html (and anything else) is revalidated on every load
//   (`no-cache`, answered 304 through its ETag when unchanged).
// - Source maps stay on the server unless asked for (serveSourceMaps): they hold the source.
// - /v1 belongs to the API: a miss there is its JSON 404, without looking at the disk.
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { API_PREFIX, isApiPath } from '../api-prefix.ts';
import { hashedAssets } from './hashed-assets.ts';

export interface BrowserAppOptions {
  /** The build output folder; without an index.html in it nothing is served. */
  staticDir?: string | undefined;
  /** Serve the build's .map files too (default: no). */
  serveSourceMaps?: boolean | undefined;
}

export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE = 'no-cache';

/** Paths that name a build file, never a page: a miss there is a 404, not index.html. */
function isFilePath(path: string): boolean {
  return path.startsWith('/assets/') || path.endsWith('.map');
}

export const browserAppPlugin = fp(
  async (app: FastifyInstance, { staticDir, serveSourceMaps = false }: BrowserAppOptions) => {
    if (staticDir === undefined || !existsSync(join(staticDir, 'index.html'))) return;
    const assetsDir = `${join(staticDir, 'assets')}${sep}`;
    // wildcard: files are looked up per request, so a rebuilt dist/ is served without a restart.
    await app.register(fastifyStatic, {
      root: staticDir,
      wildcard: true,
      preCompressed: true,
      cacheControl: false,
      // In any letter case: a case-insensitive disk finds index.js.map as index.js.MAP too.
      allowedPath: (pathname) => serveSourceMaps || !pathname.toLowerCase().endsWith('.map'),
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.startsWith(assetsDir) ? HASHED_ASSET_CACHE : REVALIDATE_CACHE);
      },
    });

    // The hashed scripts and stylesheets, from memory once read (hashed-assets.ts); compressed by the build already.
    app.get('/assets/:name', { compress: false }, hashedAssets(assetsDir, HASHED_ASSET_CACHE));

    // The static wildcard would otherwise look up /v1/... on disk before the 404. In upstream
    // mode the proxy already owns /v1/*.
    for (const url of [API_PREFIX, `${API_PREFIX}/*`]) {
      if (!app.hasRoute({ method: 'GET', url })) app.get(url, (_request, reply) => reply.callNotFound());
    }

    // A GET no route and no file answered is a page of the app (a deep link such as /users/alice/mfa):
    // answer it with index.html before the 404 handler runs. /v1 misses stay the API's JSON 404.
    // A callback hook, not an async one: it runs before every route, API calls included, and most
    // pass straight through (a promise per request was ~5 µs of getUser's ~48 µs).
    app.addHook('preHandler', (request, reply, done) => {
      const page =
        request.is404 &&
        !isApiPath(request.url) &&
        (request.method === 'GET' || request.method === 'HEAD') &&
        !isFilePath(request.url.split('?')[0] ?? '');
      if (!page) {
        done();
        return;
      }
      // Answered here: done() is not called, so nothing else handles the request.
      void reply.type('text/html').sendFile('index.html');
    });
  },
  { name: 'browser-app' },
);
