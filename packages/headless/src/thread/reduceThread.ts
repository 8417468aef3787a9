import type { ContentPart } from '../events/ContentPart';
import type { MessageEndStatus, RunEndStatus, ThreadEvent } from '../events/ThreadEvent';
import type { MessageItem, ThreadItem, ThreadState, ToolCallItem } from './ThreadState';

/**
 * The one way a thread changes: `(state, event) => state`, pure.
 *
 * Structural sharing: an event replaces only the objects on its path (the thread, `items`,
 * the touched item and its parts), so every other item keeps its identity and a renderer can
 * skip it by reference.
 */
export function reduceThread(state: ThreadState, event: ThreadEvent): ThreadState {
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
        ...closeOpenItems(state, event.status),
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
      if (state.items[event.messageId]) return state;
      return addItem(state, newMessage(event.messageId, event.role));
    }
    case 'text-delta': {
      if (event.delta === '') return state;
      return updateMessage(state, event.messageId, (message) => ({
        ...message,
        parts: appendText(message.parts, event.delta),
      }));
    }
    case 'part-add': {
      return updateMessage(state, event.messageId, (message) => ({
        ...message,
        parts: [...message.parts, event.part],
      }));
    }
    case 'citation-add': {
      return updateMessage(state, event.messageId, (message) => ({
        ...message,
        citations: [...message.citations, event.citation],
      }));
    }
    case 'message-end': {
      return updateMessage(state, event.messageId, (message) => ({
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
      if (state.items[event.toolCallId]) return state;
      const toolCall: ToolCallItem = {
        kind: 'tool_call',
        id: event.toolCallId,
        name: event.name,
        arguments: '',
        result: null,
        status: 'in_progress',
      };
      return addItem(state, toolCall);
    }
    case 'tool-call-delta': {
      return updateToolCall(state, event.toolCallId, (call) => ({
        ...call,
        arguments: call.arguments + event.argumentsDelta,
      }));
    }
    case 'tool-call-end': {
      if (event.arguments === undefined) return state;
      return updateToolCall(state, event.toolCallId, (call) => ({ ...call, arguments: event.arguments ?? call.arguments }));
    }
    case 'tool-result-end': {
      return updateToolCall(state, event.toolCallId, (call) => ({
        ...call,
        result: event.result,
        status: event.failed ? 'failed' : 'complete',
      }));
    }
    case 'item-remove': {
      if (!state.items[event.itemId]) return state;
      const { [event.itemId]: _removed, ...items } = state.items;
      return { ...state, items, order: state.order.filter((id) => id !== event.itemId) };
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

function addItem(state: ThreadState, item: ThreadItem): ThreadState {
  return { ...state, items: { ...state.items, [item.id]: item }, order: [...state.order, item.id] };
}

function replaceItem(state: ThreadState, item: ThreadItem): ThreadState {
  return { ...state, items: { ...state.items, [item.id]: item } };
}

// Content for a message that has not started yet is kept, not dropped: the message is created
// as an assistant message so nothing that arrived is lost.
function updateMessage(state: ThreadState, id: string, update: (message: MessageItem) => MessageItem): ThreadState {
  const existing = state.items[id];
  if (existing && existing.kind !== 'message') return state;
  if (!existing) return addItem(state, update(newMessage(id, 'assistant')));
  return replaceItem(state, update(existing));
}

function updateToolCall(state: ThreadState, id: string, update: (call: ToolCallItem) => ToolCallItem): ThreadState {
  const existing = state.items[id];
  if (!existing || existing.kind !== 'tool_call') return state;
  return replaceItem(state, update(existing));
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

function closeOpenItems(state: ThreadState, status: RunEndStatus): ThreadState {
  let items: Record<string, ThreadItem> | null = null;
  for (const id of state.order) {
    const item = state.items[id];
    if (!item) continue;
    const open = item.kind === 'message' ? item.status === 'in_progress' : item.status === 'in_progress' || item.status === 'requires_action';
    if (!open) continue;
    items ??= { ...state.items };
    items[id] =
      item.kind === 'message'
        ? { ...item, status: messageStatusWhenRunEnds[status] }
        : { ...item, status: toolCallStatusWhenRunEnds[status] };
  }
  return items ? { ...state, items } : state;
}
