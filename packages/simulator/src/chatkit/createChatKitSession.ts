import type { ServerResponse } from 'node:http';
import type { Scheduler } from '../createScheduler';
import type { SseTap, SseWire } from '../openSseStream';
import { openSseStream } from '../openSseStream';
import { waitForNextFrame } from '../waitForNextFrame';
import type { ChatKitEvent } from './ChatKitEvent';
import type { ChatKitItem } from './ChatKitItem';
import type { ChatKitThreadRecord } from './ChatKitThreadRecord';
import { isHiddenItem } from './ChatKitThreadRecord';
import { createChatKitId } from './createChatKitId';
import { formatChatKitTimestamp } from './formatChatKitTimestamp';

/** Pacing settings of a ChatKit stream. */
export interface ChatKitPacing {
  scheduler: Scheduler;
  delayMs: number;
}

/** One streaming response on a thread. */
export interface ChatKitSession {
  thread: ChatKitThreadRecord;
  /** Items added in this response and not yet done, by id. */
  pending: Map<string, ChatKitItem>;
  /** Values for `{name}` placeholders in message text. */
  values: Record<string, string>;
  /**
   * Waits the frame delay (only until the next tick when `paced` is false), then sends the event
   * `build()` returns and persists what it settles (items on `done`/`replaced`, removals).
   * Hidden items are persisted but not sent. Throws `RunInterrupted` when the client went away
   * or the simulator closed.
   */
  emit(build: () => ChatKitEvent, paced?: boolean): Promise<void>;
  /** Ends the response normally. */
  finish(): void;
}

/** What chatkit-python stores when a client stops a stream. */
export const cancelledStreamNotice = 'The user cancelled the stream. Stop responding to the prior request.';

function upsert(items: ChatKitItem[], item: ChatKitItem): void {
  const index = items.findIndex((candidate) => candidate.id === item.id);
  if (index === -1) items.push(item);
  else items[index] = item;
}

/**
 * Opens the SSE response of a streaming request. When the client aborts it before it finishes,
 * the pending assistant messages that have text are persisted as they are, and an
 * `sdk_hidden_context` item records the cancellation (chatkit-python's `handle_stream_cancelled`).
 * A `tap` (a fault) stands between the stream and the response.
 */
export function createChatKitSession(
  res: ServerResponse,
  thread: ChatKitThreadRecord,
  { scheduler, delayMs }: ChatKitPacing,
  paceFactor = 1,
  tap?: (wire: SseWire) => SseTap,
): ChatKitSession {
  const stream = openSseStream(res, { heartbeatMs: 0, tap });
  const controller = new AbortController();
  const pending = new Map<string, ChatKitItem>();
  let finished = false;

  stream.onEnd(() => {
    if (finished) return;
    finished = true;
    controller.abort();
    for (const item of pending.values()) {
      if (item.type === 'assistant_message' && item.content.some((part) => part.text !== '')) upsert(thread.items, item);
    }
    const created_at = formatChatKitTimestamp();
    thread.items.push({ id: createChatKitId('shcx'), thread_id: thread.id, created_at, type: 'sdk_hidden_context', content: cancelledStreamNotice });
  });

  const persist = (event: ChatKitEvent) => {
    if (event.type === 'thread.item.added') pending.set(event.item.id, event.item);
    if (event.type === 'thread.item.done' || event.type === 'thread.item.replaced') {
      pending.delete(event.item.id);
      upsert(thread.items, event.item);
    }
    if (event.type === 'thread.item.removed') {
      pending.delete(event.item_id);
      thread.items = thread.items.filter((item) => item.id !== event.item_id);
    }
  };

  return {
    thread,
    pending,
    values: {},
    async emit(build, paced = true) {
      await waitForNextFrame(scheduler, paced ? delayMs * paceFactor : 0, controller.signal);
      const event = build();
      persist(event);
      if (event.type === 'thread.item.done' && isHiddenItem(event.item)) return;
      stream.write(`data: ${JSON.stringify(event)}\n\n`);
    },
    finish() {
      finished = true;
      stream.end();
    },
  };
}
