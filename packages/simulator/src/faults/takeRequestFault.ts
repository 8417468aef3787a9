import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Scheduler } from '../createScheduler';
import type { DialectName } from '../Dialect';
import type { SseTap, SseWire } from '../openSseStream';
import { sendJson } from '../sendJson';
import type { FaultLedger } from './createFaultLedger';
import { createFaultTap } from './createFaultTap';
import { faultDefaults, isResponseFault } from './Fault';
import { explainRejectedFault, faultsByDialect } from './faultsByDialect';
import { readFaultHeader } from './readFaultHeader';
import { sendFaultResponse } from './sendFaultResponse';

/** The parts of a dialect's request context that {@link takeRequestFault} reads. */
export interface FaultContext {
  req: IncomingMessage;
  res: ServerResponse;
  query: URLSearchParams;
  settings: { scheduler: Scheduler; faults: FaultLedger };
}

/** Which request of which dialect asks, for {@link takeRequestFault}. */
export interface FaultTarget {
  dialect: DialectName;
  /** The thread or run the fault's `times` are counted on. */
  key: string;
  /** False when the request answers JSON: then only the faults that replace the answer apply. */
  streaming: boolean;
  /** True when the stream re-joins a run that has already sent frames, the only place a duplicate strikes. */
  rejoining?: boolean;
}

/** The fault a streaming request carries, ready to apply; it does nothing when there is none. */
export interface RequestFault {
  /** The `tap` option for `openSseStream`. */
  tap: ((wire: SseWire) => SseTap) | undefined;
  /** Of the frames the run already sent, those to send again on the re-joined stream (most often none). */
  duplicates<Frame>(sent: readonly Frame[]): Frame[];
}

const noFault: RequestFault = { tap: undefined, duplicates: () => [] };

/**
 * Reads the fault a streaming request asks for and applies what can be applied now. Answers
 * the request itself, and returns undefined, when the fault is invalid or rejected by the
 * dialect (400 `{"detail"}`) or replaces the answer (a status, an HTML page); otherwise returns
 * the fault for the stream. Each strike uses up one of the fault's `times` on `key`.
 */
export function takeRequestFault(context: FaultContext, { dialect, key, streaming, rejoining = false }: FaultTarget): RequestFault | undefined {
  const { res, settings } = context;
  const read = readFaultHeader(context.req, context.query);
  if ('invalid' in read) {
    sendJson(res, 400, { detail: read.invalid, faults: faultsByDialect[dialect] });
    return undefined;
  }
  const { fault } = read;
  if (fault === undefined) return noFault;
  const rejection = explainRejectedFault(fault.name, dialect);
  if (rejection !== undefined) {
    sendJson(res, 400, { detail: rejection, faults: faultsByDialect[dialect] });
    return undefined;
  }
  if (isResponseFault(fault)) {
    if (!settings.faults.claim(dialect, key, fault)) return noFault;
    sendFaultResponse(res, fault);
    return undefined;
  }
  if (!streaming) return noFault;
  if (fault.name === 'duplicate-after-reconnect') {
    if (!rejoining || !settings.faults.claim(dialect, key, fault)) return noFault;
    const count = fault.count ?? faultDefaults.count;
    return { tap: undefined, duplicates: (sent) => sent.slice(-count) };
  }
  if (!settings.faults.claim(dialect, key, fault)) return noFault;
  return { tap: createFaultTap(fault, settings.scheduler), duplicates: () => [] };
}
