// Builds the browser app into dist/ with Vite when the build is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export type BuildOutcome = 'fresh' | 'built' | 'stale' | 'no-app';

/**
 * Answers what happened: 'no-app' when there is nothing to serve (no index.html, or a failed
 * build with no earlier one), 'stale' when the build failed but an earlier dist/ is served.
 */
export async function ensureBrowserBuild(
  projectRoot: string,
  warn: (message: string) => void,
): Promise<BuildOutcome> {
  const indexHtml = join(projectRoot, 'index.html');
  if (!existsSync(indexHtml)) {
    warn('index.html is missing: serving the API only, without the browser app.');
    return 'no-app';
  }
  const builtIndex = join(projectRoot, 'dist', 'index.html');
  const sources = Math.max(
    newestMtime(join(projectRoot, 'src')),
    newestMtime(indexHtml),
    newestMtime(join(projectRoot, 'vite.config.ts')),
  );
  if (existsSync(builtIndex) && newestMtime(builtIndex) >= sources) return 'fresh';
  // Vite is loaded only when a build is needed.
  const { build } = await import('vite');
  try {
    await build({ root: projectRoot, logLevel: 'error' });
    return 'built';
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    const fallback = existsSync(builtIndex) ? 'serving the previous build' : 'serving the API only';
    warn(`the browser app did not build (${reason}); ${fallback}.`);
    return existsSync(builtIndex) ? 'stale' : 'no-app';
  }
}
