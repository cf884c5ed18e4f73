import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

// `npm run build:web` writes web/dist, which `retain start` serves at `/`.
// `npx vite --config web/vite.config.ts` serves it with hot reload, proxying the API to :4280.
export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    proxy: Object.fromEntries(['/v1', '/auth', '/docs'].map((prefix) => [prefix, 'http://127.0.0.1:4280'])),
  },
});
