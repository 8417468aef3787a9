import type { SseMessage } from '@threadline/headless';
import { serializeSseFrame } from '../sse/serializeSseFrame';

/** A transcript served as an event stream, at a pace that can change while it plays. */
export interface ReplayFeed {
  /**
   * Answers every request with an event stream of the transcript's frames, for a connection
   * with `dialect: 'auto'` to read as if a server sent it. Aborting the request stops it.
   */
  fetch: typeof fetch;
  /** The pause before each later frame; applies from the next frame on. 0 sends all the rest at once. */
  setDelayMs(delayMs: number): void;
}

/** Serves `frames` (in order) through a `fetch`, each after `delayMs` but the first. */
export function createReplayFeed(frames: readonly SseMessage[], delayMs: number): ReplayFeed {
  let pace = delayMs;

  const replayFetch: typeof fetch = async (_input, init) => {
    const signal = init?.signal ?? undefined;
    signal?.throwIfAborted();
    const encoder = new TextEncoder();
    let next = 0;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wake: (() => void) | undefined;

    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        signal?.addEventListener(
          'abort',
          () => {
            stopped = true;
            clearTimeout(timer);
            wake?.();
            controller.error(signal.reason);
          },
          { once: true },
        );
      },
      async pull(controller) {
        if (next > 0 && pace > 0) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            timer = setTimeout(resolve, pace);
          });
        }
        if (stopped) return;
        const end = pace === 0 ? frames.length : next + 1;
        const text = frames.slice(next, end).map(serializeSseFrame).join('');
        next = end;
        if (text !== '') controller.enqueue(encoder.encode(text));
        if (next >= frames.length) controller.close();
      },
      cancel() {
        stopped = true;
        clearTimeout(timer);
      },
    });
    return new Response(body, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
  };

  return {
    fetch: replayFetch,
    setDelayMs(value) {
      pace = value;
    },
  };
}
