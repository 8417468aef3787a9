import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import type { Connect, Plugin } from 'vite';
import type * as SimulatorModule from '@threadline/simulator';
import type { SimulatorOptions } from '@threadline/simulator';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));

// Vite bundles this config for Node and leaves bare imports to Node, which cannot use the
// `@threadline/source` condition, so a static import would look for the simulator's unbuilt
// dist. Vite's module runner loads it from source through that condition instead.
async function loadSimulator(): Promise<typeof SimulatorModule> {
  const { module } = await runnerImport<typeof SimulatorModule>('@threadline/simulator', {
    root: demoRoot,
    logLevel: 'error',
    environments: {
      inline: { resolve: { conditions: ['@threadline/source'], noExternal: ['@threadline/simulator'] } },
    },
  });
  return module;
}

interface MountTarget {
  middlewares: Connect.Server;
  httpServer: { on(event: 'close', listener: () => void): unknown } | null;
}

async function mountSimulator(server: MountTarget, options: SimulatorOptions): Promise<void> {
  const { createSimulator } = await loadSimulator();
  const simulator = createSimulator(options);
  server.middlewares.use(simulator.handle);
  server.httpServer?.on('close', () => simulator.close());
}

/**
 * Serves the Threadline simulator from the dev and preview servers (Boosted under `/boosted`),
 * so the demo runs with no backend and no configuration.
 */
export function simulatorPlugin(options: SimulatorOptions = { delayMs: 30 }): Plugin {
  return {
    name: 'threadline-simulator',
    configureServer: (server) => mountSimulator(server, options),
    configurePreviewServer: (server) => mountSimulator(server, options),
  };
}
