// GET /users drawn on the server for a browser with the page cookie: the real renderer (src/ssr/render-page.tsx, the
// source the build compiles into dist-ssr/) over the real API, and index.html whenever the page cannot be drawn.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { buildTestApp, type TestApp } from '../../server/test-support.ts';
import type { PageRenderer } from './document-request.ts';
import { encodePageCookie, PAGE_COOKIE } from './page-cookie.ts';
import type { Session } from '../api/session-store.ts';
import type { RenderedState } from './rendered-state.ts';

const INDEX_HTML =
  '<!doctype html>\n<html lang="en">\n  <head><title>SAM Console</title></head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n';
// A description that would end the state's element, or turn into a replacement pattern, if written as it is.
const TRICKY = "ends </script><b>here</b> and $' $& stay";

let dist: string;
let test: TestApp;
let root: Session;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'sam-server-render-'));
  writeFileSync(join(dist, 'index.html'), INDEX_HTML);
  const renderer: PageRenderer = await import('./render-page.tsx');
  await renderer.prepareServerRender();
  test = await buildTestApp({ staticDir: dist, pageRenderer: renderer });
  const headers = await test.rootHeaders();
  for (const userName of ['alice', 'bob']) {
    const created = await test.call({
      method: 'POST',
      url: `${test.operatorPath}/users/${userName}`,
      headers,
      payload: { description: userName === 'alice' ? TRICKY : 'plain' },
    });
    expect(created.statusCode).toBe(201);
  }
  root = {
    apiKey: headers['x-soracom-api-key'] ?? '',
    token: headers['x-soracom-token'] ?? '',
    operatorId: test.operatorId,
    method: 'root',
    identity: test.root.email,
  };
}, 60_000);

afterAll(async () => {
  await test.close();
  rmSync(dist, { recursive: true, force: true });
});

const cookieOf = (session: Session, locale: 'en' | 'ja' = 'en', timeZone = 'UTC') =>
  `other=1; ${PAGE_COOKIE}=${encodePageCookie({ session, locale, timeZone })}`;

/** Signs a SAM user in and answers the session the console would keep (and copy into the page cookie). */
async function samUserSession(userName: string, password: string): Promise<Session> {
  const headers = await test.signInUser(userName, password);
  return {
    apiKey: headers['x-soracom-api-key'] ?? '',
    token: headers['x-soracom-token'] ?? '',
    operatorId: test.operatorId,
    userName,
    method: 'user',
  };
}

function stateIn(html: string): RenderedState {
  const match = /<script type="application\/json" id="sam-console-rendered">([^<]*)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no rendered state in the page');
  return JSON.parse(match[1]) as RenderedState;
}

describe('GET /users drawn on the server', () => {
  it('draws the list for the cookie’s session, with the answers it was drawn from beside it', async () => {
    const page = await test.call({ url: '/users', headers: { cookie: cookieOf(root) } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    // It holds the operator's users: no cache may keep it, and without the cookie the address answers otherwise.
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers.vary).toMatch(/cookie/i);
    const html = page.body;
    expect(html).toMatch(/<tr[^>]*>.*href="\/users\/alice\/overview"/);
    expect(html).toContain('href="/users/bob/overview"');
    expect(html).toContain(`Signed in as`);
    expect(html).toContain('<title>Users · SAM Console</title>');

    const state = stateIn(html);
    const list = await test.call({ url: `${test.operatorPath}/users`, headers: await test.rootHeaders() });
    expect(state.users).toEqual(list.json());
    expect(state.locale).toBe('en');
    expect(state.config).toMatchObject({ mode: 'local' });
    expect(state.of).toMatch(/^[0-9a-f]+$/);
    expect(html).not.toContain(root.token);
  });

  it('sends the page compressed as the browser asks, and says that it varies by it', async () => {
    const cookie = cookieOf(root);
    const brotli = await test.call({ url: '/users', headers: { cookie, 'accept-encoding': 'gzip, br' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    const gzip = await test.call({ url: '/users', headers: { cookie, 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const identity = await test.call({ url: '/users', headers: { cookie, 'accept-encoding': 'identity' } });
    expect(identity.headers['content-encoding']).toBeUndefined();
    for (const [answer, html] of [
      [brotli, brotliDecompressSync(brotli.rawPayload).toString('utf8')],
      [gzip, gunzipSync(gzip.rawPayload).toString('utf8')],
      [identity, identity.body],
    ] as const) {
      expect(answer.statusCode).toBe(200);
      expect(answer.headers.vary).toMatch(/cookie/i);
      expect(answer.headers.vary).toMatch(/accept-encoding/i);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(html).toContain('href="/users/bob/overview"');
      expect(stateIn(html).users.map((user) => user.userName)).toEqual(['alice', 'bob']);
    }
  });

  it('keeps a description that looks like markup or a replacement pattern as text', async () => {
    const html = (await test.call({ url: '/users', headers: { cookie: cookieOf(root) } })).body;
    // In the state: '<' escaped, so the element ends only where it should; the text comes back whole.
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(stateIn(html).users.find((user) => user.userName === 'alice')?.description).toBe(TRICKY);
    // In the row: escaped by React, '$' patterns untouched.
    expect(html).toContain('ends &lt;/script&gt;&lt;b&gt;here&lt;/b&gt; and $&#x27; $&amp; stay');
  });

  it('draws in the cookie’s language and time zone, and sets <html lang>', async () => {
    const ja = (await test.call({ url: '/users', headers: { cookie: cookieOf(root, 'ja', 'Asia/Tokyo') } }))
      .body;
    expect(ja).toContain('<html lang="ja"');
    expect(ja).toContain('<title>SAM ユーザー · SAM Console</title>');
    expect(ja).toContain('サインイン中');
    expect(ja).not.toContain('Signed in as');
    const tokyo = /<time dateTime="[^"]+" title="([^"]+)"/.exec(ja)?.[1];
    expect(tokyo).toMatch(/JST|GMT\+9/);
    // The state says so, for the browser to hydrate only in the same language and zone.
    expect(stateIn(ja)).toMatchObject({ locale: 'ja', timeZone: 'Asia/Tokyo' });
    const newYork = (
      await test.call({ url: '/users', headers: { cookie: cookieOf(root, 'en', 'America/New_York') } })
    ).body;
    expect(/<time dateTime="[^"]+" title="([^"]+)"/.exec(newYork)?.[1]).toMatch(/EST|EDT|GMT-[45]/);
    expect(stateIn(newYork)).toMatchObject({ locale: 'en', timeZone: 'America/New_York' });
  });

  it('draws the page the URL asks for: its search and sort', async () => {
    const html = (await test.call({ url: '/users?q=bob', headers: { cookie: cookieOf(root) } })).body;
    expect(html).toContain('href="/users/bob/overview"');
    expect(html).not.toContain('href="/users/alice/overview"');
  });

  it('sends index.html, for the browser to draw, without a cookie or with one it cannot draw for', async () => {
    const expired: Session = { ...root, token: 'not-a-live-token' };
    const cases: Record<string, string | undefined> = {
      'no cookie': undefined,
      'another cookie only': 'other=1',
      'not JSON': `${PAGE_COOKIE}=%7Bnope`,
      'an unknown time zone': `${PAGE_COOKIE}=${encodePageCookie({ session: root, locale: 'en', timeZone: 'Mars/Base' })}`,
      'a token the API refuses': cookieOf(expired),
    };
    for (const [name, cookie] of Object.entries(cases)) {
      const page = await test.call({ url: '/users', headers: cookie ? { cookie } : {} });
      expect(page.statusCode, name).toBe(200);
      expect(page.body, name).toBe(INDEX_HTML);
      expect(page.headers['cache-control'], name).toBe('no-cache');
    }
  });

  it('sends index.html to a SAM user who may not list users', async () => {
    await test.createUserWithPassword('carol', 'carol-password-1');
    const carol = await samUserSession('carol', 'carol-password-1');
    const list = await test.call({
      url: `${test.operatorPath}/users`,
      headers: { 'x-soracom-api-key': carol.apiKey, 'x-soracom-token': carol.token },
    });
    expect(list.statusCode).toBe(403);
    const page = await test.call({ url: '/users', headers: { cookie: cookieOf(carol) } });
    expect(page.body).toBe(INDEX_HTML);
  });

  it('asks the API from the browser’s address, so an ipAddress() condition holds as for the browser’s own calls', async () => {
    await test.createUserWithPassword('dave', 'dave-password-1');
    const rootHeaders = await test.rootHeaders();
    const permission = {
      statements: [{ effect: 'allow', api: ['User:listUsers'], condition: "ipAddress('198.51.100.0/24')" }],
    };
    const saved = await test.call({
      method: 'PUT',
      url: `${test.operatorPath}/users/dave/permission`,
      headers: rootHeaders,
      payload: { permission: JSON.stringify(permission) },
    });
    expect(saved.statusCode).toBe(200);
    const dave = await samUserSession('dave', 'dave-password-1');
    const inside = await test.call({
      url: '/users',
      headers: { cookie: cookieOf(dave) },
      remoteAddress: '198.51.100.7',
    });
    expect(inside.body).toContain('href="/users/dave/overview"');
    const outside = await test.call({
      url: '/users',
      headers: { cookie: cookieOf(dave) },
      remoteAddress: '203.0.113.9',
    });
    expect(outside.body).toBe(INDEX_HTML);
  });

  it('sends index.html when the answers take longer than the budget, as from a slow upstream', async () => {
    let asked = 0;
    const slow = createServer((_request, response) => {
      asked += 1;
      // Longer than the test's budget below, and than the test itself would wait for.
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('[]');
      }, 30_000).unref();
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const { port } = slow.address() as AddressInfo;
    const renderer: PageRenderer = await import('./render-page.tsx');
    const upstreamApp = await buildApp({
      upstream: `http://127.0.0.1:${port}`,
      staticDir: dist,
      pageRenderer: renderer,
      pageRenderBudgetMs: 200,
    });
    try {
      const page = await upstreamApp.inject({ url: '/users', headers: { cookie: cookieOf(root) } });
      expect(asked).toBe(1);
      expect(page.statusCode).toBe(200);
      expect(page.body).toBe(INDEX_HTML);
    } finally {
      slow.closeAllConnections();
      slow.close();
      await upstreamApp.close();
    }
  });
});
