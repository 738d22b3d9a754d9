// GET /users drawn on the server: for a browser whose page cookie names its session (src/ssr/page-cookie.ts), the
// list arrives in the HTML itself, drawn by the browser app's own components (dist-ssr/, built by `vite build`), and
// the browser hydrates it. Without the cookie, or when the page cannot be drawn (the token expired, the principal may
// not list users, the API is down), the browser gets index.html as for any other page and draws the list itself.
//
// The page is asked of this server's own API (app.inject), with the cookie's session in the headers the console
// would send and from the browser's address: the same authentication and permission check (ipAddress() conditions
// included) and, in upstream mode, the same trip to Soracom. The answer holds the operator's users, so no cache keeps it
// (`no-store`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { PageRenderer } from '../../src/ssr/document-request.ts';
import { compressBody, preferredEncoding } from './compression.ts';

export interface ServerRenderOptions {
  /** The build output folder (its index.html is the page's frame). */
  staticDir?: string | undefined;
  /** The loaded entry of dist-ssr/; without it the list is drawn by the browser alone. */
  renderer?: PageRenderer | undefined;
  /** How long the page may wait for its answers before index.html goes instead (default RENDER_BUDGET_MS). */
  budgetMs?: number | undefined;
}

/**
 * The local API answers the list in milliseconds; Soracom's, through the upstream proxy, in a few hundred. Past this,
 * a blank page waiting on a slow upstream would be worse than the browser's own loading state: index.html goes, and
 * the browser asks for the list itself.
 */
export const RENDER_BUDGET_MS = 1000;

/** Settles with `work`'s result, or with null once `ms` have passed first. */
function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export const serverRenderPlugin = fp(
  async (app: FastifyInstance, { staticDir, renderer, budgetMs = RENDER_BUDGET_MS }: ServerRenderOptions) => {
    if (!staticDir || !renderer) return;
    const indexHtml = join(staticDir, 'index.html');
    app.get('/users', async (request, reply) => {
      let page: string | null = null;
      if (request.headers.cookie) {
        try {
          const drawing = renderer.renderUsersDocument({
            cookie: request.headers.cookie,
            url: request.url,
            // Read per page drawn, as the static files are per request: a rebuilt dist/ is served without a restart.
            // In one call: the file is under 1 KB, and the asynchronous read's four trips through libuv's thread
            // pool each waited for the event loop, up to 19 ms in all while the browser starting the page held
            // the CPU (npm run bench, first byte).
            readTemplate: async () => readFileSync(indexHtml, 'utf8'),
            ask: async (path, headers) => {
              // From the browser's address, not the server's own: a permission's ipAddress() condition judges the
              // caller that asked for the page.
              const answer = await app.inject({
                method: 'GET',
                url: path,
                headers,
                remoteAddress: request.ip,
              });
              return { status: answer.statusCode, text: answer.body };
            },
          });
          // A page still drawing when the budget runs out is dropped; its failure then has no one to tell.
          drawing.catch(() => undefined);
          page = await within(drawing, budgetMs);
        } catch (error) {
          // The browser can still draw the page: a failure here costs the head start, not the page.
          request.log.warn({ err: error }, 'drawing /users on the server failed; sending index.html');
        }
      }
      // The same address answers differently with and without the cookie (and the static plugin adds
      // Accept-Encoding to index.html's Vary itself).
      if (page === null) return reply.header('vary', 'cookie').sendFile('index.html');
      // Compressed here in one call (brotli at the plugin's level, about 1 ms for 1,000 users), as listUsers' cached
      // answers are: the plugin's stream passes the page through the thread pool chunk by chunk, and on a busy
      // machine those trips delayed the first byte (10 ms at the median of an interleaved A/B in Chromium).
      const encoding = preferredEncoding(request.headers['accept-encoding']);
      void reply
        .header('vary', 'cookie, accept-encoding')
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8');
      if (!encoding) return reply.send(page);
      return reply.header('content-encoding', encoding).send(compressBody(page, encoding));
    });
  },
  { name: 'server-render', dependencies: ['browser-app'] },
);
