// Builds the browser app into dist/ and, in dev, forwards the API to a running SAM server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.SAM_DEV_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: { sourcemap: true, chunkSizeWarningLimit: 900 },
  server: {
    proxy: {
      '/v1': apiTarget,
      '/config.json': apiTarget,
    },
  },
});
