// ensureBrowserBuild: builds the browser app when dist/ is missing or older than its sources, and skips without an index.html.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBrowserBuild } from './browser-build.ts';

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
});
