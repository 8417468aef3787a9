import type { IncomingMessage } from 'node:http';

/** The trimmed `x-simulator-scenario` header, or undefined when absent or blank. */
export function readScenarioHeader(req: IncomingMessage): string | undefined {
  const header = req.headers['x-simulator-scenario'];
  return typeof header === 'string' && header.trim() !== '' ? header.trim() : undefined;
}
