// The `npm start` process: reads the environment, builds the app if stale, listens, shuts down cleanly.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { DEFAULT_MAX_ROLES, DEFAULT_MAX_USERS } from '../src/lib/sam-rules.ts';
import { buildApp } from './app.ts';
import { ensureBrowserBuild, loadPageRenderer } from './browser-build.ts';
import { securityFromEnv } from './security-options.ts';
import {
  DEFAULT_SEED_EMAIL,
  DEFAULT_SEED_PASSWORD,
  DEMO_AUTH_KEY,
  DEMO_MFA_SECRET,
  DEMO_USER_PASSWORD,
} from './store/seed.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const env = process.env;

function positiveInteger(name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, not '${raw}'`);
  return value;
}

const port = positiveInteger('PORT', 8080);
const host = env.HOST ?? '127.0.0.1';
const upstream = env.SAM_UPSTREAM || undefined;
const seed = {
  email: env.SAM_SEED_EMAIL || DEFAULT_SEED_EMAIL,
  password: env.SAM_SEED_PASSWORD || DEFAULT_SEED_PASSWORD,
  demoUsers: env.SAM_SEED_DEMO_USERS !== '0',
};

const dbPath = env.SAM_DB || join(projectRoot, 'data', 'sam.db');
const warn = (message: string) => console.warn(`SAM Console: ${message}`);
const build = await ensureBrowserBuild(projectRoot, warn);
// React's production build: the server draws /users with it (the development one is several times slower).
env.NODE_ENV ??= 'production';
const pageRenderer = build === 'no-app' ? undefined : await loadPageRenderer(projectRoot, warn);
const app = await buildApp({
  dbPath,
  upstream,
  maxUsers: positiveInteger('SAM_MAX_USERS', DEFAULT_MAX_USERS),
  maxRoles: positiveInteger('SAM_MAX_ROLES', DEFAULT_MAX_ROLES),
  logger: { level: env.LOG_LEVEL ?? 'warn' },
  security: securityFromEnv(env),
  staticDir: build === 'no-app' ? undefined : join(projectRoot, 'dist'),
  serveSourceMaps: env.SAM_SERVE_SOURCE_MAPS === '1',
  pageRenderer,
  seed,
});

let closing = false;
async function shutDown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  console.log(`SAM Console: ${signal} received, closing.`);
  await app.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutDown('SIGINT'));
process.on('SIGTERM', () => void shutDown('SIGTERM'));

await app.listen({ port, host });
const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
const lines = [`SAM Console is running at ${url}`];
if (upstream) {
  lines.push(`Upstream mode: /v1 is forwarded to ${upstream}. Sign in with your Soracom credentials.`);
} else {
  lines.push(`Local SAM API at ${url}v1 (database ${dbPath}).`);
  if (app.samSeedOperatorId) {
    const password =
      seed.password === DEFAULT_SEED_PASSWORD ? seed.password : '(the password in SAM_SEED_PASSWORD)';
    lines.push(`Sign in as root: ${seed.email} / ${password} (operator ${app.samSeedOperatorId})`);
  } else {
    lines.push(
      `The database was seeded earlier with another email than ${seed.email}: sign in with that operator's credentials.`,
    );
  }
  if (seed.demoUsers && app.samSeedOperatorId) {
    lines.push(
      `Demo SAM users (password '${DEMO_USER_PASSWORD}'): alice-admin (MFA: TOTP secret ${DEMO_MFA_SECRET}), bob-viewer, carol-self-service.`,
      `Demo AuthKey of ci-deployer: ${DEMO_AUTH_KEY.authKeyId} / ${DEMO_AUTH_KEY.authKey}`,
    );
  }
}
if (build === 'no-app')
  lines.push('The browser app is not available (see the warning above); only the API is served.');
console.log(lines.join('\n'));
