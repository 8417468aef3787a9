import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const pages = (name: string) => fileURLToPath(new URL(`./pages/${name}.html`, import.meta.url));

/**
 * The browser benchmark's pages, one per contender, built for production into
 * `bench/browser/dist`. `react-dom/client` is `react-dom/profiling` here, the production build
 * that keeps `<Profiler onRender>` working, for every contender alike.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./pages', import.meta.url)),
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  resolve: {
    conditions: ['@threadline/source', ...defaultClientConditions],
    alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }],
    dedupe: ['react', 'react-dom'],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        threadline: pages('threadline'),
        'usechat-markdown': pages('usechat-markdown'),
        'usechat-streamdown': pages('usechat-streamdown'),
        floor: pages('floor'),
      },
    },
  },
});
