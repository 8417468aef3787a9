import { Code, ConnectError } from '@connectrpc/connect';
import type { FaultLedger } from '../../faults/createFaultLedger';
import type { Fault } from '../../faults/Fault';
import { faultDefaults, faultHeader } from '../../faults/Fault';
import { parseFault } from '../../faults/parseFault';

/** The stream faults a gRPC call can carry. */
export type GrpcStreamFault = Extract<Fault, { name: 'drop-mid-frame' | 'stall' }>;

/** What a gRPC call's fault does to its stream. */
export interface GrpcCallFault {
  stream: GrpcStreamFault | undefined;
  /** How many of the run's frames to send again first (`duplicate-after-reconnect`). */
  duplicates: number;
}

// The faults that act on bytes SSE sends (text, UTF-8, JSON, content types) have no gRPC form.
const withoutGrpcForm: ReadonlySet<Fault['name']> = new Set([
  'drop-mid-utf8',
  'html-error',
  'wrong-content-type',
  'garbage',
  'invalid-utf8',
  'oversize-frame',
  'out-of-order',
]);

const none: GrpcCallFault = { stream: undefined, duplicates: 0 };

/**
 * The fault a gRPC call asks for in its `x-simulator-fault` metadata, counted on the thread with
 * the SSE stream's (so `times=1` strikes the first connection, whichever transport it used).
 * Throws what the call then fails with: `InvalidArgument` for an invalid fault or one with no
 * gRPC form, and for the status faults the code their status stands for (`Unauthenticated`,
 * `ResourceExhausted`, `Unavailable`...). Otherwise returns what the stream must do.
 */
export function takeGrpcFault(header: Headers, ledger: FaultLedger, threadId: string, rejoining: boolean): GrpcCallFault {
  const text = header.get(faultHeader);
  if (text === null || text.trim() === '') return none;
  const parsed = parseFault(text);
  if ('invalid' in parsed) throw new ConnectError(parsed.invalid, Code.InvalidArgument);
  const { fault } = parsed;
  if (withoutGrpcForm.has(fault.name)) throw new ConnectError(`${fault.name} has no gRPC form: it acts on the bytes of an SSE stream`, Code.InvalidArgument);
  if (fault.name === 'duplicate-after-reconnect') {
    if (!rejoining || !ledger.claim('boosted', threadId, fault)) return none;
    return { stream: undefined, duplicates: fault.count ?? faultDefaults.count };
  }
  if (!ledger.claim('boosted', threadId, fault)) return none;
  switch (fault.name) {
    case 'status-401': {
      throw new ConnectError('Not authenticated', Code.Unauthenticated);
    }
    case 'status-429': {
      throw new ConnectError('Too many requests', Code.ResourceExhausted);
    }
    case 'status-5xx': {
      const status = fault.status ?? faultDefaults.status;
      throw new ConnectError(`Simulated ${status}`, status === 500 ? Code.Internal : status === 501 ? Code.Unimplemented : Code.Unavailable);
    }
    case 'drop-mid-frame':
    case 'stall': {
      return { stream: fault, duplicates: 0 };
    }
    default: {
      throw new ConnectError(`${fault.name} has no gRPC form`, Code.InvalidArgument);
    }
  }
}
