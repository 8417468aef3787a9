import type { ConnectionState } from './ConnectionState';
import type { HeadersOption } from './HeadersOption';
import type { SseMessage } from './SseMessage';
import type { SseReadOptions } from './SseReadOptions';

/** What one connection of a thread's persistent event stream is opened with. */
export interface ThreadStreamConnection extends SseReadOptions {
  /** The server's id of the thread whose events to stream. */
  threadId: string;
  /** A function is evaluated per connection, and once more after an authentication failure. */
  headers?: HeadersOption;
  signal: AbortSignal;
  /** One frame, as the SSE stream would carry it. */
  onMessage(message: SseMessage): void;
  /** The stream carried bytes that are not UTF-8 (they read as U+FFFD); called once per stream. */
  onInvalidText?(): void;
  /** The server asked for this reconnect delay, in ms. */
  onRetry?(milliseconds: number): void;
  onStateChange?(state: ConnectionState): void;
}

/**
 * Opens one connection of a thread's persistent event stream, whatever carries it (SSE, or the
 * Boosted gRPC service through `@threadline/headless/grpc`), and reports each frame as the SSE
 * message it stands for, so one decoder reads every transport. The contract is
 * `openSseStream`'s: resolves when the server ends the stream (state `closed`), rejects with a
 * `TransportError` otherwise (state `failed`, or `closed` when aborted), and reports
 * `connecting`, `open` and `stalled` on the way.
 */
export type ThreadStreamTransport = (connection: ThreadStreamConnection) => Promise<void>;
