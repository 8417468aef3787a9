import type { ServerResponse } from 'node:http';

/** An open `text/event-stream` response. */
export interface SseStream {
  /** Writes already-formatted SSE text; ignored once the stream has ended. */
  write(text: string): void;
  /** Ends the HTTP response (the client sees end of body) and stops the heartbeat. */
  end(): void;
  /** Registers a callback run once, when the stream ends from either side. */
  onEnd(listener: () => void): void;
  readonly ended: boolean;
}

/** The response under an {@link SseStream}, as an {@link SseTap} sees it. */
export interface SseWire {
  /** Writes to the response; `flushed` runs once the bytes are handed to the socket. */
  write(chunk: string | Uint8Array, flushed?: () => void): void;
  /** Ends the response normally. */
  end(): void;
  /** Destroys the socket, as a failing network would: the client sees the body cut short. */
  destroy(): void;
  /** Aborts when the response closes, whichever side closes it. */
  signal: AbortSignal;
}

/**
 * Stands between an {@link SseStream} and its {@link SseWire}, deciding what reaches the socket
 * and when (the fault injector of `faults/` is one). Without a tap, everything is written as is.
 */
export interface SseTap {
  /** A frame given to {@link SseStream.write}. */
  frame(text: string): void;
  /** A heartbeat, due now. */
  heartbeat(text: string): void;
  /** The server ended the stream with {@link SseStream.end}. */
  end(): void;
}

/** Options of {@link openSseStream}. */
export interface OpenSseStreamOptions {
  /** Interval of heartbeats in ms; 0 disables them. */
  heartbeatMs: number;
  /**
   * Formats the `beat`-th heartbeat (counting from 0) as SSE text. Defaults to the comment
   * `: keep-alive`; Teammate alternates it with a `{"type": "keep-alive"}` frame.
   */
  formatHeartbeat?: (beat: number) => string;
  /** Puts an {@link SseTap} between the stream and its response. */
  tap?: (wire: SseWire) => SseTap;
}

const keepAliveComment = () => ': keep-alive\n\n';

/**
 * Starts an SSE response: writes and flushes the headers at once, sends heartbeat comments,
 * and cleans up when the client disconnects.
 */
export function openSseStream(res: ServerResponse, { heartbeatMs, formatHeartbeat = keepAliveComment, tap }: OpenSseStreamOptions): SseStream {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.flushHeaders();

  const closed = new AbortController();
  res.once('close', () => closed.abort());
  const wire: SseWire = {
    write: (chunk, flushed) => void res.write(chunk, flushed),
    end: () => res.end(),
    destroy: () => res.destroy(),
    signal: closed.signal,
  };
  const sink: SseTap = tap?.(wire) ?? { frame: wire.write, heartbeat: wire.write, end: wire.end };
  const listeners: (() => void)[] = [];
  let ended = false;
  let beats = 0;
  const heartbeat = heartbeatMs > 0 ? setInterval(() => sink.heartbeat(formatHeartbeat(beats++)), heartbeatMs) : undefined;

  const finish = () => {
    if (ended) return;
    ended = true;
    if (heartbeat !== undefined) clearInterval(heartbeat);
    res.off('close', finish);
    for (const listener of listeners.splice(0)) listener();
  };
  // `res` rather than `req`: an IncomingMessage may emit 'close' once its (empty) body is read.
  res.on('close', finish);

  return {
    get ended() {
      return ended;
    },
    write(text) {
      if (!ended) sink.frame(text);
    },
    end() {
      if (ended) return;
      finish();
      sink.end();
    },
    onEnd(listener) {
      if (ended) listener();
      else listeners.push(listener);
    },
  };
}
