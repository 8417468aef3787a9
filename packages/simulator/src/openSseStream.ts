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

/** Options of {@link openSseStream}. */
export interface OpenSseStreamOptions {
  /** Interval of heartbeats in ms; 0 disables them. */
  heartbeatMs: number;
  /**
   * Formats the `beat`-th heartbeat (counting from 0) as SSE text. Defaults to the comment
   * `: keep-alive`; Teammate alternates it with a `{"type": "keep-alive"}` frame.
   */
  formatHeartbeat?: (beat: number) => string;
}

const keepAliveComment = () => ': keep-alive\n\n';

/**
 * Starts an SSE response: writes and flushes the headers at once, sends heartbeat comments,
 * and cleans up when the client disconnects.
 */
export function openSseStream(res: ServerResponse, { heartbeatMs, formatHeartbeat = keepAliveComment }: OpenSseStreamOptions): SseStream {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.flushHeaders();

  const listeners: (() => void)[] = [];
  let ended = false;
  let beats = 0;
  const heartbeat = heartbeatMs > 0 ? setInterval(() => res.write(formatHeartbeat(beats++)), heartbeatMs) : undefined;

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
      if (!ended) res.write(text);
    },
    end() {
      if (ended) return;
      finish();
      res.end();
    },
    onEnd(listener) {
      if (ended) listener();
      else listeners.push(listener);
    },
  };
}
