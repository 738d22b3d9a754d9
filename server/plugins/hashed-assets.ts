// The build's hashed scripts and stylesheets (dist/assets/*.js, *.css), kept in memory once read.
//
// A name there carries a hash of its content, so what a name holds never changes: read once (with its .br and .gz
// twins), it is answered from memory from then on. @fastify/static answered each one from the disk, and first listed
// the folder (its check of the path's spelling: over 300 names) on every request: 1.8 ms of the server's CPU per
// file against 0.4 ms from memory, a dozen files per cold /users, on the cores the browser is drawing the page with.
// Files are still found when first asked for, not at start-up, so a rebuilt dist/ is served without a restart.
//
// Answered as @fastify/static answers them: the twin the client accepts, the same Content-Type, ETag and
// Last-Modified (those of the file sent, as @fastify/send makes them), 304 for a tag or date the client holds, and a
// year of caching. Anything else under assets/ (source maps, the twins asked for by name, other kinds of file) is left
// to @fastify/static.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { matchesIfNoneMatch } from '../entity-tags.ts';
import { preferredEncoding, type AnswerEncoding } from './compression.ts';

/** The kinds answered from memory, by extension, with the Content-Type @fastify/static sends them with. */
const TYPES: ReadonlyMap<string, string> = new Map([
  ['.js', 'application/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
]);

/** A name the build writes into assets/: letters, digits, '_', '-' and '.', never first. */
const BUILT_NAME = /^[\w-][\w.-]*$/;

/** What memory may hold at most; past it, files are read from the disk on each request. The build's are 2 MB. */
const MAX_BYTES = 64 * 1024 * 1024;

/** One file as sent: its body with @fastify/send's validators for it. */
interface Representation {
  body: Buffer;
  etag: string;
  lastModified: string;
}

interface HashedAsset {
  type: string;
  plain: Representation;
  br?: Representation | undefined;
  gzip?: Representation | undefined;
}

async function representation(path: string): Promise<Representation | undefined> {
  try {
    const [body, info] = await Promise.all([readFile(path), stat(path)]);
    return {
      body,
      etag: `W/"${info.size.toString(16)}-${info.mtime.getTime().toString(16)}"`,
      lastModified: info.mtime.toUTCString(),
    };
  } catch {
    return undefined;
  }
}

function notModified(request: FastifyRequest, sent: Representation): boolean {
  const tags = request.headers['if-none-match'];
  if (tags !== undefined) return matchesIfNoneMatch(tags, sent.etag.replace(/^W\//, ''));
  const since = request.headers['if-modified-since'];
  if (since === undefined) return false;
  const date = Date.parse(since);
  return Number.isFinite(date) && Date.parse(sent.lastModified) <= date;
}

/**
 * The handler of `GET /assets/:name` over `assetsDir` (the static plugin's root's assets/), answering with
 * `cacheControl`. A name of another kind goes to the static plugin's sendFile, which answers it as before; a name no
 * build writes (a '/' decoded from %2F, a leading dot, '..') is a 404.
 */
export function hashedAssets(
  assetsDir: string,
  cacheControl: string,
): (request: FastifyRequest<{ Params: { name: string } }>, reply: FastifyReply) => Promise<FastifyReply> {
  const kept = new Map<string, Promise<HashedAsset | null>>();
  let keptBytes = 0;

  /** The file and its twins, or null when the folder has no file of that exact name. */
  const load = async (name: string, type: string): Promise<HashedAsset | null> => {
    // Listed once per name, not per request: the exact spelling, so that on a case-insensitive disk another spelling
    // of a name is not a second way to it (as @fastify/static checks).
    const names = await readdir(assetsDir).catch(() => [] as string[]);
    if (!names.includes(name)) return null;
    const path = join(assetsDir, name);
    const [plain, br, gzip] = await Promise.all([
      representation(path),
      names.includes(`${name}.br`) ? representation(`${path}.br`) : undefined,
      names.includes(`${name}.gz`) ? representation(`${path}.gz`) : undefined,
    ]);
    return plain ? { type, plain, br, gzip } : null;
  };

  const find = (name: string, type: string): Promise<HashedAsset | null> => {
    const known = kept.get(name);
    if (known) return known;
    const loading = load(name, type);
    kept.set(name, loading);
    void loading.then((asset) => {
      const bytes = asset
        ? [asset.plain, asset.br, asset.gzip].reduce((sum, r) => sum + (r?.body.length ?? 0), 0)
        : 0;
      // A miss is not kept (the file may be on its way from a build); nor is anything past the limit.
      if (!asset || keptBytes + bytes > MAX_BYTES) kept.delete(name);
      else keptBytes += bytes;
    });
    return loading;
  };

  return async (request, reply) => {
    const { name } = request.params;
    if (!BUILT_NAME.test(name) || name.includes('..')) {
      reply.callNotFound();
      return reply;
    }
    const type = TYPES.get(extname(name));
    if (type === undefined) return reply.sendFile(`assets/${name}`);
    const asset = await find(name, type);
    if (!asset) {
      reply.callNotFound();
      return reply;
    }
    const encoding: AnswerEncoding | null = preferredEncoding(request.headers['accept-encoding']);
    const twin = encoding === null ? undefined : asset[encoding];
    const sent = twin ?? asset.plain;
    void reply
      .header('cache-control', cacheControl)
      .header('vary', 'accept-encoding')
      .header('etag', sent.etag)
      .header('last-modified', sent.lastModified);
    if (notModified(request, sent)) return reply.code(304).send();
    if (twin && encoding) void reply.header('content-encoding', encoding);
    return reply.type(asset.type).send(sent.body);
  };
}
