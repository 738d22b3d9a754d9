// The console as the browser benchmarks load it: the real server as `npm start` runs it (precompiled by
// `npm run build:server`, dist/ built if stale) on a fresh temporary database, signed in as root over HTTP, with SAM users seeded through the API as an admin makes them.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface RootSession {
  apiKey: string;
  token: string;
  operatorId: string;
}

export interface ConsoleServer {
  base: string;
  root: RootSession;
  rootEmail: string;
  /** Calls the local API as root; answers the parsed body (null for an empty one). */
  api: (method: string, path: string, body?: unknown) => Promise<unknown>;
  /** The localStorage entry the console keeps a session in, for a browser that starts signed in. */
  storedSession: () => { key: string; value: string };
  stop: () => Promise<void>;
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 900; i += 1) {
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

/** Starts `node dist-server/main.js` (built first) on `port` (demo users off unless asked for) and signs root in. */
export async function startConsoleServer({
  port,
  maxUsers = 1000,
  demoUsers = false,
}: {
  port: number;
  maxUsers?: number;
  demoUsers?: boolean;
}): Promise<ConsoleServer> {
  const dir = mkdtempSync(join(tmpdir(), 'sam-bench-browser-'));
  const rootEmail = 'bench-browser@sam-console.test';
  const rootPassword = 'bench-browser-password-1';
  execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: projectRoot, stdio: 'inherit' });
  const child = spawn('node', ['dist-server/main.js'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SAM_DB: join(dir, 'sam.db'),
      SAM_SEED_EMAIL: rootEmail,
      SAM_SEED_PASSWORD: rootPassword,
      SAM_MAX_USERS: String(maxUsers),
      SAM_SEED_DEMO_USERS: demoUsers ? '1' : '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${base}/config.json`, child);
    let session: RootSession | null = null;
    const api = async (method: string, path: string, body?: unknown): Promise<unknown> => {
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
    };
    session = (await api('POST', '/auth', { email: rootEmail, password: rootPassword })) as RootSession;
    const root = session;
    return {
      base,
      root,
      rootEmail,
      api,
      storedSession: () => ({
        key: 'sam-console.session',
        value: JSON.stringify({ ...root, method: 'root', identity: rootEmail }),
      }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
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
