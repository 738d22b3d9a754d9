// How the built app's files leave the server: precompressed, cached by kind, revalidated by ETag, maps kept back, /v1 kept off the disk.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { buildTestApp } from './test-support.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const script = `console.log(${JSON.stringify('x'.repeat(2000))});`;

/** A dist/ as the build leaves it: hashed assets with .br/.gz twins and a map, index.html with twins. */
function builtApp(): string {
  const dist = mkdtempSync(join(tmpdir(), 'sam-serving-'));
  dirs.push(dist);
  const html = `<!doctype html><title>SAM Console</title>${'<!-- padding -->'.repeat(60)}`;
  writeFileSync(join(dist, 'index.html'), html);
  writeFileSync(join(dist, 'index.html.br'), brotliCompressSync(html));
  writeFileSync(join(dist, 'index.html.gz'), gzipSync(html));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'index-AbC123.js'), script);
  writeFileSync(join(dist, 'assets', 'index-AbC123.js.br'), brotliCompressSync(script));
  writeFileSync(join(dist, 'assets', 'index-AbC123.js.gz'), gzipSync(script));
  writeFileSync(join(dist, 'assets', 'index-AbC123.js.map'), '{"version":3}');
  // A file where an API path would be: it must never be served.
  mkdirSync(join(dist, 'v1'));
  writeFileSync(join(dist, 'v1', 'secret.txt'), 'not the API');
  return dist;
}

describe('serving the built app', () => {
  it('sends the brotli or gzip twin the browser accepts, and the plain file to one that accepts neither', async () => {
    const app = await buildApp({ dbPath: ':memory:', staticDir: builtApp() });
    const br = await app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gz = await app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);

    // A deep link gets index.html, compressed too.
    const page = await app.inject({ url: '/users/alice/mfa', headers: { 'accept-encoding': 'br' } });
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(brotliDecompressSync(page.rawPayload).toString()).toContain('SAM Console');
    await app.close();
  });

  it('lets browsers keep hashed assets a year, revalidates index.html, and answers an unchanged one 304', async () => {
    const app = await buildApp({ dbPath: ':memory:', staticDir: builtApp() });
    const asset = await app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'br' } });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    for (const url of ['/', '/index.html', '/users']) {
      const page = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(page.statusCode).toBe(200);
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    const first = await app.inject({ url: '/index.html', headers: { 'accept-encoding': 'br' } });
    const etag = first.headers.etag;
    expect(typeof etag).toBe('string');
    const again = await app.inject({
      url: '/index.html',
      headers: { 'accept-encoding': 'br', 'if-none-match': String(etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    await app.close();
  });

  it('keeps source maps back unless asked, and a missing asset is a 404, not the app page', async () => {
    const dist = builtApp();
    const app = await buildApp({ dbPath: ':memory:', staticDir: dist });
    const map = await app.inject({ url: '/assets/index-AbC123.js.map' });
    expect(map.statusCode).toBe(404);
    expect(map.body).not.toContain('"version"');
    const missing = await app.inject({ url: '/assets/gone-123.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).not.toMatch(/text\/html/);
    await app.close();

    const debugging = await buildApp({ dbPath: ':memory:', staticDir: dist, serveSourceMaps: true });
    const served = await debugging.inject({ url: '/assets/index-AbC123.js.map' });
    expect(served.statusCode).toBe(200);
    expect(served.body).toBe('{"version":3}');
    await debugging.close();
  });

  it('reads a hashed asset from the disk once, finds files a rebuild adds, and does not remember a miss', async () => {
    const dist = builtApp();
    const app = await buildApp({ dbPath: ':memory:', staticDir: dist });
    const asset = join(dist, 'assets', 'index-AbC123.js');
    const first = await app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'br' } });
    expect(brotliDecompressSync(first.rawPayload).toString()).toBe(script);
    // The name carries a hash of the content, so what was read stands even if the disk changes under it.
    for (const file of [asset, `${asset}.br`, `${asset}.gz`]) rmSync(file);
    const kept = await app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(kept.statusCode).toBe(200);
    expect(gunzipSync(kept.rawPayload).toString()).toBe(script);

    const later = 'console.log("rebuilt");';
    const missing = await app.inject({ url: '/assets/index-New456.js' });
    expect(missing.statusCode).toBe(404);
    writeFileSync(join(dist, 'assets', 'index-New456.js'), later);
    const found = await app.inject({ url: '/assets/index-New456.js', headers: { 'accept-encoding': 'br' } });
    expect(found.statusCode).toBe(200);
    expect(found.headers['content-encoding']).toBeUndefined();
    expect(found.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(found.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(found.body).toBe(later);
    const tag = await app.inject({
      url: '/assets/index-New456.js',
      headers: { 'if-none-match': String(found.headers.etag) },
    });
    expect(tag.statusCode).toBe(304);
    await app.close();
  });

  it('refuses source maps in any letter case, and names no build writes', async () => {
    const dist = builtApp();
    // A case-insensitive disk (macOS, Windows) finds index-AbC123.js.map under this name too.
    writeFileSync(join(dist, 'assets', 'index-AbC123.js.MAP'), '{"version":3}');
    const app = await buildApp({ dbPath: ':memory:', staticDir: dist });
    for (const url of [
      '/assets/index-AbC123.js.MAP',
      '/assets/..%2Findex.html',
      '/assets/.hidden.js',
      '/assets/index-abc123.js',
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('"version"');
      expect(response.headers['content-type'], url).not.toMatch(/text\/html/);
    }
    await app.close();
  });

  it('answers /v1 paths as the API, never with a file of the build', async () => {
    const app = await buildApp({ dbPath: ':memory:', staticDir: builtApp() });
    for (const url of ['/v1/secret.txt', '/v1', '/v1/unknown']) {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'SAM0404' });
      expect(response.headers['cache-control']).toBe('no-store');
    }
    await app.close();
  });
});

describe('compressing API answers', () => {
  it('compresses JSON above 1 KB for a client that accepts it, and leaves small answers as they are', async () => {
    const test = await buildTestApp();
    try {
      const headers = await test.rootHeaders();
      const small = await test.call({ url: '/v1/unknown', headers: { 'accept-encoding': 'br, gzip' } });
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(small.json()).toMatchObject({ code: 'SAM0404' });

      for (let i = 0; i < 12; i += 1) {
        const created = await test.call({
          method: 'POST',
          url: `${test.operatorPath}/users/big-${i}`,
          headers,
          payload: { description: `A user whose description makes the list long, number ${i}.` },
        });
        expect(created.statusCode).toBe(201);
      }
      const list = {
        url: `${test.operatorPath}/users`,
        headers: { ...headers, 'accept-encoding': 'br, gzip' },
      };
      const br = await test.call(list);
      expect(br.headers['content-encoding']).toBe('br');
      const users = JSON.parse(brotliDecompressSync(br.rawPayload).toString()) as unknown[];
      expect(users).toHaveLength(12);
      const gz = await test.call({ ...list, headers: { ...headers, 'accept-encoding': 'gzip' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toHaveLength(12);
      const plain = await test.call({ ...list, headers });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.json()).toHaveLength(12);
    } finally {
      await test.close();
    }
  });

  it('compresses a kept getUser above 1 KB once, as the client accepts, and again after a change', async () => {
    const test = await buildTestApp();
    try {
      const headers = await test.rootHeaders();
      const url = `${test.operatorPath}/users/long-description`;
      const write = async (method: 'POST' | 'PUT', description: string) =>
        expect((await test.call({ method, url, headers, payload: { description } })).statusCode).toBeLessThan(
          300,
        );
      await write('POST', 'a'.repeat(1000));
      const plain = await test.call({ url, headers });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toMatch(/accept-encoding/i);
      expect(plain.body.length).toBeGreaterThan(1024);

      const br = await test.call({ url, headers: { ...headers, 'accept-encoding': 'gzip, br' } });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toMatch(/^application\/json/);
      // Each encoding is its own representation, so it has its own strong tag; either tag names this version.
      expect(br.headers.etag).not.toBe(plain.headers.etag);
      expect(br.headers.etag).toMatch(/^"[^"]+-br"$/);
      for (const [tag, encoding] of [
        [br.headers.etag, 'identity'],
        [plain.headers.etag, 'br'],
      ]) {
        const unchanged = await test.call({
          url,
          headers: { ...headers, 'accept-encoding': String(encoding), 'if-none-match': String(tag) },
        });
        expect(unchanged.statusCode).toBe(304);
      }
      expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
      const again = await test.call({ url, headers: { ...headers, 'accept-encoding': 'br' } });
      expect(again.rawPayload.equals(br.rawPayload)).toBe(true);
      const gz = await test.call({ url, headers: { ...headers, 'accept-encoding': 'br;q=0, gzip' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
      const neither = await test.call({
        url,
        headers: { ...headers, 'accept-encoding': 'br;q=0, gzip;q=0' },
      });
      expect(neither.headers['content-encoding']).toBeUndefined();
      expect(neither.body).toBe(plain.body);

      await write('PUT', 'b'.repeat(1000));
      const changed = await test.call({ url, headers: { ...headers, 'accept-encoding': 'br' } });
      expect(JSON.parse(brotliDecompressSync(changed.rawPayload).toString())).toMatchObject({
        description: 'b'.repeat(1000),
      });
      const stale = await test.call({
        url,
        headers: { ...headers, 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) },
      });
      expect(stale.statusCode).toBe(200);

      // A short answer leaves as it is, whatever the client accepts.
      await write('PUT', 'short');
      const small = await test.call({ url, headers: { ...headers, 'accept-encoding': 'br' } });
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(small.json()).toMatchObject({ description: 'short' });
    } finally {
      await test.close();
    }
  });
});
