// Builds the browser app into dist/ and, in dev, forwards the API to a running SAM server.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.SAM_DEV_API ?? 'http://127.0.0.1:8080';

/**
 * React Router 7's package exports name only its development build (remix-run/react-router#14102, open), so a
 * production bundle carries its dev warnings: texts and checks for misdeclared routes, and the "Hey developer" panel
 * of its default error screen. Its production build, beside it in the package, differs only in that switch (0.5 KB
 * gzip less on a cold /users). Our builds take it, for the browser and for the server's entry alike, so both draw
 * with the same code, and so does the benchmark's floor app (bench/floor/). The dev server keeps the warnings.
 */
export const REACT_ROUTER_PRODUCTION = [
  {
    find: /^react-router$/,
    // Found where Node finds the package, wherever the installer put it.
    replacement: join(
      dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
      'dist/production/index.mjs',
    ),
  },
];

/** Modules of the API layer with no top-level side effects: its barrels and its one-function-per-operation files. */
const API_DECLARATIONS_ONLY = /[\\/]src[\\/]api[\\/](index\.ts|operations\.ts|operations[\\/][^\\/]+\.ts)$/;

/**
 * Records which modules each chunk holds, and how many bytes of it each one renders, beside
 * Vite's manifest (dist/.vite/), so the bundle budget can report what a route downloads.
 */
function chunkContents(): Plugin {
  return {
    name: 'sam-chunk-contents',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, { name: string; modules: Record<string, number> }> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const modules: Record<string, number> = {};
        for (const [id, info] of Object.entries(output.modules)) modules[id] = info.renderedLength;
        chunks[output.fileName] = { name: output.name, modules };
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/chunk-contents.json',
        source: JSON.stringify(chunks),
      });
    },
  };
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes a .br and a .gz beside every text file of the build (source maps aside), compressed
 * once at the highest levels, so the server sends them as they are (@fastify/static
 * preCompressed) instead of compressing each answer or sending it raw.
 */
function precompress(): Plugin {
  return {
    name: 'sam-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      const files = Object.keys(bundle).filter(
        (file) => !file.startsWith('.vite/') && /\.(js|css|html|svg|json)$/.test(file),
      );
      await Promise.all(
        files.map(async (file) => {
          const path = join(outDir, file);
          const source = await readFile(path);
          // Too small to gain anything once the headers are counted.
          if (source.length < 512) return;
          const [br, gz] = await Promise.all([
            brotli(source, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
              },
            }),
            gzipAsync(source, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
        }),
      );
    },
  };
}

/**
 * After the browser build, builds the server's entry (src/ssr/render-page.tsx) into dist-ssr/ (never served), with
 * which the server draws /users for a signed-in browser (server/plugins/server-render.ts). One `vite build` makes
 * both, so the two are always of the same source.
 */
function serverEntry(): Plugin {
  let root = process.cwd();
  let ssr = false;
  return {
    name: 'sam-server-entry',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      ssr = Boolean(config.build.ssr);
    },
    async closeBundle() {
      if (ssr) return;
      const { build } = await import('vite');
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        plugins: [react()],
        resolve: { alias: REACT_ROUTER_PRODUCTION },
        build: {
          ssr: 'src/ssr/render-page.tsx',
          outDir: 'dist-ssr',
          emptyOutDir: true,
          sourcemap: false,
          minify: false,
        },
      });
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), chunkContents(), precompress(), serverEntry()],
  resolve: { alias: command === 'build' ? REACT_ROUTER_PRODUCTION : [] },
  build: {
    manifest: true,
    sourcemap: true,
    // No modulepreload polyfill: every browser the console supports has modulepreload.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // The API module's barrels (index.ts, operations.ts) and its operation files only declare functions. Said so,
      // an import through a barrel binds to the file that defines the function, so the operations only lazy pages
      // call (passwords, AuthKeys, trust policies, audit logs) load with those pages instead of with the entry.
      treeshake: { moduleSideEffects: (id: string) => !API_DECLARATIONS_ONLY.test(id) },
      output: {
        codeSplitting: {
          // Everything the entry imports statically is fetched on every cold load anyway, so it is one chunk. Left
          // to itself, Rolldown cut the part the lazy pages share with the entry into a dozen small chunks (React,
          // the query core, the API client, the i18n runtime…), each with its own gzip window and import/export
          // glue: 5 KB more on a cold /users. `$initial` captures only modules the entry reaches statically, so no
          // lazy code joins the first load.
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
  },
  server: {
    proxy: {
      '/v1': apiTarget,
      '/config.json': apiTarget,
    },
  },
}));
