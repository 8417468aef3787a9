import { createServer } from 'node:http';
import { createServer as createHttp2Server } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { acceptHttp1AndHttp2 } from './acceptHttp1AndHttp2';
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
   * `${url}/assistants/v1`, `${url}/teammate/api/v2` and `${url}/chatkit`. The same port speaks
   * cleartext HTTP/2 too, for gRPC clients: the Boosted gRPC service's base URL is also
   * `${url}/boosted`.
   */
  url: string;
  port: number;
  simulator: Simulator;
  /** Ends open streams, stops pacing timers and closes the server and its connections. */
  close(): Promise<void>;
}

/**
 * Starts a simulator on a Node server and resolves once it is listening. Its port answers
 * HTTP/1.1 (every dialect, and the Boosted gRPC service over the Connect protocol or gRPC-web)
 * and cleartext HTTP/2 (the Boosted gRPC service over gRPC, bidirectional call included).
 */
export async function startSimulator(options: StartSimulatorOptions = {}): Promise<RunningSimulator> {
  const { port = 0, host = '127.0.0.1', ...simulatorOptions } = options;
  const simulator = createSimulator(simulatorOptions);
  const { server, destroyConnections } = acceptHttp1AndHttp2(
    createServer((req, res) => simulator.handle(req, res)),
    createHttp2Server((req, res) => simulator.handleHttp2(req, res)),
  );

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
        destroyConnections();
      });
      return closing;
    },
  };
}
