import type { ThreadEvent } from '../../events/ThreadEvent';
import type { TeammateIds } from './createTeammateIds';

/** Tracks one connection's tool calls; every method appends the events it makes. */
export interface TeammateTools {
  /** Starts a call; a call without an id gets one made up. Returns the call's id. */
  start(events: ThreadEvent[], toolCallId: string | null, name: string | null): string;
  appendArguments(events: ThreadEvent[], toolCallId: string | null, delta: string): void;
  endArguments(events: ThreadEvent[], toolCallId: string | null, argumentsJson?: string): void;
  appendResult(events: ThreadEvent[], toolCallId: string | null, delta: string): void;
  /** Completes the call; without a `result` the streamed result stands (the SDK accumulator's rule). */
  endResult(events: ThreadEvent[], toolCallId: string | null, result: unknown, failed: boolean): void;
  /** Whether a call with this id started on this connection. */
  has(toolCallId: string): boolean;
}

/**
 * Tool call ids are the wire's (`toolu_…`): they are what a permission request's
 * `tool_use_id` and the server answer by. A frame without an id goes to the last call, and
 * a frame for a call that never started starts it, so nothing that arrives is dropped.
 */
export function createTeammateTools(ids: TeammateIds): TeammateTools {
  const started = new Set<string>();
  let last: string | null = null;

  function start(events: ThreadEvent[], toolCallId: string | null, name: string | null): string {
    const id = toolCallId ?? ids.generate('tool');
    last = id;
    if (started.has(id)) return id;
    started.add(id);
    events.push({ type: 'tool-call-start', toolCallId: id, name: name ?? '' });
    return id;
  }

  function target(events: ThreadEvent[], toolCallId: string | null): string | null {
    if (toolCallId === null) return last;
    return started.has(toolCallId) ? toolCallId : start(events, toolCallId, null);
  }

  return {
    start,
    appendArguments(events, toolCallId, delta) {
      const id = target(events, toolCallId);
      if (id !== null && delta !== '') events.push({ type: 'tool-call-delta', toolCallId: id, argumentsDelta: delta });
    },
    endArguments(events, toolCallId, argumentsJson) {
      const id = target(events, toolCallId);
      if (id !== null) events.push(argumentsJson === undefined ? { type: 'tool-call-end', toolCallId: id } : { type: 'tool-call-end', toolCallId: id, arguments: argumentsJson });
    },
    appendResult(events, toolCallId, delta) {
      const id = target(events, toolCallId);
      if (id !== null && delta !== '') events.push({ type: 'tool-result-delta', toolCallId: id, delta });
    },
    endResult(events, toolCallId, result, failed) {
      const id = target(events, toolCallId);
      if (id === null) return;
      const text = toResultText(result);
      events.push({ type: 'tool-result-end', toolCallId: id, ...(text === null ? {} : { result: text }), ...(failed ? { failed } : {}) });
    },
    has: (toolCallId) => started.has(toolCallId),
  };
}

/** A result as text: a string as it is, anything else as JSON; null when there is none. */
export function toResultText(result: unknown): string | null {
  if (result === undefined || result === null) return null;
  if (typeof result === 'string') return result;
  try {
    return JSON.stringify(result) ?? String(result);
  } catch {
    return String(result);
  }
}
