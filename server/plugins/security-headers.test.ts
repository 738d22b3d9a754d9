// Which security headers each kind of answer carries: the app's page policy with the browser app, the API's few with JSON.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isApiPath } from '../api-prefix.ts';
import { buildApp } from '../app.ts';
import { buildTestApp } from '../test-support.ts';
import { API_HEADERS } from './security-headers.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function builtApp(): string {
  const dist = mkdtempSync(join(tmpdir(), 'sam-headers-'));
  dirs.push(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>SAM Console</title>');
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'app-AbC123.js'), 'console.log(1)');
  return dist;
}

describe('security headers', () => {
  it("gives the app's pages helmet's set with the app's CSP, and no API header", async () => {
    const app = await buildApp({ dbPath: ':memory:', staticDir: builtApp() });
    try {
      for (const url of ['/', '/users/alice/mfa']) {
        const page = await app.inject({ url });
        expect(page.headers['content-type']).toMatch(/text\/html/);
        const csp = String(page.headers['content-security-policy']);
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("frame-ancestors 'self'");
        expect(page.headers['x-content-type-options']).toBe('nosniff');
        expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
        expect(page.headers['referrer-policy']).toBe('no-referrer');
        expect(page.headers['cache-control']).toBe('no-cache');
      }
      const asset = await app.inject({ url: '/assets/app-AbC123.js' });
      expect(asset.headers['x-content-type-options']).toBe('nosniff');
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    } finally {
      await app.close();
    }
  });

  it('gives every API answer, a refusal or a miss too, the API set and not the page policy', async () => {
    const t = await buildTestApp();
    try {
      const headers = await t.rootHeaders();
      const answers = [
        await t.call({ url: `${t.operatorPath}/users`, headers }),
        // Refused by the auth hook, before any handler.
        await t.call({ url: `${t.operatorPath}/users` }),
        await t.call({ url: '/v1/unknown?x=1' }),
        await t.call({
          method: 'POST',
          url: '/v1/auth',
          payload: { email: 'nobody@example.com', password: 'x' },
        }),
      ];
      expect(answers.map((answer) => answer.statusCode)).toEqual([200, 401, 404, 401]);
      for (const answer of answers) {
        for (const [name, value] of Object.entries(API_HEADERS))
          expect(answer.headers[name], name).toBe(value);
        expect(String(answer.headers['content-security-policy'])).not.toContain('script-src');
        expect(answer.headers['referrer-policy']).toBeUndefined();
      }
    } finally {
      await t.close();
    }
  });

  it('knows the API by its /v1 prefix alone', () => {
    for (const url of ['/v1', '/v1/', '/v1?x', '/v1/operators/OP1/users', '/v1/auth?lang=ja'])
      expect(isApiPath(url), url).toBe(true);
    for (const url of ['/', '/v10', '/v1x/users', '/users/v1', '/config.json', '/V1/auth'])
      expect(isApiPath(url), url).toBe(false);
  });
});
