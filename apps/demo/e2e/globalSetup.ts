import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built demo on `vite preview`, with the simulator mounted: `http://127.0.0.1:<port>/`. */
    demoUrl: string;
    /** The shared Chromium's WebSocket endpoint, for `chromium.connect`. */
    browserEndpoint: string;
  }
}

const demoConfig = fileURLToPath(new URL('../vite.config.ts', import.meta.url));
const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Debian's Chromium; CI installs it with apt. Playwright never downloads a browser here. */
const chromiumPath = '/usr/bin/chromium';

/**
 * Serves `apps/demo/dist` with `vite preview` on a free loopback port and starts one Chromium
 * that every test file connects to; both stop when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  rmSync(screenshotDir, { recursive: true, force: true });
  const server = await preview({
    configFile: demoConfig,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const browser = await chromium
    .launchServer({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    })
    .catch(async (error: unknown) => {
      await server.close();
      throw error;
    });
  const { port } = server.httpServer.address() as AddressInfo;
  project.provide('demoUrl', `http://127.0.0.1:${port}/`);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
