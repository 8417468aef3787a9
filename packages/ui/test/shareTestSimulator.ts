import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { ThreadlineClient } from '@threadline/headless';
import { startSimulator } from '@threadline/simulator';
import type { RunningSimulator } from '@threadline/simulator';

/** The simulator a test file shares, and the clients its tests made. */
export interface TestSimulator {
  /** The simulator's origin (it answers with no delay between frames). */
  readonly url: string;
  /** Disconnects `client` after the test, with the rendered tree cleaned up. */
  track<T extends ThreadlineClient>(client: T): T;
}

/** Starts one simulator for the test file and stops it after; clients are disconnected after each test. */
export function shareTestSimulator(): TestSimulator {
  let simulator: RunningSimulator | null = null;
  const clients: ThreadlineClient[] = [];
  beforeAll(async () => {
    simulator = await startSimulator({ port: 0, delayMs: 0 });
  });
  afterEach(() => {
    cleanup();
    for (const client of clients.splice(0)) client.disconnectAll();
  });
  afterAll(() => simulator?.close());
  return {
    get url() {
      if (!simulator) throw new Error('The test simulator is not started yet: read its url inside a test.');
      return simulator.url;
    },
    track(client) {
      clients.push(client);
      return client;
    },
  };
}
