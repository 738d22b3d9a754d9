// Hardening benchmarks: a wrong-password flood on one account must not slow another's sign-in, and
// 2,000 distinct 64 KB permission saves must leave the server under 300 MB of RSS.
//
// Run with `npm run bench:hardening`. The server runs as its own process (`server/main.ts` on a
// temporary database, loopback only); the flood comes from a second process (bench/flood-worker.ts)
// bound to 127.0.0.2, bounded in connections, time and count. Writes bench/hardening-report.md and
// exits 1 when a target is missed. Timing belongs here, never in the tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 8813);
const FLOOD_SECONDS = Number(process.env.BENCH_FLOOD_SECONDS ?? 15);
const FLOOD_CONNECTIONS = 50;
const FLOOD_MAX_REQUESTS = 50_000;
const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 40);
const SAVES = Number(process.env.BENCH_SAVES ?? 2000);
const base = `http://127.0.0.1:${PORT}/v1`;
const email = 'bench@sam-console.local';
const password = 'bench-password-2026';

interface Measure {
  name: string;
  value: string;
  target: string;
  ok: boolean;
}
const measures: Measure[] = [];

const dir = mkdtempSync(join(tmpdir(), 'sam-bench-hardening-'));
let server: ChildProcess | undefined;
const stopServer = async () => {
  const running = server;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.on('exit', resolve));
  running.kill('SIGTERM');
  await exited;
};
/** A fresh server process on a fresh database, so each measure starts from the same state. */
function startServer(name: string): ChildProcess {
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      SAM_DB: join(dir, name, 'sam.db'),
      SAM_SEED_EMAIL: email,
      SAM_SEED_PASSWORD: password,
      SAM_SEED_DEMO_USERS: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return server;
}
process.on('exit', () => {
  if (server && server.exitCode === null) server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

async function waitForServer(): Promise<void> {
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/config.json`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the server did not start');
}

async function call(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

async function signIn(body: object): Promise<{ headers: Record<string, string>; operatorId: string }> {
  const response = await call('POST', '/auth', {}, body);
  const session = (await response.json()) as { apiKey: string; token: string; operatorId: string };
  return {
    headers: { 'X-Soracom-API-Key': session.apiKey, 'X-Soracom-Token': session.token },
    operatorId: session.operatorId,
  };
}

function p99(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? NaN;
}

/** Sequential sign-ins of one account, each timed end to end. */
async function timeSignIns(body: object, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    await signIn(body);
    samples.push(performance.now() - start);
  }
  return samples;
}

function rssMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) =>
    Number(
      /^(\S+):\s+(\d+) kB$/m.exec(status.split('\n').find((l) => l.startsWith(field)) ?? '')?.[2] ?? NaN,
    );
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/** A valid permission document just under 64 KB, different for each `n`. */
function largeDocument(n: number): string {
  const parts: string[] = [];
  let length = '{"statements":[]}'.length;
  for (let i = 0; ; i += 1) {
    const part = JSON.stringify({
      effect: i % 5 === 0 ? 'deny' : 'allow',
      api: [`User:get${n}x${i}`, `Sim:list${n}y${i}`, 'Role:*'],
      condition: `ipAddress('10.${n % 250}.${i % 250}.0/24')`,
    });
    if (length + part.length + 1 > 65_000) return `{"statements":[${parts.join(',')}]}`;
    parts.push(part);
    length += part.length + 1;
  }
}

startServer('flood');
await waitForServer();
let rootSession = await signIn({ email, password });
let operatorId = rootSession.operatorId;
let usersPath = `/operators/${operatorId}/users`;
for (const name of ['flooded', 'bystander']) {
  await call('POST', `${usersPath}/${name}`, rootSession.headers);
  await call('POST', `${usersPath}/${name}/password`, rootSession.headers, {
    password: `${name}-password-1`,
  });
}
const bystander = { operatorId, userName: 'bystander', password: 'bystander-password-1' };

// 1. The bystander's sign-in, idle, then during a flood of wrong passwords on another account.
await timeSignIns(bystander, 5); // warm-up
const idle = await timeSignIns(bystander, SIGN_INS);
const worker = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    'bench/flood-worker.ts',
    base,
    operatorId,
    'flooded',
    String(FLOOD_CONNECTIONS),
    String(FLOOD_SECONDS),
    String(FLOOD_MAX_REQUESTS),
  ],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
let floodReport = '';
worker.stdout?.on('data', (chunk: Buffer) => (floodReport += chunk.toString('utf8')));
const floodDone = new Promise<void>((resolve) => worker.on('exit', () => resolve()));
await new Promise((resolve) => setTimeout(resolve, 2000)); // let the flood reach full speed
const underFlood = await timeSignIns(bystander, SIGN_INS);
await floodDone;
const flood = JSON.parse(floodReport.trim() || '{"sent":0,"statuses":{}}') as {
  sent: number;
  statuses: Record<string, number>;
};
const idleP99 = p99(idle);
const floodP99 = p99(underFlood);
measures.push({
  name: `bystander sign-in p99, idle (${SIGN_INS} sequential sign-ins)`,
  value: `${idleP99.toFixed(1)} ms`,
  target: '(reference)',
  ok: true,
});
measures.push({
  name: `bystander sign-in p99 during a ${FLOOD_CONNECTIONS}-connection wrong-password flood on another account`,
  value: `${floodP99.toFixed(1)} ms (${(floodP99 / idleP99).toFixed(2)}× idle)`,
  target: '≤ 2× idle',
  ok: floodP99 <= 2 * idleP99,
});
measures.push({
  name: 'flood answers (status: count)',
  value: Object.entries(flood.statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join(', '),
  target: 'almost all 429',
  ok: (flood.statuses['429'] ?? 0) >= 0.9 * flood.sent,
});

// 2. Memory after distinct 64 KB permission saves, on a fresh server.
await stopServer();
const pid = startServer('memory').pid ?? 0;
await waitForServer();
rootSession = await signIn({ email, password });
operatorId = rootSession.operatorId;
usersPath = `/operators/${operatorId}/users`;
await call('POST', `${usersPath}/saver`, rootSession.headers);
const startMemory = rssMiB(pid);
const target = `${usersPath}/saver/permission`;
const saveStart = performance.now();
let documentBytes = 0;
for (let n = 0; n < SAVES; n += 1) {
  const permission = largeDocument(n);
  documentBytes = permission.length;
  await call('PUT', target, rootSession.headers, { permission });
}
const saveSeconds = (performance.now() - saveStart) / 1000;
const memory = rssMiB(pid);
measures.push({
  name: `server RSS after ${SAVES} distinct ${Math.round(documentBytes / 1024)} KB permission saves (${saveSeconds.toFixed(0)} s)`,
  value: `${memory.rss.toFixed(0)} MiB (peak ${memory.peak.toFixed(0)} MiB; ${startMemory.rss.toFixed(0)} MiB before)`,
  target: '< 300 MiB',
  ok: memory.rss < 300 && memory.peak < 300,
});

await stopServer();
const lines = [
  '# Hardening benchmark report',
  '',
  `Made by \`npm run bench:hardening\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}; the server and the flood in separate processes on loopback.`,
  '',
  '| measure | value | target | met |',
  '| --- | --- | --- | --- |',
  ...measures.map((m) => `| ${m.name} | ${m.value} | ${m.target} | ${m.ok ? 'yes' : 'NO'} |`),
  '',
];
writeFileSync(join(root, 'bench', 'hardening-report.md'), lines.join('\n'));
console.log(lines.join('\n'));
process.exitCode = measures.every((m) => m.ok) ? 0 : 1;
