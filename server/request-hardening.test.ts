// Every answer at the HTTP edges is {code,message}: bad escapes, long segments, huge headers, stray bodies, broken Unicode.
import { request as httpRequest } from 'node:http';
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestApp } from './use-test-app.ts';

const { t, root: headers } = useTestApp();
let port: number;

beforeEach(async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});

/** A raw HTTP request, so that what Node's parser refuses is seen as a client sees it. */
function raw(
  path: string,
  extraHeaders: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers: extraHeaders }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectErrorBody(body: string, code: RegExp | string = /^[A-Z]{3}[0-9]{4}$/): void {
  const parsed = JSON.parse(body) as Record<string, unknown>;
  expect(Object.keys(parsed).sort()).toEqual(['code', 'message']);
  expect(parsed.code).toMatch(code);
  expect(typeof parsed.message).toBe('string');
}

describe('the URL', () => {
  it('a %-escape that does not decode is a 400 SAM0000', async () => {
    const res = await raw(`${t.operatorPath}/users/%E0%A4%A`, headers);
    expect(res.status).toBe(400);
    expectErrorBody(res.body, 'SAM0000');
  });

  it('a path segment longer than the router takes is a 414 SAM0414', async () => {
    const res = await raw(`${t.operatorPath}/users/${'a'.repeat(1001)}`, headers);
    expect(res.status).toBe(414);
    expectErrorBody(res.body, 'SAM0414');
  });

  it('an unknown path is a 404 SAM0404, and a known path with the wrong method too', async () => {
    const unknown = await raw('/v1/nothing-here', headers);
    expect(unknown.status).toBe(404);
    expectErrorBody(unknown.body, 'SAM0404');
    const wrongMethod = await raw('/v1/auth', {}, 'PATCH');
    expect(wrongMethod.status).toBe(404);
    expectErrorBody(wrongMethod.body, 'SAM0404');
  });
});

describe('headers', () => {
  it('headers over the size limit are a 431 SAM0431', async () => {
    const res = await raw('/v1/auth', { 'x-filler': 'x'.repeat(20_000) });
    expect(res.status).toBe(431);
    expectErrorBody(res.body, 'SAM0431');
  });
});

describe('bodies', () => {
  it('an operation without a request body refuses one, and changes nothing', async () => {
    expect(
      (await t.call({ method: 'POST', url: `${t.operatorPath}/users/keep-me`, headers })).statusCode,
    ).toBe(201);
    const res = await t.call({
      method: 'DELETE',
      url: `${t.operatorPath}/users/keep-me`,
      headers,
      payload: { x: 1 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'SAM0012', message: expect.any(String) });
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users/keep-me`, headers })).statusCode,
    ).toBe(200);
  });

  it('an empty JSON body still counts as none', async () => {
    const res = await t.call({
      method: 'POST',
      url: '/v1/auth/logout',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '',
    });
    expect(res.statusCode).toBe(204);
  });

  it('a lone surrogate in a string is refused, not stored as U+FFFD', async () => {
    const res = await t.call({
      method: 'POST',
      url: `${t.operatorPath}/users/surrogate`,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"description":"a\\ud800b"}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('SAM0013');
    expect(
      (await t.call({ method: 'GET', url: `${t.operatorPath}/users/surrogate`, headers })).statusCode,
    ).toBe(404);
  });

  it('bytes that are not UTF-8 are refused', async () => {
    const res = await t.call({
      method: 'POST',
      url: `${t.operatorPath}/users/bad-bytes`,
      headers: { ...headers, 'content-type': 'application/json' },
      payload: Buffer.concat([
        Buffer.from('{"description":"'),
        Buffer.from([0xed, 0xa0, 0x80]),
        Buffer.from('"}'),
      ]),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('SAM0013');
  });

  it('a surrogate pair (an emoji) is fine', async () => {
    const res = await t.call({
      method: 'POST',
      url: `${t.operatorPath}/users/emoji`,
      headers,
      payload: { description: 'ok 😀' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().description).toBe('ok 😀');
  });
});
