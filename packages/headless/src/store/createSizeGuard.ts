import type { ThreadEvent } from '../events/ThreadEvent';

/** How much text one thread may take in, from the network. */
export interface ThreadSizeLimits {
  /** The most characters one message's text may grow to (default 4,000,000). */
  maxMessageChars?: number;
  /** The most characters of message text a thread may hold (default 32,000,000). */
  maxThreadChars?: number;
}

/** The default {@link ThreadSizeLimits}. */
export const defaultThreadSizeLimits: Required<ThreadSizeLimits> = { maxMessageChars: 4_000_000, maxThreadChars: 32_000_000 };

/** Counts the text each thread streams and stops what passes the limits. */
export interface SizeGuard {
  /** The events with text past a limit dropped, and an error in their place, once per message or thread. */
  check(threadId: string, events: readonly ThreadEvent[]): readonly ThreadEvent[];
}

interface ThreadCount {
  total: number;
  messages: Map<string, number>;
  /** Messages whose text is being dropped. */
  refused: Set<string>;
  /** The whole thread's text is being dropped. */
  full: boolean;
}

const format = (count: number) => count.toLocaleString('en-US');

/**
 * A guard against a stream that never stops growing: text deltas past a message's or a
 * thread's limit, and every later one for that message or thread, are dropped (what arrived
 * before stays), and the thread gets one `protocol` error saying which limit. Removed items
 * give their characters back to the thread.
 */
export function createSizeGuard(limits: ThreadSizeLimits = {}): SizeGuard {
  const maxMessage = limits.maxMessageChars ?? defaultThreadSizeLimits.maxMessageChars;
  const maxThread = limits.maxThreadChars ?? defaultThreadSizeLimits.maxThreadChars;
  const threads = new Map<string, ThreadCount>();

  const refusal = (message: string): ThreadEvent => ({ type: 'run-error', error: { kind: 'protocol', code: null, retryable: false, message } });

  return {
    check(threadId, events) {
      let count = threads.get(threadId);
      let kept: ThreadEvent[] | null = null;
      for (let index = 0; index < events.length; index += 1) {
        const event = events[index]!;
        // Undefined keeps the event; null drops it; an event drops it and is kept instead.
        let replacement: ThreadEvent | null | undefined;
        if (event.type === 'text-delta') {
          if (!count) threads.set(threadId, (count = { total: 0, messages: new Map(), refused: new Set(), full: false }));
          const length = event.delta.length;
          const message = (count.messages.get(event.messageId) ?? 0) + length;
          // Once text is dropped, the rest of that message (or thread) is too: no gaps.
          if (count.full || count.refused.has(event.messageId)) {
            replacement = null;
          } else if (message > maxMessage) {
            count.refused.add(event.messageId);
            replacement = refusal(`The answer passed ${format(maxMessage)} characters; the rest of it was not shown.`);
          } else if (count.total + length > maxThread) {
            count.full = true;
            replacement = refusal(`The thread passed ${format(maxThread)} characters; the rest of it was not shown.`);
          } else {
            count.messages.set(event.messageId, message);
            count.total += length;
          }
        } else if (event.type === 'item-remove' && count) {
          count.total -= count.messages.get(event.itemId) ?? 0;
          count.messages.delete(event.itemId);
        }
        if (replacement !== undefined) {
          kept ??= events.slice(0, index);
          if (replacement) kept.push(replacement);
        } else {
          kept?.push(event);
        }
      }
      return kept ?? events;
    },
  };
}
