import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import type { Plugin } from 'vite';

// A classic script in <head> runs before the page's modules, so the hook is there when react-dom
// looks for it; each commit calls `window.__benchOnCommit`, which the page's probe sets.
const commitHook = `window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers: new Map(),
  inject(renderer) { this.renderers.set(1, renderer); return 1; },
  onCommitFiberRoot() { window.__benchOnCommit?.(); },
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
  checkDCE() {},
};`;

const countCommits: Plugin = {
  name: 'bench-count-commits',
  transformIndexHtml: () => [{ tag: 'script', children: commitHook, injectTo: 'head-prepend' }],
};

const pages = (name: string) => fileURLToPath(new URL(`./pages/${name}.html`, import.meta.url));

/**
 * The browser benchmark's pages, one per contender, built for production into
 * `bench/browser/dist`. Commits are counted through React's DevTools hook, which production
 * builds call on every commit: the profiling build that `<Profiler onRender>` needs also logs
 * every component render, which costs more the more components render.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./pages', import.meta.url)),
  base: './',
  logLevel: 'warn',
  plugins: [react(), countCommits],
  resolve: {
    conditions: ['@threadline/source', ...defaultClientConditions],
    dedupe: ['react', 'react-dom'],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    minify: process.env.BENCH_MINIFY !== '0',
    rolldownOptions: {
      input: {
        threadline: pages('threadline'),
        'threadline-main-thread': pages('threadline-main-thread'),
        'usechat-markdown': pages('usechat-markdown'),
        'usechat-streamdown': pages('usechat-streamdown'),
        floor: pages('floor'),
        network: pages('network'),
        'plain-text': pages('plain-text'),
        'newest-text': pages('newest-text'),
      },
    },
  },
});
