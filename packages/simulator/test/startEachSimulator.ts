import { afterEach } from 'vitest';
import type { RunningSimulator, SimulatorOptions } from '../src/index';
import { startSimulator } from '../src/index';

/**
 * For a test file: `start()` runs a simulator on a free loopback port with no pacing (unless
 * `options` say otherwise) and returns its URL; each test's simulator is closed after it.
 */
export function startEachSimulator(): (options?: SimulatorOptions) => Promise<string> {
  let running: RunningSimulator | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });
  return async (options = {}) => {
    running = await startSimulator({ port: 0, host: '127.0.0.1', delayMs: 0, ...options });
    return running.url;
  };
}
