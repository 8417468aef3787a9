import type { IncomingMessage } from 'node:http';
import type { Fault } from './Fault';
import { faultHeader, faultQueryParameter } from './Fault';
import { parseFault } from './parseFault';

/** What {@link readFaultHeader} found: no fault, a fault, or why the one asked for is invalid. */
export type FaultHeaderResult = { fault: Fault | undefined } | { invalid: string };

/**
 * Reads the fault a request asks for: the {@link faultHeader} header, else the
 * {@link faultQueryParameter} query parameter (for clients that cannot set headers, such as
 * `EventSource`). `{ fault: undefined }` when both are absent or blank.
 */
export function readFaultHeader(req: Pick<IncomingMessage, 'headers'>, query?: URLSearchParams): FaultHeaderResult {
  const header = req.headers[faultHeader];
  const text = typeof header === 'string' && header.trim() !== '' ? header : query?.get(faultQueryParameter);
  if (text === undefined || text === null || text.trim() === '') return { fault: undefined };
  return parseFault(text);
}
