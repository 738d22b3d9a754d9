// Part (b) and the memory half of (e) of `npm run bench`: getUser and listUsers of 1,000 users against a bare
// Fastify route and Prism's mock, and the server's resident memory idle and after that load.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchContext, BenchPart } from './lib/part.ts';
import { load, type LoadResult } from './lib/load.ts';
import { start, treeRssMiB, waitForStatus, type Started } from './lib/processes.ts';
import { formatSpread, ratioRow, spread, type BenchRow, type BenchSection } from './lib/report.ts';

const USERS = 1000;
const CONNECTIONS = 50;
const EMAIL = 'bench@sam-console.local';
const PASSWORD = 'bench-password-2026';

/** The precompiled server as `npm start` runs it, on a temporary database with room for the users. */
export function startOurServer(port: number, dbPath: string, extraEnv: Record<string, string> = {}): Started {
  return start(process.execPath, ['dist-server/main.js'], {
    PORT: String(port),
    SAM_DB: dbPath,
    SAM_MAX_USERS: String(USERS + 10),
    SAM_SEED_EMAIL: EMAIL,
    SAM_SEED_PASSWORD: PASSWORD,
    SAM_SEED_DEMO_USERS: '0',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  });
}

interface Session {
  headers: Record<string, string>;
  operatorId: string;
}

async function signIn(base: string): Promise<Session> {
  const response = await fetch(`${base}/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { apiKey: string; token: string; operatorId: string };
  return {
    headers: { 'X-Soracom-API-Key': body.apiKey, 'X-Soracom-Token': body.token },
    operatorId: body.operatorId,
  };
}

/** 1,000 users, every tenth with a permission and an AuthKey; the mean time of one createUser. */
async function seedUsers(base: string, session: Session): Promise<number> {
  const { headers, operatorId } = session;
  const json = { ...headers, 'content-type': 'application/json' };
  const permission = JSON.stringify({ statements: [{ effect: 'allow', api: ['Sim:*', 'User:get*'] }] });
  let createMs = 0;
  for (let i = 0; i < USERS; i += 1) {
    const name = `user-${String(i).padStart(4, '0')}`;
    const path = `${base}/operators/${operatorId}/users/${name}`;
    const began = performance.now();
    const created = await fetch(path, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ description: `Benchmark user number ${i}` }),
    });
    if (created.status !== 201)
      throw new Error(`createUser ${name}: ${created.status} ${await created.text()}`);
    createMs += performance.now() - began;
    if (i % 10 === 0) {
      const saved = await fetch(`${path}/permission`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({ permission }),
      });
      if (!saved.ok) throw new Error(`updateUserPermission ${name}: ${saved.status} ${await saved.text()}`);
      const key = await fetch(`${path}/auth_keys`, { method: 'POST', headers });
      if (!key.ok) throw new Error(`generateUserAuthKey ${name}: ${key.status} ${await key.text()}`);
    }
  }
  return createMs / USERS;
}

async function getJson(url: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

const rps = (results: LoadResult[]) => spread(results.map((r) => r.requestsPerSecond));
const p99 = (results: LoadResult[]) => spread(results.map((r) => r.p99));

export const serverPart: BenchPart = {
  name: 'server',
  async run({ seconds, rounds, ports }: BenchContext): Promise<BenchSection[]> {
    const dir = mkdtempSync(join(tmpdir(), 'sam-bench-'));
    const [ourPort, barePort, prismPort] = [ports.server, ports.server + 1, ports.server + 2];
    const ours = startOurServer(ourPort, join(dir, 'sam.db'));
    const started: Started[] = [ours];
    try {
      const origin = `http://127.0.0.1:${ourPort}`;
      await waitForStatus(ours, `${origin}/config.json`);
      const idleRss = treeRssMiB(ours.pid);
      const base = `${origin}/v1`;
      const session = await signIn(base);
      const createMs = await seedUsers(base, session);

      const userPath = `/operators/${session.operatorId}/users/user-0500`;
      const listPath = `/operators/${session.operatorId}/users`;
      const bodies = join(dir, 'bodies.json');
      writeFileSync(
        bodies,
        JSON.stringify({
          user: await getJson(`${base}${userPath}`, session.headers),
          users: await getJson(`${base}${listPath}`, session.headers),
        }),
      );
      const bare = start(process.execPath, [
        '--import',
        'tsx',
        'bench/bare-route.ts',
        String(barePort),
        bodies,
      ]);
      started.push(bare);
      // Prism on our contract (openapi.yaml, written from Soracom's document), static examples, as `prism mock` runs by default.
      const prism = start(process.execPath, [
        'node_modules/@stoplight/prism-cli/dist/index.js',
        'mock',
        'openapi.yaml',
        '--host',
        '127.0.0.1',
        '--port',
        String(prismPort),
      ]);
      started.push(prism);
      await waitForStatus(bare, `http://127.0.0.1:${barePort}/ready`);
      // Prism answers 401 without the API key headers; 200 once it is up.
      for (;;) {
        try {
          const probe = await fetch(`http://127.0.0.1:${prismPort}${userPath}`, { headers: session.headers });
          await probe.arrayBuffer();
          if (probe.ok) break;
        } catch {
          // Not yet listening.
        }
        if (prism.child.exitCode !== null) throw new Error(`Prism exited:\n${prism.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }

      const targets = {
        getUser: {
          ours: `${origin}/v1${userPath}`,
          bare: `http://127.0.0.1:${barePort}/v1${userPath}`,
          prism: `http://127.0.0.1:${prismPort}${userPath}`,
        },
        listUsers: {
          ours: `${origin}/v1${listPath}`,
          bare: `http://127.0.0.1:${barePort}/v1${listPath}`,
          prism: `http://127.0.0.1:${prismPort}${listPath}`,
        },
      };
      type Op = keyof typeof targets;
      type Who = keyof (typeof targets)['getUser'];
      const results: Record<Op, Record<Who, LoadResult[]>> = {
        getUser: { ours: [], bare: [], prism: [] },
        listUsers: { ours: [], bare: [], prism: [] },
      };
      // Interleaved: each round measures every target once, so a busy moment hits all of them alike.
      for (let round = 0; round < rounds; round += 1) {
        for (const op of ['getUser', 'listUsers'] as const) {
          for (const who of ['ours', 'bare', 'prism'] as const) {
            const result = await load({
              url: targets[op][who],
              connections: CONNECTIONS,
              seconds,
              headers: session.headers,
            });
            results[op][who].push(result);
            console.log(`  round ${round + 1} ${op} ${who}: ${Math.round(result.requestsPerSecond)} req/s`);
          }
        }
      }
      const loadedRss = treeRssMiB(ours.pid);

      const SIGN_INS = 20;
      const signInStart = performance.now();
      for (let i = 0; i < SIGN_INS; i += 1) await signIn(base);
      const signInMs = (performance.now() - signInStart) / SIGN_INS;

      const rows: BenchRow[] = [];
      for (const op of ['getUser', 'listUsers'] as const) {
        const label = op === 'getUser' ? 'getUser' : `listUsers (${USERS.toLocaleString('en-US')} users)`;
        const r = results[op];
        rows.push(
          { measure: `${label}, ours`, value: formatSpread(rps(r.ours), 'req/s'), target: '—', met: null },
          {
            measure: `${label}, bare Fastify route`,
            value: formatSpread(rps(r.bare), 'req/s'),
            target: '(reference)',
            met: null,
          },
          {
            measure: `${label}, Prism mock`,
            value: formatSpread(rps(r.prism), 'req/s'),
            target: '(reference)',
            met: null,
          },
        );
        const oursMedian = rps(r.ours).median;
        if (op === 'getUser') {
          rows.push(
            ratioRow('getUser ÷ bare route', oursMedian, rps(r.bare).median, 0.5, 'higher', '≥ 0.5×'),
            ratioRow('getUser ÷ Prism', oursMedian, rps(r.prism).median, 3, 'higher', '≥ 3×'),
          );
        } else {
          rows.push(
            {
              ...ratioRow('listUsers ÷ bare route', oursMedian, rps(r.bare).median, 0, 'higher', ''),
              target: '—',
              met: null,
            },
            // Prism answers one example user: a peer for the request path, not for the 1,000-user body.
            {
              ...ratioRow(
                'listUsers ÷ Prism (one example user)',
                oursMedian,
                rps(r.prism).median,
                0,
                'higher',
                '',
              ),
              target: '—',
              met: null,
            },
          );
        }
        rows.push({
          measure: `${label}, ours, p99 latency`,
          value: formatSpread(p99(r.ours), 'ms'),
          target: '—',
          met: null,
        });
      }
      rows.push(
        {
          measure: 'createUser (a committed, synced transaction), mean of 1,000',
          value: `${createMs.toFixed(2)} ms`,
          target: '≤ 10 ms',
          met: createMs <= 10,
        },
        {
          measure: 'root sign-in (scrypt), mean of 20',
          value: `${signInMs.toFixed(1)} ms`,
          target: '≤ 100 ms',
          met: signInMs <= 100,
        },
      );

      return [
        {
          title: '(b) getUser and listUsers against a bare route and Prism',
          method: [
            `${CONNECTIONS} connections, ${seconds} s each, GET with a root session's headers; autocannon in its own`,
            `process (bench/load-worker.ts); ${rounds} interleaved rounds (ours, bare, Prism; getUser then listUsers),`,
            'min / **median** / max of the rounds, ratios from the medians. Ours: the precompiled server',
            '(`node dist-server/main.js`, as `npm start`) on a temporary SQLite file with 1,000 users (every tenth',
            'with a permission and an AuthKey), no compression asked. Bare route: Fastify with no plugins or hooks',
            '(bench/bare-route.ts) answering the same JSON bodies ours gave. Prism: `prism mock openapi.yaml`',
            '(@stoplight/prism-cli 5.14.2, our contract written from Soracom’s document; static examples, so its',
            'listUsers is one example user, not 1,000).',
          ].join('\n'),
          rows,
        },
        {
          title: '(e) Memory',
          method:
            'Resident memory (VmRSS) of the server’s process tree: after start-up with the empty database (idle), and after the (b) load above.',
          rows: [
            {
              measure: 'RSS idle, after start-up',
              value: `${idleRss.toFixed(0)} MiB`,
              target: '≤ 150 MiB',
              met: idleRss <= 150,
            },
            {
              measure: 'RSS after the load, 1,000 users',
              value: `${loadedRss.toFixed(0)} MiB`,
              target: '≤ 250 MiB',
              met: loadedRss <= 250,
            },
          ],
        },
      ];
    } finally {
      for (const child of started.reverse()) await child.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
