// Upstream mode: a second local instance plays Soracom; /v1 is forwarded over real HTTP, nothing stored locally.
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { resolveUpstream } from './upstream-proxy.ts';
import { buildTestApp, type TestApp } from '../test-support.ts';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return `http://127.0.0.1:${address.port}`;
}

async function upstreamPair(): Promise<{ target: TestApp; proxyUrl: string; proxy: FastifyInstance }> {
  const target = await buildTestApp();
  closers.push(() => target.close());
  const targetUrl = await listen(target.app);
  const proxy = await buildApp({ upstream: `${targetUrl}/v1` });
  closers.push(() => proxy.close());
  return { target, proxy, proxyUrl: await listen(proxy) };
}

describe('resolveUpstream', () => {
  it('knows the two coverages and takes a URL as the API base', () => {
    expect(resolveUpstream('jp')).toEqual({ url: 'https://api.soracom.io/v1', coverage: 'jp' });
    expect(resolveUpstream('g')).toEqual({ url: 'https://g.api.soracom.io/v1', coverage: 'g' });
    expect(resolveUpstream('http://127.0.0.1:9000/v1/')).toEqual({
      url: 'http://127.0.0.1:9000/v1',
      coverage: 'custom',
    });
    expect(resolveUpstream('http://127.0.0.1:9000')).toEqual({
      url: 'http://127.0.0.1:9000/v1',
      coverage: 'custom',
    });
    expect(() => resolveUpstream('ftp://example.com')).toThrow(/SAM_UPSTREAM/);
  });
});

describe('upstream mode', () => {
  it('forwards sign-in and user calls, with their status codes and error bodies', async () => {
    const { target, proxy, proxyUrl } = await upstreamPair();
    expect(proxy.samStore).toBeNull();

    const config = await (await fetch(`${proxyUrl}/config.json`)).json();
    expect(config).toEqual({
      mode: 'upstream',
      coverage: 'custom',
      upstreamUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/v1$/),
    });

    const signIn = await fetch(`${proxyUrl}/v1/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: target.root.email, password: target.root.password }),
    });
    expect(signIn.status).toBe(200);
    const session = (await signIn.json()) as { apiKey: string; token: string; operatorId: string };
    expect(session.operatorId).toBe(target.operatorId);
    const headers = {
      'x-soracom-api-key': session.apiKey,
      'x-soracom-token': session.token,
      'content-type': 'application/json',
    };

    const created = await fetch(`${proxyUrl}/v1/operators/${target.operatorId}/users/via-proxy`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ description: 'made upstream' }),
    });
    expect(created.status).toBe(201);
    // It exists upstream, not in the proxy.
    const direct = await target.call({
      method: 'GET',
      url: `${target.operatorPath}/users/via-proxy`,
      headers: { 'x-soracom-api-key': session.apiKey, 'x-soracom-token': session.token },
    });
    expect(direct.json().description).toBe('made upstream');

    const missing = await fetch(`${proxyUrl}/v1/operators/${target.operatorId}/users/ghost`, { headers });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 'SAM0301', message: "No SAM user named 'ghost'." });

    const ja = await fetch(`${proxyUrl}/v1/operators/${target.operatorId}/users`, {
      headers: { 'x-soracom-lang': 'ja' },
    });
    expect(ja.status).toBe(401);
    expect(await ja.json()).toMatchObject({
      message: 'X-Soracom-API-Key ヘッダーと X-Soracom-Token ヘッダーが必要です。',
    });

    const noContent = await fetch(`${proxyUrl}/v1/auth/logout`, {
      method: 'POST',
      headers: { 'x-soracom-api-key': session.apiKey, 'x-soracom-token': session.token },
    });
    expect(noContent.status).toBe(204);
  });

  it('answers 502 without details when the upstream is down', async () => {
    const down = await buildApp({ dbPath: ':memory:' });
    const downUrl = await listen(down);
    await down.close();
    const proxy = await buildApp({ upstream: downUrl });
    closers.push(() => proxy.close());
    const proxyUrl = await listen(proxy);
    const res = await fetch(`${proxyUrl}/v1/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.c', password: 'x' }),
    });
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ code: 'AGW0005', message: 'The upstream API could not be reached.' });
  });
});
