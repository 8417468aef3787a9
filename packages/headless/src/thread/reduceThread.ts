import type { ContentPart } from '../events/ContentPart';
import type { MessageEndStatus, RunEndStatus, ThreadEvent } from '../events/ThreadEvent';
import { createItemsDraft } from './createItemsDraft';
import type { ItemsDraft } from './createItemsDraft';
import type { MessageItem, ThreadItem, ThreadState, ToolCallItem } from './ThreadState';

/**
 * The one way a thread changes: `(state, event) => state`, pure.
 *
 * Structural sharing: an event replaces only the objects on its path (the thread, `items`,
 * the touched item and its parts), so every other item keeps its identity and a renderer can
 * skip it by reference.
 */
export function reduceThread(state: ThreadState, event: ThreadEvent): ThreadState {
  return reduceThreadEvents(state, [event]);
}

/**
 * Applies events in order, with the same result as `events.reduce(reduceThread, state)`, but
 * the `items` record is copied once for the whole batch rather than once per event, so a
 * frame's worth of deltas costs the same on a thread of 1,000 messages as on a fresh one.
 */
export function reduceThreadEvents(state: ThreadState, events: readonly ThreadEvent[]): ThreadState {
  const items = createItemsDraft(state.items);
  let next = state;
  for (const event of events) next = applyEvent(next, event, items);
  const result = items.result();
  return result === next.items ? next : { ...next, items: result };
}

// `state.items` is stale inside a batch: items are read and written through the draft only.
function applyEvent(state: ThreadState, event: ThreadEvent, items: ItemsDraft): ThreadState {
  switch (event.type) {
    case 'run-start': {
      return {
        ...state,
        status: 'running',
        error: null,
        pendingAction: null,
        run: { id: event.runId ?? null, status: 'running', stopReason: null, usage: null, metrics: null, progressStart: state.progress.length },
      };
    }
    case 'run-end': {
      const run = state.run ?? { id: null, status: 'running', stopReason: null, usage: null, metrics: null, progressStart: 0 };
      return {
        ...closeOpenItems(state, items, event.status),
        status: event.status,
        pendingAction: null,
        run: {
          ...run,
          status: event.status,
          stopReason: event.stopReason ?? run.stopReason,
          usage: event.usage ?? run.usage,
          metrics: event.metrics ?? run.metrics,
        },
      };
    }
    case 'run-error': {
      return { ...state, error: event.error };
    }
    case 'thread-update': {
      return event.title === undefined ? state : { ...state, title: event.title };
    }
    case 'message-start': {
      if (items.get(event.messageId)) return state;
      return addItem(state, items, newMessage(event.messageId, event.role));
    }
    case 'text-delta': {
      if (event.delta === '') return state;
      return updateMessage(state, items, event.messageId, (message) => ({
        ...message,
        parts: appendText(message.parts, event.delta),
      }));
    }
    case 'part-add': {
      return updateMessage(state, items, event.messageId, (message) => ({
        ...message,
        parts: [...message.parts, event.part],
      }));
    }
    case 'citation-add': {
      return updateMessage(state, items, event.messageId, (message) => ({
        ...message,
        citations: [...message.citations, event.citation],
      }));
    }
    case 'message-end': {
      return updateMessage(state, items, event.messageId, (message) => ({
        ...message,
        status: event.status,
        parts: event.parts ?? message.parts,
        citations: event.citations ?? message.citations,
      }));
    }
    case 'progress-add': {
      return { ...state, progress: [...state.progress, { text: event.text }] };
    }
    case 'tool-call-start': {
      if (items.get(event.toolCallId)) return state;
      const toolCall: ToolCallItem = {
        kind: 'tool_call',
        id: event.toolCallId,
        name: event.name,
        arguments: '',
        result: null,
        status: 'in_progress',
      };
      return addItem(state, items, toolCall);
    }
    case 'tool-call-delta': {
      return updateToolCall(state, items, event.toolCallId, (call) => ({
        ...call,
        arguments: call.arguments + event.argumentsDelta,
      }));
    }
    case 'tool-call-end': {
      if (event.arguments === undefined) return state;
      return updateToolCall(state, items, event.toolCallId, (call) => ({ ...call, arguments: event.arguments ?? call.arguments }));
    }
    case 'tool-result-end': {
      return updateToolCall(state, items, event.toolCallId, (call) => ({
        ...call,
        result: event.result,
        status: event.failed ? 'failed' : 'complete',
      }));
    }
    case 'item-remove': {
      if (!items.get(event.itemId)) return state;
      items.remove(event.itemId);
      return { ...state, order: state.order.filter((id) => id !== event.itemId) };
    }
    default: {
      event satisfies never;
      return state;
    }
  }
}

function newMessage(id: string, role: MessageItem['role']): MessageItem {
  return { kind: 'message', id, role, status: 'in_progress', parts: [], citations: [] };
}

function addItem(state: ThreadState, items: ItemsDraft, item: ThreadItem): ThreadState {
  items.set(item);
  return { ...state, order: [...state.order, item.id] };
}

// Content for a message that has not started yet is kept, not dropped: the message is created
// as an assistant message so nothing that arrived is lost.
function updateMessage(state: ThreadState, items: ItemsDraft, id: string, update: (message: MessageItem) => MessageItem): ThreadState {
  const existing = items.get(id);
  if (existing && existing.kind !== 'message') return state;
  if (!existing) return addItem(state, items, update(newMessage(id, 'assistant')));
  items.set(update(existing));
  return state;
}

function updateToolCall(state: ThreadState, items: ItemsDraft, id: string, update: (call: ToolCallItem) => ToolCallItem): ThreadState {
  const existing = items.get(id);
  if (existing?.kind !== 'tool_call') return state;
  items.set(update(existing));
  return state;
}

function appendText(parts: readonly ContentPart[], delta: string): ContentPart[] {
  const last = parts[parts.length - 1];
  if (last?.type === 'text') return [...parts.slice(0, -1), { type: 'text', text: last.text + delta }];
  return [...parts, { type: 'text', text: delta }];
}

const messageStatusWhenRunEnds: Record<RunEndStatus, MessageEndStatus> = {
  complete: 'complete',
  cancelled: 'cancelled',
  failed: 'incomplete',
  incomplete: 'incomplete',
  expired: 'incomplete',
};

const toolCallStatusWhenRunEnds: Record<RunEndStatus, ToolCallItem['status']> = {
  complete: 'complete',
  cancelled: 'cancelled',
  failed: 'failed',
  incomplete: 'failed',
  expired: 'failed',
};

function closeOpenItems(state: ThreadState, items: ItemsDraft, status: RunEndStatus): ThreadState {
  for (const id of state.order) {
    const item = items.get(id);
    if (!item) continue;
    const open = item.kind === 'message' ? item.status === 'in_progress' : item.status === 'in_progress' || item.status === 'requires_action';
    if (!open) continue;
    items.set(
      item.kind === 'message'
        ? { ...item, status: messageStatusWhenRunEnds[status] }
        : { ...item, status: toolCallStatusWhenRunEnds[status] },
    );
  }
  return state;
}
