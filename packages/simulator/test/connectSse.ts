import type { EventSourceMessage } from 'eventsource-parser';
import { createParser } from 'eventsource-parser';
import { waitForCondition } from './waitForCondition';

/** A live SSE response read through eventsource-parser. */
export interface SseConnection {
  response: Response;
  events: EventSourceMessage[];
  comments: string[];
  /** Resolves when the server ends the body (or `close()` aborts it). */
  ended: Promise<void>;
  /** Resolves once `predicate(events)` holds; rejects after `timeoutMs`. */
  waitFor(predicate: (events: EventSourceMessage[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): void;
}

/** Opens an SSE request and parses its body as it arrives. */
export async function connectSse(url: string, init: RequestInit = {}): Promise<SseConnection> {
  const controller = new AbortController();
  const response = await fetch(url, { ...init, signal: controller.signal });
  const events: EventSourceMessage[] = [];
  const comments: string[] = [];
  const listeners = new Set<() => void>();
  const parser = createParser({
    onEvent(event) {
      events.push(event);
      for (const listener of listeners) listener();
    },
    onComment(comment) {
      comments.push(comment);
      for (const listener of listeners) listener();
    },
  });

  const ended = (async () => {
    if (!response.body) return;
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    try {
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        parser.feed(decoder.decode(chunk.value, { stream: true }));
      }
    } catch {
      // Aborted by close().
    }
  })();

  return {
    response,
    events,
    comments,
    ended,
    waitFor(predicate, timeoutMs = 5_000) {
      return waitForCondition(listeners, () => predicate(events), () => `SSE condition not met (${events.length} events)`, timeoutMs);
    },
    close() {
      controller.abort();
    },
  };
}

/** A Boosted frame decoded from either framing. */
export interface DecodedBoostedFrame {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test assertions index freely
  data: any;
}

/** Decodes a Boosted SSE event; undefined when its data is not valid JSON. */
export function decodeBoostedFrame(event: EventSourceMessage): DecodedBoostedFrame | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(event.data);
  } catch {
    return undefined;
  }
  if (event.event !== undefined) return { name: event.event, data: parsed };
  const [name, data] = Object.entries(parsed as Record<string, unknown>)[0] ?? ['', undefined];
  return { name, data };
}

/** Decodes every event, dropping invalid ones. */
export function decodeBoostedFrames(events: readonly EventSourceMessage[]): DecodedBoostedFrame[] {
  return events.flatMap((event) => decodeBoostedFrame(event) ?? []);
}

/** True once a `task_status` Complete frame has arrived. */
export function hasCompleted(events: readonly EventSourceMessage[]): boolean {
  return decodeBoostedFrames(events).some((frame) => frame.name === 'task_status' && frame.data?.status === 'Complete');
}
