import type { ContentPart } from '../events/ContentPart';
import type { RunEndStatus, TextDeltaEvent, ThreadEvent } from '../events/ThreadEvent';
import { appendText, appendTextAt, appendTextAtInPlace, appendTextInPlace, setPart } from './appendText';
import { closeItem } from './closeItem';
import { createItemsDraft } from './createItemsDraft';
import type { ItemsDraft } from './createItemsDraft';
import type { MessageItem, ReasoningItem, RunState, ThreadItem, ThreadState, ToolCallItem, WidgetItem, WorkflowItem } from './ThreadState';

/**
 * The one way a thread changes: `(state, event) => state`, pure.
 *
 * Structural sharing: an event replaces only the objects on its path (the thread, the `items`
 * array, the touched item and its parts), so every other item keeps its identity and a
 * renderer can skip it by reference.
 */
export function reduceThread(state: ThreadState, event: ThreadEvent): ThreadState {
  return reduceThreadEvents(state, [event]);
}

/**
 * Applies events in order, with the same result as `events.reduce(reduceThread, state)`, but
 * the `items` array is copied once for the whole batch rather than once per event, and items
 * are found through an index that a batch of deltas shares rather than rebuilds: a frame costs
 * the same on a thread of 1,000 messages as on a fresh one.
 */
export function reduceThreadEvents(state: ThreadState, events: readonly ThreadEvent[]): ThreadState {
  const items = createItemsDraft(state.items);
  let next = state;
  for (let position = 0; position < events.length; position += 1) {
    const event = events[position] as ThreadEvent;
    const run = event.type === 'text-delta' ? textDeltaRunLength(events, position, event) : 1;
    if (run === 1) {
      next = applyEvent(next, event, items);
      continue;
    }
    next = applyEvent(next, joinTextDeltas(events, position, run, event as TextDeltaEvent), items);
    position += run - 1;
  }
  const result = items.result();
  return result === next.items ? next : withItems(next, result);
}

// A run of text deltas to the same place applies as one delta of their joined text: the same
// text, but one flat string where a delta at a time would keep a string object and a
// concatenation node per delta alive for as long as the message, for the collector to copy and
// mark again and again. Only an index that cannot be far ahead (see appendText) is joined: a
// far-ahead one means the end, so it could name another part once the first delta has landed.
const MAX_JOINED_PART_INDEX = 64;

function textDeltaRunLength(events: readonly ThreadEvent[], start: number, first: TextDeltaEvent): number {
  const { messageId, partIndex } = first;
  if (partIndex !== undefined && partIndex > MAX_JOINED_PART_INDEX) return 1;
  let end = start + 1;
  while (end < events.length) {
    const event = events[end] as ThreadEvent;
    if (event.type !== 'text-delta' || event.messageId !== messageId || event.partIndex !== partIndex) break;
    end += 1;
  }
  return end - start;
}

function joinTextDeltas(events: readonly ThreadEvent[], start: number, run: number, first: TextDeltaEvent): TextDeltaEvent {
  const deltas: string[] = [];
  for (let position = start; position < start + run; position += 1) deltas.push((events[position] as TextDeltaEvent).delta);
  const delta = deltas.join('');
  return first.partIndex === undefined ? { type: 'text-delta', messageId: first.messageId, delta } : { type: 'text-delta', messageId: first.messageId, delta, partIndex: first.partIndex };
}

// Explicit object literals rather than spreads on the per-delta path: several times cheaper in
// V8, and the types still fail to compile if a field is forgotten.
function withItems(state: ThreadState, items: readonly ThreadItem[]): ThreadState {
  return {
    dialect: state.dialect,
    id: state.id,
    title: state.title,
    status: state.status,
    items,
    progress: state.progress,
    notices: state.notices,
    error: state.error,
    run: state.run,
    pendingAction: state.pendingAction,
  };
}

function withParts(message: MessageItem, parts: ContentPart[]): MessageItem {
  return { kind: 'message', id: message.id, role: message.role, status: message.status, parts, citations: message.citations };
}

// `state.items` is stale inside a batch: items are read and written through the draft only.
function applyEvent(state: ThreadState, event: ThreadEvent, items: ItemsDraft): ThreadState {
  switch (event.type) {
    case 'run-start': {
      const status = event.status ?? 'running';
      return {
        ...state,
        status,
        error: null,
        pendingAction: null,
        run: { ...newRun(state), id: event.runId ?? null, status },
      };
    }
    case 'run-update': {
      const run = state.run ?? newRun(state);
      const next: RunState = {
        ...run,
        id: event.runId === undefined ? run.id : event.runId,
        status: event.status ?? run.status,
        canCancel: event.canCancel ?? run.canCancel,
        usage: event.usage === undefined ? run.usage : event.usage,
        metrics: event.metrics === undefined ? run.metrics : event.metrics,
      };
      if (event.status === undefined) return { ...state, run: next };
      if (state.pendingAction) setToolCallStatus(items, state.pendingAction.toolCallIds, 'requires_action', 'in_progress');
      return { ...state, status: event.status, pendingAction: null, run: next };
    }
    case 'action-require': {
      const run = state.run ?? newRun(state);
      for (const id of event.action.toolCallIds) {
        const call = items.get(id);
        if (call?.kind === 'tool_call' && call.status === 'in_progress') items.set({ ...call, status: 'requires_action' });
      }
      return { ...state, status: 'requires_action', pendingAction: event.action, run: { ...run, status: 'requires_action' } };
    }
    case 'run-end': {
      const run = state.run ?? newRun(state);
      closeOpenItems(items, event.status);
      return {
        ...state,
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
      return {
        ...state,
        id: event.id ?? state.id,
        title: event.title === undefined ? state.title : event.title,
        dialect: event.dialect ?? state.dialect,
      };
    }
    case 'message-start': {
      if (items.get(event.messageId)) return state;
      items.set(newMessage(event.messageId, event.role));
      return state;
    }
    case 'text-delta': {
      const { delta, partIndex } = event;
      if (delta === '') return state;
      const owned = items.ownedMessage(event.messageId);
      if (owned !== null) {
        if (partIndex === undefined) appendTextInPlace(owned.parts, delta);
        else appendTextAtInPlace(owned.parts, partIndex, delta);
        return state;
      }
      const existing = items.get(event.messageId);
      if (existing && existing.kind !== 'message') return state;
      // Text for a message that has not started is kept: see updateMessage.
      const message = existing ?? newMessage(event.messageId, 'assistant');
      items.setOwned(withParts(message, partIndex === undefined ? appendText(message.parts, delta) : appendTextAt(message.parts, partIndex, delta)));
      return state;
    }
    case 'part-add': {
      return updateMessage(state, items, event.messageId, (message) => ({
        ...message,
        parts: event.partIndex === undefined ? [...message.parts, event.part] : setPart(message.parts, event.partIndex, event.part),
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
        outputs: [],
        status: 'in_progress',
      };
      items.set(toolCall);
      return state;
    }
    case 'tool-call-delta': {
      if (event.argumentsDelta === '') return state;
      return updateToolCall(state, items, event.toolCallId, (call) => ({
        ...call,
        arguments: call.arguments + event.argumentsDelta,
      }));
    }
    case 'tool-call-end': {
      if (event.arguments === undefined) return state;
      return updateToolCall(state, items, event.toolCallId, (call) => ({ ...call, arguments: event.arguments ?? call.arguments }));
    }
    case 'tool-result-delta': {
      if (event.delta === '') return state;
      return updateToolCall(state, items, event.toolCallId, (call) => ({ ...call, result: (call.result ?? '') + event.delta }));
    }
    case 'tool-output-add': {
      return updateToolCall(state, items, event.toolCallId, (call) => ({ ...call, outputs: [...call.outputs, event.part] }));
    }
    case 'tool-result-end': {
      return updateToolCall(state, items, event.toolCallId, (call) => ({
        ...call,
        result: event.result ?? call.result ?? '',
        status: event.failed ? 'failed' : 'complete',
      }));
    }
    case 'reasoning-start': {
      if (items.get(event.itemId)) return state;
      items.set(newReasoning(event.itemId, event.variant));
      return state;
    }
    case 'reasoning-delta': {
      if (event.delta === '') return state;
      return updateItem(state, items, event.itemId, 'reasoning', () => newReasoning(event.itemId, 'reasoning'), (item) => ({
        ...item,
        text: item.text + event.delta,
      }));
    }
    case 'reasoning-end': {
      const item = items.get(event.itemId);
      if (item?.kind !== 'reasoning') return state;
      items.set({ ...item, status: 'complete' });
      return state;
    }
    case 'workflow-update': {
      return updateItem(state, items, event.itemId, 'workflow', () => newWorkflow(event.itemId), (item) => ({
        ...item,
        variant: event.variant ?? item.variant,
        tasks: event.tasks ?? item.tasks,
        summary: event.summary === undefined ? item.summary : event.summary,
        durationSeconds: event.durationSeconds === undefined ? item.durationSeconds : event.durationSeconds,
        expanded: event.expanded ?? item.expanded,
        status: event.status ?? item.status,
      }));
    }
    case 'widget-update': {
      const empty: WidgetItem = { kind: 'widget', id: event.itemId, root: event.root, copyText: null, status: 'in_progress' };
      return updateItem(state, items, event.itemId, 'widget', () => empty, (item) => ({
        ...item,
        root: event.root,
        copyText: event.copyText === undefined ? item.copyText : event.copyText,
        status: event.status ?? item.status,
      }));
    }
    case 'notice-add': {
      return { ...state, notices: [...state.notices, event.notice] };
    }
    case 'client-effect': {
      return state;
    }
    case 'item-remove': {
      if (!items.get(event.itemId)) return state;
      items.remove(event.itemId);
      return state;
    }
    default: {
      event satisfies never;
      return state;
    }
  }
}

function newRun(state: ThreadState): RunState {
  return { id: null, status: 'running', stopReason: null, usage: null, metrics: null, canCancel: true, progressStart: state.progress.length };
}

function newReasoning(id: string, variant: ReasoningItem['variant']): ReasoningItem {
  return { kind: 'reasoning', id, variant, text: '', status: 'in_progress' };
}

function newWorkflow(id: string): WorkflowItem {
  return { kind: 'workflow', id, variant: 'custom', tasks: [], summary: null, durationSeconds: null, expanded: true, status: 'in_progress' };
}

function newMessage(id: string, role: MessageItem['role']): MessageItem {
  return { kind: 'message', id, role, status: 'in_progress', parts: [], citations: [] };
}

// Content for a message that has not started yet is kept, not dropped: the message is created
// as an assistant message so nothing that arrived is lost.
function updateMessage(state: ThreadState, items: ItemsDraft, id: string, update: (message: MessageItem) => MessageItem): ThreadState {
  const existing = items.get(id);
  if (existing && existing.kind !== 'message') return state;
  items.set(update(existing ?? newMessage(id, 'assistant')));
  return state;
}

// Like updateMessage for the other kinds: an item of another kind under the same id is left alone.
function updateItem<Kind extends ThreadItem['kind']>(
  state: ThreadState,
  items: ItemsDraft,
  id: string,
  kind: Kind,
  create: () => Extract<ThreadItem, { kind: Kind }>,
  update: (item: Extract<ThreadItem, { kind: Kind }>) => Extract<ThreadItem, { kind: Kind }>,
): ThreadState {
  const existing = items.get(id);
  if (existing && existing.kind !== kind) return state;
  items.set(update(existing ? (existing as Extract<ThreadItem, { kind: Kind }>) : create()));
  return state;
}

function setToolCallStatus(items: ItemsDraft, ids: readonly string[], from: ToolCallItem['status'], to: ToolCallItem['status']): void {
  for (const id of ids) {
    const call = items.get(id);
    if (call?.kind === 'tool_call' && call.status === from) items.set({ ...call, status: to });
  }
}

function updateToolCall(state: ThreadState, items: ItemsDraft, id: string, update: (call: ToolCallItem) => ToolCallItem): ThreadState {
  const existing = items.get(id);
  if (existing?.kind !== 'tool_call') return state;
  items.set(update(existing));
  return state;
}

function closeOpenItems(items: ItemsDraft, status: RunEndStatus): void {
  for (const item of items.list()) {
    const closed = closeItem(item, status);
    if (closed !== item) items.set(closed);
  }
}
