import type { ThreadError } from '../events/ThreadError';
import { TransportError } from '../transport/TransportError';

/** A transport failure (or anything thrown) as the error shown on a thread. */
export function toThreadError(error: unknown): ThreadError {
  if (error instanceof TransportError) {
    return { kind: error.kind, code: error.code, message: error.message, retryable: error.retryable };
  }
  return { kind: 'network', code: null, message: error instanceof Error ? error.message : String(error), retryable: true };
}
