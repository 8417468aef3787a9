import { defineConfig } from 'vitest/config';

// `pnpm bench`: reporting only, never part of `pnpm test`. Files run one after another so
// that two benchmarks never share the (2-core, shared) machine with each other.
export default defineConfig({
  resolve: { conditions: ['@threadline/source'] },
  ssr: { resolve: { conditions: ['@threadline/source'] } },
  test: {
    root: new URL('..', import.meta.url).pathname,
    environment: 'node',
    fileParallelism: false,
    // The built package is loaded by Node itself, not by the module runner (see decodeReduce.bench.ts).
    server: { deps: { external: [/\/packages\/headless\/dist\//] } },
    benchmark: {
      include: ['bench/**/*.bench.{ts,tsx}'],
      reporters: ['default', './bench/medianReporter.ts'],
    },
  },
});
