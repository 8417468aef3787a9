import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Where the built pages land (gitignored). */
export const pagesDist = fileURLToPath(new URL('../dist', import.meta.url));

/** Builds the bench pages for production with `bench/browser/vite.config.ts`. */
export async function buildPages(): Promise<void> {
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), mode: 'production' });
}
