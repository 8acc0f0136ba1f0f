// Builds the browser viewer into dist/ with relative asset paths, so the build can be
// served by the local server or copied to any static web server.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500, sourcemap: false },
  logLevel: 'warn',
});
