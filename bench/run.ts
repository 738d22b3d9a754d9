// `npm run bench`: one run of every part, each against its floor or peer, written to bench/report.md.
//
// Each part (bench/*-part.ts) starts what it measures in child processes (servers, Prism, the load
// generator) and returns report sections; this file only runs them in order and writes the report.
// It exits 1 when a target is missed. Timing belongs here and never in the tests.
//
// BENCH_SECONDS (default 5) is the length of each load test and BENCH_ROUNDS (default 3) the number of
// interleaved rounds; `BENCH_SECONDS=1 BENCH_ROUNDS=1 npm run bench` is the quick check.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ensureBrowserBuild } from '../server/browser-build.ts';
import { browserParts } from './browser/index.ts';
import { enginePart } from './engine-part.ts';
import type { BenchContext, BenchPart } from './lib/part.ts';
import { PROJECT_ROOT } from './lib/processes.ts';
import { machineLine, renderSection, type BenchSection } from './lib/report.ts';
import { serverPart } from './server-part.ts';
import { startupPart } from './startup-part.ts';

/** The parts of the run, in order; the browser's (bundle floor, cold /users, Lighthouse) are listed in bench/browser/index.ts. */
const allParts: BenchPart[] = [serverPart, startupPart, enginePart, ...browserParts];
// BENCH_PARTS=server,startup runs only the parts whose names contain one of the words (the report says which ran).
const only = (process.env.BENCH_PARTS ?? '').split(',').filter(Boolean);
const parts =
  only.length === 0 ? allParts : allParts.filter((p) => only.some((word) => p.name.includes(word)));
if (parts.length === 0) throw new Error(`BENCH_PARTS=${only.join(',')} names no part`);

const positive = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const context: BenchContext = {
  seconds: positive('BENCH_SECONDS', 5),
  rounds: positive('BENCH_ROUNDS', 3),
  // 5580-5589 by default: ours, the bare route and Prism from .server; start-ups on .startup; the browser's from .browser.
  ports: (() => {
    const first = positive('BENCH_PORT', 5580);
    return { server: first, startup: first + 3, browser: first + 4 };
  })(),
};

// What the parts start must be current: the browser app (else the server would build it while being
// timed) and the precompiled server.
const build = await ensureBrowserBuild(PROJECT_ROOT, (message) => console.warn(message));
if (build === 'no-app' || build === 'stale') throw new Error('the browser app did not build');
execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: PROJECT_ROOT, stdio: 'inherit' });

const loadBefore = loadavg();
const began = new Date();
const sections: BenchSection[] = [];
for (const part of parts) {
  console.log(`${part.name}…`);
  sections.push(...(await part.run(context)));
}
const loadAfter = loadavg();

const REPORT = new URL('./report.md', import.meta.url);
// The user list's own section (npx tsx bench/user-list.ts) and what follows it (the pointer to the
// hardening report) are kept as they were.
const previous = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '';
const kept = /<!-- user-list:start -->[\s\S]*$/.exec(previous)?.[0] ?? '';
const fmt = (load: number[]) => load.map((n) => n.toFixed(2)).join(', ');
const missed = sections.flatMap((s) =>
  s.rows.filter((row) => row.met === false).map((row) => `${s.title}: ${row.measure}`),
);
const report = [
  '# Benchmark report',
  '',
  `Made by \`npm run bench\` on ${began.toISOString().slice(0, 16).replace('T', ' ')} UTC, in one run of ${parts.length === allParts.length ? 'all' : `${parts.length} of the ${allParts.length}`} parts (${parts.map((p) => p.name).join('; ')}).`,
  `Machine: ${machineLine()}. Load average (1, 5, 15 min) ${fmt(loadBefore)} before the run, ${fmt(loadAfter)} after;`,
  'the machine is shared, so other work moves these numbers: read the ratios (measured side by side) before the absolute figures.',
  '',
  missed.length === 0 ? 'Every target is met.' : `Targets missed: ${missed.join('; ')}.`,
  '',
  ...sections.map(renderSection),
  kept,
]
  .join('\n')
  .replace(/\n{3,}/g, '\n\n');
writeFileSync(REPORT, report.endsWith('\n') ? report : `${report}\n`);
console.log(report);
process.exit(missed.length === 0 ? 0 : 1);
