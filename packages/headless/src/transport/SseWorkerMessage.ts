import type { ConnectionState } from './ConnectionState';
import type { SseMessage } from './SseMessage';
import type { TransportErrorKind } from './TransportError';

/** What a stream read in a worker carried, in order: a message, a comment, or a `retry:` delay. */
export type SseWorkerEntry =
  | { type: 'message'; message: SseMessage }
  | { type: 'comment'; comment: string }
  | { type: 'retry'; milliseconds: number }
  | { type: 'invalid-text' };

/** A stream for the worker to open: headers are already evaluated, the body already a string. */
export interface SseWorkerRequest {
  url: string;
  method: string;
  headers: Array<[string, string]>;
  body: string | null;
  lastEventId?: string;
  stallTimeoutMs?: number;
  maxFrameBytes?: number;
  /** The least time between two posts of this stream's entries, in ms; the worker's own if absent. */
  batchMs?: number;
}

/** A `TransportError` as it crosses from the worker to the page. */
export interface SseWorkerFailure {
  kind: TransportErrorKind;
  message: string;
  status: number | null;
  code: string | null;
  retryable: boolean;
  retryAfterMs: number | null;
}

/** From the page to the worker. */
export type SseWorkerCommand = { type: 'open'; streamId: number; request: SseWorkerRequest } | { type: 'abort'; streamId: number };

/** From the worker to the page; a stream's reports arrive in the order they happened. */
export type SseWorkerReport =
  | { type: 'ready' }
  | { type: 'state'; streamId: number; state: ConnectionState }
  | { type: 'entries'; streamId: number; entries: SseWorkerEntry[] }
  | { type: 'end'; streamId: number }
  | { type: 'failure'; streamId: number; failure: SseWorkerFailure };

/** The side of a `Worker` (or of its global scope, or a `MessagePort`) the two ends use. */
export interface SseWorkerPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
