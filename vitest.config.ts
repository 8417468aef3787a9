import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@threadline/source'] },
  ssr: { resolve: { conditions: ['@threadline/source'] } },
  test: {
    include: ['packages/*/test/**/*.test.{ts,tsx}', 'apps/*/test/**/*.test.{ts,tsx}', 'consumers/*.test.ts'],
    environment: 'node',
    reporters: ['default', './scripts/summaryReporter.ts'],
    testTimeout: 20_000,
  },
});
