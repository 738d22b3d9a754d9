// The browser parts of `npm run bench` (issue 14, item 5 a, c, d), for bench/run.ts to run in its list of parts.
// Standalone, all three in turn: npx tsx bench/browser/index.ts
import { fileURLToPath } from 'node:url';
import type { BenchContext, BenchPart } from '../lib/part.ts';
import { renderSection } from '../lib/report.ts';
import { bundleFloorSections } from './bundle-floor.ts';
import { coldListSections } from './cold-list.ts';
import { lighthouseSections } from './lighthouse.ts';

/** Ports: the cold list takes context.ports.browser and the next two (plain table, stack floor), Lighthouse the one after. */
export const browserParts: BenchPart[] = [
  { name: '(a) bundle against the stack floor', run: () => bundleFloorSections() },
  {
    name: '(c) cold /users with 1,000 users against a plain table and the stack floor',
    run: (context) => coldListSections({ port: context.ports.browser, runs: context.rounds }),
  },
  {
    name: '(d) Lighthouse',
    run: (context) => lighthouseSections({ port: context.ports.browser + 3, runs: context.rounds }),
  },
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const context: BenchContext = {
    seconds: 5,
    rounds: Number(process.env.BENCH_ROUNDS ?? 3),
    ports: { server: 5630, startup: 5630, browser: 5634 },
  };
  for (const part of browserParts) {
    console.error(`bench: ${part.name}`);
    console.log((await part.run(context)).map(renderSection).join('\n'));
  }
}
