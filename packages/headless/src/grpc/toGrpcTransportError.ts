import { Code, ConnectError } from '@connectrpc/connect';
import { redactSecrets } from '../transport/redactSecrets';
import { toTransportError, TransportError } from '../transport/TransportError';
import type { TransportErrorKind } from '../transport/TransportError';

interface Mapping {
  kind: TransportErrorKind;
  /** The HTTP status the code stands for, as the gRPC-over-HTTP mappings pair them. */
  status: number | null;
  retryable: boolean;
}

// Failures of the connection or the server are retried, as SSE's network errors and 5xx are;
// a refused request or credential is final, as SSE's other 4xx are.
const mappings: ReadonlyMap<Code, Mapping> = new Map([
  [Code.Canceled, { kind: 'network', status: null, retryable: true }],
  [Code.Unknown, { kind: 'server', status: 500, retryable: true }],
  [Code.InvalidArgument, { kind: 'http', status: 400, retryable: false }],
  [Code.DeadlineExceeded, { kind: 'timeout', status: 504, retryable: true }],
  [Code.NotFound, { kind: 'http', status: 404, retryable: false }],
  [Code.AlreadyExists, { kind: 'http', status: 409, retryable: false }],
  [Code.PermissionDenied, { kind: 'auth', status: 403, retryable: false }],
  [Code.ResourceExhausted, { kind: 'http', status: 429, retryable: true }],
  [Code.FailedPrecondition, { kind: 'http', status: 412, retryable: false }],
  [Code.Aborted, { kind: 'server', status: 409, retryable: true }],
  [Code.OutOfRange, { kind: 'http', status: 400, retryable: false }],
  [Code.Unimplemented, { kind: 'http', status: 501, retryable: false }],
  [Code.Internal, { kind: 'server', status: 500, retryable: true }],
  [Code.Unavailable, { kind: 'network', status: 503, retryable: true }],
  [Code.DataLoss, { kind: 'server', status: 500, retryable: true }],
  [Code.Unauthenticated, { kind: 'auth', status: 401, retryable: false }],
]);

/**
 * A failed gRPC call as the {@link TransportError} an SSE stream would have failed with, so the
 * controller retries, recovers and reports it the same way. `signal` tells a call the client
 * stopped (aborted, or given up as stalled) from one the server or the network ended; the
 * message never quotes the request's headers (nor is the original kept as the cause: the server's
 * text may echo a refused token).
 */
export function toGrpcTransportError(error: unknown, signal: AbortSignal, headers: Headers): TransportError {
  if (error instanceof TransportError) return error;
  if (signal.aborted) return toTransportError(error, signal);
  const failure = ConnectError.from(error);
  const mapping = mappings.get(failure.code) ?? { kind: 'server', status: null, retryable: true };
  const name = Code[failure.code]?.toLowerCase() ?? String(failure.code);
  const detail = redactSecrets(failure.rawMessage, headers);
  return new TransportError(mapping.kind, `The gRPC call failed (${name})${detail ? `: ${detail}` : ''}`, {
    status: mapping.status,
    code: name,
    retryable: mapping.retryable,
  });
}
