import type { ThreadEvent } from '../../events/ThreadEvent';
import { accumulateDelta } from './accumulateDelta';
import { freshText } from './freshText';
import { findByIndex, readIndex, withIndexes } from './JsonObject';
import { readArray, readNumber, readObject, readString } from '../readJson';
import type { JsonObject } from './JsonObject';

/** Follows the run steps of one Assistants stream and turns their tool calls into canonical events. */
export interface RunStepTracker {
  /** `thread.run.step.created`: the snapshot later deltas merge into. */
  created(step: JsonObject, events: ThreadEvent[]): void;
  /** `thread.run.step.delta`: tool calls merged by index; their fragments streamed. */
  delta(delta: JsonObject, events: ThreadEvent[]): void;
  /** `thread.run.step.completed`: each call's final arguments, outputs and result. */
  completed(step: JsonObject, events: ThreadEvent[]): void;
  /** `thread.run.step.failed` / `expired`: each call not yet finished fails with `reason`. */
  failed(step: JsonObject, reason: string, events: ThreadEvent[]): void;
  /** `required_action.submit_tool_outputs.tool_calls`: each call exists with its full arguments. Returns their ids. */
  require(toolCalls: readonly unknown[], events: ThreadEvent[]): string[];
}

interface TrackedStep {
  /** The step as accumulated so far: `step_details.tool_calls` entries carry their `index`. */
  snapshot: JsonObject;
  /** Only a call's first delta carries its id; later ones name the call by index. */
  callIds: Map<number, string>;
}

interface TrackedCall {
  argumentsSent: number;
  inputSent: number;
  /** Characters of each `logs` output (by output index) already sent. */
  logsSent: Map<number, number>;
  /** Output indexes whose image was already sent. */
  imagesSent: Set<number>;
  finished: boolean;
}

/**
 * Keeps one snapshot per run step, merges deltas into it with {@link accumulateDelta} and emits
 * what each adds. Calls are tracked by id for the whole connection, so a call is started once
 * whether it first shows up in a delta, a `requires_action` run or a completed step.
 */
export function createRunStepTracker(): RunStepTracker {
  const steps = new Map<string, TrackedStep>();
  const calls = new Map<string, TrackedCall>();

  function ensureCall(id: string, name: string, events: ThreadEvent[]): TrackedCall {
    const existing = calls.get(id);
    if (existing) return existing;
    const call: TrackedCall = { argumentsSent: 0, inputSent: 0, logsSent: new Map(), imagesSent: new Set(), finished: false };
    calls.set(id, call);
    events.push({ type: 'tool-call-start', toolCallId: id, name }, { type: 'progress-add', text: stepProgressText(name) });
    return call;
  }

  function apply(step: TrackedStep, delta: JsonObject, events: ThreadEvent[]): void {
    step.snapshot = accumulateDelta(step.snapshot, delta);
    const merged = readArray(readObject(step.snapshot, 'step_details'), 'tool_calls');
    for (const entry of readArray(readObject(delta, 'step_details'), 'tool_calls')) {
      const index = readIndex(entry);
      if (index === null) continue;
      const id = readString(entry, 'id');
      if (id && !step.callIds.has(index)) step.callIds.set(index, id);
      const callId = step.callIds.get(index);
      const call = findByIndex(merged, index);
      // A call is announced once its id is known; fragments before that wait in the snapshot.
      if (callId !== undefined && call !== null) streamCall(callId, call, entry as JsonObject, events);
    }
  }

  function streamCall(id: string, merged: JsonObject, entry: JsonObject, events: ThreadEvent[]): void {
    const call = ensureCall(id, toolName(merged), events);
    switch (readString(merged, 'type')) {
      case 'function': {
        const full = readString(readObject(merged, 'function'), 'arguments') ?? '';
        const delta = freshText(full, call.argumentsSent, readObject(entry, 'function')?.arguments);
        call.argumentsSent = Math.max(call.argumentsSent, full.length);
        if (delta !== '') events.push({ type: 'tool-call-delta', toolCallId: id, argumentsDelta: delta });
        break;
      }
      case 'code_interpreter': {
        const interpreter = readObject(merged, 'code_interpreter');
        const entryInterpreter = readObject(entry, 'code_interpreter');
        const input = readString(interpreter, 'input') ?? '';
        const delta = freshText(input, call.inputSent, entryInterpreter?.input);
        call.inputSent = Math.max(call.inputSent, input.length);
        if (delta !== '') events.push({ type: 'tool-call-delta', toolCallId: id, argumentsDelta: delta });
        const entryOutputs = readArray(entryInterpreter, 'outputs');
        readArray(interpreter, 'outputs').forEach((output, position) => {
          const index = readIndex(output) ?? position;
          streamOutput(id, call, index, output, findByIndex(entryOutputs, index)?.logs, events);
        });
        break;
      }
      default: {
        break;
      }
    }
  }

  function streamOutput(id: string, call: TrackedCall, index: number, output: unknown, fragment: unknown, events: ThreadEvent[]): void {
    if (readString(output, 'type') === 'logs') {
      const logs = readString(output, 'logs') ?? '';
      const sent = call.logsSent.get(index) ?? 0;
      const delta = freshText(logs, sent, fragment);
      call.logsSent.set(index, Math.max(sent, logs.length));
      if (delta !== '') events.push({ type: 'tool-result-delta', toolCallId: id, delta });
      return;
    }
    const fileId = readString(readObject(output, 'image'), 'file_id');
    if (readString(output, 'type') !== 'image' || !fileId || call.imagesSent.has(index)) return;
    call.imagesSent.add(index);
    events.push({ type: 'tool-output-add', toolCallId: id, part: { type: 'image', fileId } });
  }

  function finishCall(id: string, raw: JsonObject, events: ThreadEvent[]): void {
    const call = ensureCall(id, toolName(raw), events);
    switch (readString(raw, 'type')) {
      case 'function': {
        const fn = readObject(raw, 'function');
        const args = readString(fn, 'arguments');
        events.push(args === null ? { type: 'tool-call-end', toolCallId: id } : { type: 'tool-call-end', toolCallId: id, arguments: args });
        const output = fn?.output;
        if (output === null || output === undefined) return;
        call.finished = true;
        events.push({ type: 'tool-result-end', toolCallId: id, result: typeof output === 'string' ? output : JSON.stringify(output) });
        return;
      }
      case 'code_interpreter': {
        const interpreter = readObject(raw, 'code_interpreter');
        const input = readString(interpreter, 'input');
        if (input !== null) events.push({ type: 'tool-call-end', toolCallId: id, arguments: input });
        let logs = '';
        readArray(interpreter, 'outputs').forEach((output, position) => {
          if (readString(output, 'type') === 'logs') logs += readString(output, 'logs') ?? '';
          else streamOutput(id, call, readIndex(output) ?? position, output, undefined, events);
        });
        call.finished = true;
        events.push({ type: 'tool-result-end', toolCallId: id, result: logs });
        return;
      }
      case 'file_search': {
        const results = readArray(readObject(raw, 'file_search'), 'results').map((result) => ({
          file_name: readString(result, 'file_name'),
          score: readNumber(result, 'score'),
        }));
        call.finished = true;
        events.push({ type: 'tool-result-end', toolCallId: id, result: JSON.stringify(results) });
        return;
      }
      default: {
        call.finished = true;
        events.push({ type: 'tool-result-end', toolCallId: id });
      }
    }
  }

  return {
    created(step, events) {
      const id = readString(step, 'id');
      if (id === null || steps.has(id)) return;
      const tracked: TrackedStep = { snapshot: {}, callIds: new Map() };
      steps.set(id, tracked);
      const details = readObject(step, 'step_details');
      if (readString(details, 'type') === 'message_creation') events.push({ type: 'progress-add', text: 'Writing the answer' });
      const toolCalls = details?.tool_calls;
      apply(tracked, Array.isArray(toolCalls) ? { ...step, step_details: { ...details, tool_calls: withIndexes(toolCalls) } } : step, events);
    },
    delta(data, events) {
      const id = readString(data, 'id') ?? '';
      let tracked = steps.get(id);
      if (!tracked) {
        tracked = { snapshot: {}, callIds: new Map() };
        steps.set(id, tracked);
      }
      apply(tracked, readObject(data, 'delta') ?? {}, events);
    },
    completed(step, events) {
      const stepId = readString(step, 'id') ?? '';
      const tracked = steps.get(stepId);
      steps.delete(stepId);
      readArray(readObject(step, 'step_details'), 'tool_calls').forEach((raw, position) => {
        const id = readString(raw, 'id') ?? tracked?.callIds.get(readIndex(raw) ?? position);
        if (id) finishCall(id, raw as JsonObject, events);
      });
    },
    failed(step, reason, events) {
      const stepId = readString(step, 'id') ?? '';
      const tracked = steps.get(stepId);
      steps.delete(stepId);
      const ids = new Set(tracked?.callIds.values());
      for (const raw of readArray(readObject(step, 'step_details'), 'tool_calls')) {
        const id = readString(raw, 'id');
        if (!id) continue;
        ensureCall(id, toolName(raw), events);
        ids.add(id);
      }
      for (const id of ids) {
        const call = calls.get(id);
        if (!call || call.finished) continue;
        call.finished = true;
        events.push({ type: 'tool-result-end', toolCallId: id, result: reason, failed: true });
      }
    },
    require(toolCalls, events) {
      const ids: string[] = [];
      for (const raw of toolCalls) {
        const id = readString(raw, 'id');
        if (!id) continue;
        ensureCall(id, toolName(raw), events);
        const args = readString(readObject(raw, 'function'), 'arguments');
        if (args !== null) events.push({ type: 'tool-call-end', toolCallId: id, arguments: args });
        ids.push(id);
      }
      return ids;
    },
  };
}

/** The run step as a line of the work-in-progress log, named after what the step does. */
function stepProgressText(toolName: string): string {
  switch (toolName) {
    case 'code_interpreter': {
      return 'Running code';
    }
    case 'file_search': {
      return 'Searching files';
    }
    default: {
      return `Calling ${toolName}`;
    }
  }
}

/** The tool call item's name: the function's name, or the built-in tool's type. */
function toolName(call: unknown): string {
  const type = readString(call, 'type');
  if (type !== null && type !== 'function') return type;
  return readString(readObject(call, 'function'), 'name') || (type ?? 'tool');
}
