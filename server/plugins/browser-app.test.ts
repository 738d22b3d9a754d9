// Serving the built browser app beside /v1, with SPA fallback and a CSP the app can live with.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_USERS } from '../../src/lib/sam-rules.ts';
import { buildApp } from '../app.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sam-static-'));
  dirs.push(dir);
  return dir;
}

describe('the built app', () => {
  it('is served with SPA fallback; /v1 misses stay JSON 404s', async () => {
    const dist = tempDir();
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>SAM Console</title>');
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    const app = await buildApp({ dbPath: ':memory:', staticDir: dist });

    const root = await app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('SAM Console');
    const csp = String(root.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data:");

    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(1)');

    const deepLink = await app.inject({ method: 'GET', url: '/users/alice/mfa' });
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.headers['content-type']).toMatch(/text\/html/);

    const apiMiss = await app.inject({ method: 'GET', url: '/v1/unknown' });
    expect(apiMiss.statusCode).toBe(404);
    expect(apiMiss.json().code).toBe('SAM0404');
    const postMiss = await app.inject({ method: 'POST', url: '/users' });
    expect(postMiss.statusCode).toBe(404);

    expect((await app.inject({ method: 'GET', url: '/config.json' })).json()).toEqual({
      mode: 'local',
      maxUsers: DEFAULT_MAX_USERS,
    });

    // A rebuild while the server runs adds new hashed assets: they are served at once.
    writeFileSync(join(dist, 'assets', 'rebuilt.js'), 'console.log(2)');
    const rebuilt = await app.inject({ method: 'GET', url: '/assets/rebuilt.js' });
    expect(rebuilt.statusCode).toBe(200);
    expect(rebuilt.body).toBe('console.log(2)');
    await app.close();
  });

  it('tells the browser the local API\'s user limit (SAM_MAX_USERS), for the list\'s "47 of 50"', async () => {
    const app = await buildApp({ dbPath: ':memory:', maxUsers: 1000 });
    expect((await app.inject({ method: 'GET', url: '/config.json' })).json()).toEqual({
      mode: 'local',
      maxUsers: 1000,
    });
    await app.close();
  });

  it('marks every API answer, errors included, as not to be cached', async () => {
    const app = await buildApp({ dbPath: ':memory:' });
    const signIn = await app.inject({
      method: 'POST',
      url: '/v1/auth',
      payload: { email: 'x@example.com', password: 'wrong-password' },
    });
    expect(signIn.statusCode).toBe(401);
    expect(signIn.headers['cache-control']).toBe('no-store');
    const config = await app.inject({ method: 'GET', url: '/config.json' });
    expect(config.headers['cache-control']).not.toBe('no-store');
    await app.close();
  });

  it('reads a query string as no part of the path: /v1?… is the API (no-store, JSON 404), not the app', async () => {
    const app = await buildApp({ dbPath: ':memory:' });
    const bare = await app.inject({ method: 'GET', url: '/v1?probe=1' });
    expect(bare.statusCode).toBe(404);
    expect(bare.headers['cache-control']).toBe('no-store');
    expect(bare.json()).toMatchObject({ code: 'SAM0404' });
    expect(bare.json<{ message: string }>().message).not.toContain('probe');
    await app.close();
  });

  it('without a build, the API still answers and other paths 404', async () => {
    const app = await buildApp({ dbPath: ':memory:', staticDir: join(tempDir(), 'missing') });
    expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'POST', url: '/v1/auth', payload: {} })).statusCode).toBe(400);
    await app.close();
  });
});
