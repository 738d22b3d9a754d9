// The benchmark suite: API latency with a large account, sign-in cost, engine speed and memory, against targets.
//
// Run with `npm run bench`. It starts the real server in this process on a temporary database,
// loads it over HTTP like a client would, and writes bench/report.md. It exits 1 when a target is
// missed. Timing belongs here and never in the tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { buildApp } from '../server/app.ts';
import { analyzePermission, evaluateCall } from '../src/permissions/index.ts';

const USERS = 1000;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);

interface Measure {
  name: string;
  value: number;
  unit: string;
  target: string;
  ok: boolean;
}
const measures: Measure[] = [];
function record(name: string, value: number, unit: string, target: number, better: 'lower' | 'higher'): void {
  const ok = better === 'lower' ? value <= target : value >= target;
  measures.push({
    name,
    value: Math.round(value * 100) / 100,
    unit,
    target: `${better === 'lower' ? '≤' : '≥'} ${target} ${unit}`,
    ok,
  });
}

const dir = mkdtempSync(join(tmpdir(), 'sam-bench-'));
const email = 'bench@sam-console.local';
const password = 'bench-password-2026';
const app = await buildApp({
  dbPath: join(dir, 'sam.db'),
  maxUsers: USERS + 10,
  seed: { email, password, demoUsers: false },
});
const operatorId = app.samSeedOperatorId;
if (!operatorId) throw new Error('the bench operator was not seeded');
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('no TCP address');
const base = `http://127.0.0.1:${address.port}/v1`;

async function signIn(): Promise<Record<string, string>> {
  const response = await fetch(`${base}/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const session = (await response.json()) as { apiKey: string; token: string };
  return { 'X-Soracom-API-Key': session.apiKey, 'X-Soracom-Token': session.token };
}

try {
  const headers = await signIn();
  const permission = JSON.stringify({ statements: [{ effect: 'allow', api: ['Sim:*', 'User:get*'] }] });
  let createMs = 0;
  for (let i = 0; i < USERS; i += 1) {
    const name = `user-${String(i).padStart(4, '0')}`;
    const createStart = performance.now();
    const created = await fetch(`${base}/operators/${operatorId}/users/${name}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ description: `Benchmark user number ${i}` }),
    });
    if (created.status !== 201)
      throw new Error(`createUser ${name}: ${created.status} ${await created.text()}`);
    createMs += performance.now() - createStart;
    if (i % 10 === 0) {
      const saved = await fetch(`${base}/operators/${operatorId}/users/${name}/permission`, {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ permission }),
      });
      if (!saved.ok) throw new Error(`updateUserPermission ${name}: ${saved.status} ${await saved.text()}`);
      const key = await fetch(`${base}/operators/${operatorId}/users/${name}/auth_keys`, {
        method: 'POST',
        headers,
      });
      if (!key.ok) throw new Error(`generateUserAuthKey ${name}: ${key.status} ${await key.text()}`);
    }
  }
  record('createUser (each a committed, synced transaction), mean', createMs / USERS, 'ms', 10, 'lower');

  const list = await autocannon({
    url: `${base}/operators/${operatorId}/users`,
    connections: 4,
    duration: DURATION_S,
    headers,
  });
  if (list.non2xx > 0 || list.errors > 0)
    throw new Error(`listUsers: ${list.non2xx} non-2xx, ${list.errors} errors`);
  record(`listUsers with ${USERS} users, p99 latency`, list.latency.p99, 'ms', 100, 'lower');
  record(`listUsers with ${USERS} users, throughput`, list.requests.average, 'req/s', 100, 'higher');

  const one = await autocannon({
    url: `${base}/operators/${operatorId}/users/user-0500`,
    connections: 8,
    duration: DURATION_S,
    headers,
  });
  if (one.non2xx > 0 || one.errors > 0)
    throw new Error(`getUser: ${one.non2xx} non-2xx, ${one.errors} errors`);
  record('getUser, p99 latency', one.latency.p99, 'ms', 10, 'lower');
  record('getUser, throughput', one.requests.average, 'req/s', 5000, 'higher');

  const signInStart = performance.now();
  const SIGN_INS = 20;
  for (let i = 0; i < SIGN_INS; i += 1) await signIn();
  record('root sign-in (scrypt), mean', (performance.now() - signInStart) / SIGN_INS, 'ms', 100, 'lower');

  // The engine: one call against 50 statements, as the server evaluates every SAM-user request.
  const statements = Array.from({ length: 50 }, (_, i) => ({
    effect: i % 7 === 0 ? 'deny' : 'allow',
    api: [`Group${i}:get*`, `Group${i}:list*`],
    condition: i % 5 === 0 ? "ipAddress('10.0.0.0/8') and currentDate >= date(2020, 1, 1)" : undefined,
  }));
  const doc = JSON.stringify(
    { statements: [...statements, { effect: 'allow', api: 'User:listUsers' }] },
    null,
    2,
  );
  const call = {
    api: 'User:listUsers',
    method: 'GET',
    clientIp: '10.1.2.3',
    now: new Date(),
    samUserName: 'alice',
    pathVariables: { operator_id: operatorId },
  };
  if (evaluateCall({ user: doc, defaults: null }, call).allowed !== true)
    throw new Error('the engine benchmark document must allow the call');
  const EVALS = 200_000;
  const evalStart = performance.now();
  for (let i = 0; i < EVALS; i += 1) evaluateCall({ user: doc, defaults: null }, call);
  record(
    'permission evaluation, 51 statements',
    EVALS / ((performance.now() - evalStart) / 1000),
    'calls/s',
    200_000,
    'higher',
  );

  const ANALYSES = 300;
  const analyzeStart = performance.now();
  for (let i = 0; i < ANALYSES; i += 1) analyzePermission(`${doc}${' '.repeat(i)}`); // new text each time: no cache hit
  record(
    'analyze a 51-statement document (uncached)',
    (performance.now() - analyzeStart) / ANALYSES,
    'ms',
    2,
    'lower',
  );

  const rssMiB = process.memoryUsage().rss / 1024 / 1024;
  record('resident memory of server + load generator after the run', rssMiB, 'MiB', 350, 'lower');
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}

const lines = [
  '# Benchmark report',
  '',
  `Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${USERS} SAM users, ${DURATION_S} s per load test.`,
  '',
  '| measure | value | target | met |',
  '| --- | ---: | --- | --- |',
  ...measures.map((m) => `| ${m.name} | ${m.value} ${m.unit} | ${m.target} | ${m.ok ? 'yes' : '**no**'} |`),
  '',
];
writeFileSync(new URL('./report.md', import.meta.url), lines.join('\n'));
console.log(lines.join('\n'));
process.exit(measures.every((m) => m.ok) ? 0 : 1);
