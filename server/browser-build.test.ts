// ensureBrowserBuild: builds the browser app when dist/ is missing or older than its sources, and skips without an index.html.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBrowserBuild, loadPageRenderer } from './browser-build.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sam-static-'));
  dirs.push(dir);
  return dir;
}

describe('ensureBrowserBuild', () => {
  it('skips with a warning when there is no index.html', async () => {
    const warnings: string[] = [];
    expect(await ensureBrowserBuild(tempDir(), (m) => warnings.push(m))).toBe('no-app');
    expect(warnings.join()).toMatch(/index\.html/);
  });

  it('builds when dist is missing or older than a source, and not when it is fresh', async () => {
    const root = tempDir();
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html><head><title>t</title></head><body>hi</body></html>',
    );
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'note.txt'), 'v1');
    const warn = (m: string) => {
      throw new Error(m);
    };
    expect(await ensureBrowserBuild(root, warn)).toBe('built');
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(true);
    expect(await ensureBrowserBuild(root, warn)).toBe('fresh');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'src', 'note.txt'), later, later);
    expect(await ensureBrowserBuild(root, warn)).toBe('built');
  });

  it('counts a build without the page renderer as stale where the sources have one', async () => {
    const root = tempDir();
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html><head><title>t</title></head><body></body></html>',
    );
    mkdirSync(join(root, 'src', 'ssr'), { recursive: true });
    writeFileSync(join(root, 'src', 'ssr', 'render-page.tsx'), 'export {};');
    const warn = (m: string) => {
      throw new Error(m);
    };
    // This project's build (no vite.config.ts) writes no renderer: asked again, it builds again.
    expect(await ensureBrowserBuild(root, warn)).toBe('built');
    expect(await ensureBrowserBuild(root, warn)).toBe('built');
    mkdirSync(join(root, 'dist-ssr'));
    writeFileSync(join(root, 'dist-ssr', 'render-page.js'), 'export {};');
    expect(await ensureBrowserBuild(root, warn)).toBe('fresh');
  });
});

describe('loadPageRenderer', () => {
  it('loads the built renderer and prepares it, and without one answers undefined', async () => {
    const root = tempDir();
    const warn = (m: string) => {
      throw new Error(m);
    };
    expect(await loadPageRenderer(root, warn)).toBeUndefined();
    mkdirSync(join(root, 'dist-ssr'));
    writeFileSync(
      join(root, 'dist-ssr', 'render-page.js'),
      'export let prepared = false;\nexport async function prepareServerRender() { prepared = true; }\nexport async function renderUsersDocument() { return null; }\n',
    );
    const renderer = (await loadPageRenderer(root, warn)) as unknown as { prepared: boolean } | undefined;
    expect(renderer?.prepared).toBe(true);
  });

  it('warns and answers undefined when the renderer does not load, so the browser draws every page', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'dist-ssr'));
    writeFileSync(
      join(root, 'dist-ssr', 'render-page.js'),
      'export async function prepareServerRender() { throw new Error("no texts"); }\n',
    );
    const warnings: string[] = [];
    expect(await loadPageRenderer(root, (m) => warnings.push(m))).toBeUndefined();
    expect(warnings).toEqual([
      'the server-side page renderer did not load (no texts); the browser draws every page.',
    ]);
  });
});
