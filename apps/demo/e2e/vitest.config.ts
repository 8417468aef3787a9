import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The end-to-end project: real Chromium against the built demo (`vite build`) served by
// `vite preview`, whose simulator plugin answers every dialect. Run it with `pnpm test:e2e`,
// which builds the demo first; the unit tests (`vitest.config.ts` at the root) never load it.
export default defineConfig({
  // Vitest's results cache stays with the repository's, not in a node_modules beside the tests.
  cacheDir: fileURLToPath(new URL('../../../node_modules/.vite/e2e', import.meta.url)),
  // The tests read the demo's own lists (`demoDialects.ts`), which may import workspace sources.
  resolve: { conditions: ['@threadline/source'] },
  ssr: { resolve: { conditions: ['@threadline/source'] } },
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.e2e.ts'],
    globalSetup: ['./globalSetup.ts'],
    environment: 'node',
    reporters: ['default', '../../../scripts/summaryReporter.ts'],
    // The scenarios are paced by the simulator (30 ms a frame), not by the CPU: two files at a
    // time keep both cores busy without starving Chromium.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
