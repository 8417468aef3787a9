import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/** The browser soak's one page, built for production into `bench/soak/dist`. */
export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  resolve: {
    conditions: ['@threadline/source', ...defaultClientConditions],
    dedupe: ['react', 'react-dom'],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // A bench page, never shipped: its size is not a concern.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { input: { soak: fileURLToPath(new URL('./page/soak.html', import.meta.url)) } },
  },
});
