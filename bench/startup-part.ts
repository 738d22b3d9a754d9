// Part (e) of `npm run bench`, start-up: spawn the server as `npm start` runs it and time the first 200 on /config.json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchContext, BenchPart } from './lib/part.ts';
import { start, waitForStatus, type Started } from './lib/processes.ts';
import { formatSpread, ratioRow, spread, type BenchSection } from './lib/report.ts';
import { startOurServer } from './server-part.ts';

type Way = 'fresh' | 'restart' | 'tsx' | 'npm';

/** Starts one way, times the first 200 on /config.json from the spawn, stops it. */
async function timeStart(way: Way, port: number, dbPath: string): Promise<number> {
  const began = performance.now();
  let server: Started;
  if (way === 'fresh' || way === 'restart') server = startOurServer(port, dbPath);
  else
    server = start(
      way === 'tsx' ? process.execPath : 'npm',
      way === 'tsx' ? ['--import', 'tsx', 'server/main.ts'] : ['start'],
      {
        PORT: String(port),
        SAM_DB: dbPath,
        LOG_LEVEL: 'warn',
      },
    );
  try {
    return await waitForStatus(server, `http://127.0.0.1:${port}/config.json`, 200, began);
  } finally {
    await server.stop();
  }
}

export const startupPart: BenchPart = {
  name: 'startup',
  async run({ rounds, ports }: BenchContext): Promise<BenchSection[]> {
    const times: Record<Way, number[]> = { fresh: [], restart: [], tsx: [], npm: [] };
    for (let round = 0; round < rounds; round += 1) {
      const dir = mkdtempSync(join(tmpdir(), 'sam-bench-start-'));
      try {
        const dbPath = join(dir, 'sam.db');
        // The first start creates, migrates and seeds the database; the others open it.
        for (const way of ['fresh', 'restart', 'tsx', 'npm'] as const) {
          const ms = await timeStart(way, ports.startup, dbPath);
          times[way].push(ms);
          console.log(`  round ${round + 1} start-up ${way}: ${Math.round(ms)} ms`);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const s = (way: Way) => spread(times[way]);
    return [
      {
        title: '(e) Start-up',
        method: [
          `Time from spawn to the first 200 on /config.json (polled every 10 ms), ${rounds} interleaved rounds,`,
          'min / **median** / max. Precompiled: `node dist-server/main.js`, what `npm start` runs after its',
          '`prestart` build; first on a new database (created, migrated, seeded with an operator), then',
          'restarted on it. For reference, the same restart through tsx (`node --import tsx server/main.ts`, as',
          'before) and through `npm start` itself (npm, then the esbuild build, then node). The browser app is',
          'already built (a stale build would be rebuilt on start).',
        ].join('\n'),
        rows: [
          {
            measure: 'precompiled, new database',
            value: formatSpread(s('fresh'), 'ms'),
            target: '—',
            met: null,
          },
          {
            measure: 'precompiled, existing database',
            value: formatSpread(s('restart'), 'ms'),
            target: '—',
            met: null,
          },
          {
            measure: 'tsx, existing database',
            value: formatSpread(s('tsx'), 'ms'),
            target: '(reference)',
            met: null,
          },
          {
            measure: '`npm start`, existing database',
            value: formatSpread(s('npm'), 'ms'),
            target: '(reference)',
            met: null,
          },
          ratioRow(
            'precompiled ÷ tsx (existing database)',
            s('restart').median,
            s('tsx').median,
            0.75,
            'lower',
            '≤ 0.75×',
          ),
        ],
      },
    ];
  },
};
