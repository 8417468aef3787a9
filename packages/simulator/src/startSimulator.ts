import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Simulator } from './createSimulator';
import { createSimulator } from './createSimulator';
import type { SimulatorOptions } from './SimulatorOptions';

/** Options of {@link startSimulator}. */
export interface StartSimulatorOptions extends SimulatorOptions {
  /** Port to listen on (default 0: a free port chosen by the OS). */
  port?: number;
  /** Interface to bind (default `127.0.0.1`). */
  host?: string;
}

/** A simulator listening on a real HTTP server. */
export interface RunningSimulator {
  /**
   * Origin of the server, e.g. `http://127.0.0.1:4010`. Clients use `${url}/boosted`,
   * `${url}/assistants/v1`, `${url}/teammate/api/v2` and `${url}/chatkit`.
   */
  url: string;
  port: number;
  simulator: Simulator;
  /** Ends open streams, stops pacing timers and closes the server and its connections. */
  close(): Promise<void>;
}

/** Starts a simulator on a Node HTTP server and resolves once it is listening. */
export async function startSimulator(options: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const { port = 0, host = '127.0.0.1', ...simulatorOptions } = options;
  const simulator = createSimulator(simulatorOptions);
  const server = createServer((req, res) => simulator.handle(req, res));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const address = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;

  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    simulator,
    close() {
      closing ??= new Promise<void>((resolve) => {
        simulator.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
