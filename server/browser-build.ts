// Builds the browser app into dist/ with Vite when the build is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageRenderer } from '../src/ssr/document-request.ts';

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
  // `vite build` writes the server's page renderer (dist-ssr/) too: where the sources have one, a build without it
  // is an older one.
  const rendererMissing =
    existsSync(join(projectRoot, 'src', 'ssr', 'render-page.tsx')) &&
    !existsSync(join(projectRoot, 'dist-ssr', 'render-page.js'));
  if (existsSync(builtIndex) && !rendererMissing && newestMtime(builtIndex) >= sources) return 'fresh';
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

/**
 * The page renderer the build wrote (dist-ssr/render-page.js), with both languages loaded, or undefined when there is
 * none or it does not load: the console then works as before, every page drawn by the browser.
 */
export async function loadPageRenderer(
  projectRoot: string,
  warn: (message: string) => void,
): Promise<PageRenderer | undefined> {
  const entry = join(projectRoot, 'dist-ssr', 'render-page.js');
  if (!existsSync(entry)) return undefined;
  try {
    const renderer = (await import(pathToFileURL(entry).href)) as PageRenderer;
    await renderer.prepareServerRender();
    return renderer;
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    warn(`the server-side page renderer did not load (${reason}); the browser draws every page.`);
    return undefined;
  }
}
