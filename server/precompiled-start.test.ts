// `npm start` runs the precompiled server (dist-server/main.js, built by esbuild): it must start, serve and stop like the sources do.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

it('builds with `npm run build:server`, then starts, answers the API and stops on SIGTERM', async () => {
  execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: root, stdio: 'pipe' });
  // A folder holding only what the built server needs at run time: the bundle, openapi.yaml and the
  // packages. It has no index.html, so the server serves the API alone and builds no browser app.
  const dir = mkdtempSync(join(tmpdir(), 'sam-precompiled-'));
  mkdirSync(join(dir, 'dist-server'));
  copyFileSync(join(root, 'dist-server', 'main.js'), join(dir, 'dist-server', 'main.js'));
  copyFileSync(join(root, 'openapi.yaml'), join(dir, 'openapi.yaml'));
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const port = await freePort();
  const server = spawn(process.execPath, ['dist-server/main.js'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), SAM_DB: join(dir, 'data', 'sam.db'), LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
  try {
    // Wait for what the server prints when it listens, however long a loaded machine takes.
    while (!output.includes('SAM Console is running')) {
      if (server.exitCode !== null) throw new Error(`the server stopped: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const base = `http://127.0.0.1:${port}`;
    expect(output).toContain('only the API is served');
    expect((await fetch(`${base}/config.json`)).status).toBe(200);
    const signIn = await fetch(`${base}/v1/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@sam-console.local', password: 'demo-password-2026' }),
    });
    expect(signIn.status).toBe(200);
    // The API's security headers (the app's page policy goes with HTML, which this folder has none of).
    expect(signIn.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(signIn.headers.get('x-content-type-options')).toBe('nosniff');
    expect(signIn.headers.get('cache-control')).toBe('no-store');
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
