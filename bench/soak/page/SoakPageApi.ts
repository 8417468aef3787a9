/** One thread's tally, as the page saw it from `start()` to the end of its run. */
export interface SoakThreadReport {
  threadId: string;
  status: string;
  /** `message_chunk` frames the thread's stream delivered to the page. */
  chunkFrames: number;
  /** The answer's `text-delta` events joined, as the decoder made them of the frames. */
  streamedLength: number;
  /** The answer's text in the store. */
  storedLength: number;
  /** The latest message of `GET /v2/threads/{id}/messages`: the server's truth. */
  serverLength: number;
  storedMatchesServer: boolean;
  streamedMatchesServer: boolean;
  /** FNV-1a of the server's text, to check against the scenario's text in Node. */
  serverHash: string;
  /** The final `message` frame differed from what was streamed, so the decoder replaced the text: something was lost or doubled on the way. */
  replacedAtEnd: boolean;
  /** Milliseconds after `start()`: first and last chunk received, and the run's end in the store. */
  firstChunkMs: number | null;
  lastChunkMs: number | null;
  completeMs: number | null;
}

/** What the page reports once every thread is complete. */
export interface SoakPageReport {
  threads: SoakThreadReport[];
  /** `start()` to the last thread's completion, in ms. */
  durationMs: number;
  /** The protocols the page's requests went over (`nextHopProtocol`), e.g. `h2`. */
  protocols: string[];
  /** Long tasks (over 50 ms) from `start()` to the end. */
  longTasks: number;
  longestTaskMs: number;
}

/** The instrument the soak page exposes as `window.__soak`. */
export interface SoakPageApi {
  /** Resolves once every thread's stream is open. */
  ready: Promise<void>;
  /** Sends every thread its question at once. */
  start(): void;
  /** Resolves once every thread's run is complete. */
  done: Promise<void>;
  /** Reads each thread's answer back from the server and compares; call after `done`. */
  report(): Promise<SoakPageReport>;
  /** How many threads are in each connection state and each run status, e.g. `{ open: 6, connecting: 44 }`: what a timeout is stuck on. */
  census(): Record<string, number>;
}

declare global {
  interface Window {
    __soak?: SoakPageApi;
  }
}
