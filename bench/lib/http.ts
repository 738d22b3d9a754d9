// What the benchmarks share to drive a server over HTTP: wait for it to answer, call its API, and run calls a few at a time.
import type { ChildProcess } from 'node:child_process';

/** The headers a signed-in call carries. */
export interface ApiSession {
  apiKey: string;
  token: string;
}

/** Polls `url` until it answers 2xx; fails when the server process exits first or after `attempts` × 200 ms. */
export async function waitForServer(url: string, child: ChildProcess, attempts = 900): Promise<void> {
  for (let i = 0; i < attempts; i += 1) {
    if (child.exitCode !== null) throw new Error('the server exited while starting');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no answer from ${url}`);
}

/** One call to `${base}/v1${path}`, as `session` when given; fails on a non-2xx; answers the JSON body or null. */
export async function callApi(
  base: string,
  session: ApiSession | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${base}/v1${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(session ? { 'X-Soracom-API-Key': session.apiKey, 'X-Soracom-Token': session.token } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text ? (JSON.parse(text) as unknown) : null;
}

/** Runs `task` over `items`, `limit` at a time. */
export async function inBatches<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const item = items[next];
        next += 1;
        if (item !== undefined) await task(item);
      }
    }),
  );
}
