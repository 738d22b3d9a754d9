// Builds the browser app into dist/ and, in dev, forwards the API to a running SAM server.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.SAM_DEV_API ?? 'http://127.0.0.1:8080';

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

export default defineConfig({
  plugins: [react(), chunkContents()],
  build: { manifest: true, sourcemap: true, chunkSizeWarningLimit: 900 },
  server: {
    proxy: {
      '/v1': apiTarget,
      '/config.json': apiTarget,
    },
  },
});
