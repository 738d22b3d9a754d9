// The console as the browser benchmarks load it: the real server as `npm start` runs it (precompiled by
// `npm run build:server`, dist/ built if stale) on a fresh temporary database, signed in as root over HTTP, with SAM users seeded through the API as an admin makes them.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { callApi, waitForServer } from '../lib/http.ts';
import { encodePageCookie, PAGE_COOKIE, PAGE_COOKIE_PATH } from '../../src/ssr/page-cookie.ts';

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
  /** The page cookie the console writes beside it (src/ssr/page-cookie.ts), for Playwright's addCookies. */
  pageCookie: (locale?: 'en' | 'ja') => { name: string; value: string; url: string };
  stop: () => Promise<void>;
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
    const api = (method: string, path: string, body?: unknown): Promise<unknown> =>
      callApi(base, session, method, path, body);
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
      pageCookie: (locale = 'en') => ({
        name: PAGE_COOKIE,
        value: encodePageCookie({
          session: { ...root, method: 'root', identity: rootEmail },
          locale,
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        }),
        url: `${base}${PAGE_COOKIE_PATH}`,
      }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
