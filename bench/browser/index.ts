// The browser parts of `npm run bench` (issue 14, item 5 a, c, d), for bench/run.ts to run in its list of parts.
// Standalone, all three in turn: npx tsx bench/browser/index.ts
import { fileURLToPath } from 'node:url';
import { renderSection, type BenchSection } from '../lib/report.ts';
import { bundleFloorSections } from './bundle-floor.ts';
import { coldListSections } from './cold-list.ts';
import { lighthouseSections } from './lighthouse.ts';

export const browserParts: { name: string; run: () => Promise<BenchSection[]> }[] = [
  { name: '(a) bundle against the stack floor', run: bundleFloorSections },
  { name: '(c) cold /users with 1,000 users against a plain table', run: coldListSections },
  { name: '(d) Lighthouse', run: lighthouseSections },
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const part of browserParts) {
    console.error(`bench: ${part.name}`);
    console.log((await part.run()).map(renderSection).join('\n'));
  }
}
