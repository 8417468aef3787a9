import type { RunActiveStatus, RunEndStatus, ThreadEvent } from '../../events/ThreadEvent';
import type { SseMessage } from '../../transport/SseMessage';
import type { Decoder, DecoderOptions } from '../Decoder';
import { warnInDevelopment } from '../warnInDevelopment';
import { createMessageTracker } from './createMessageTracker';
import { createRunStepTracker } from './createRunStepTracker';
import { isJsonObject, readArray, readObject, readString } from '../readJson';
import type { JsonObject } from './JsonObject';
import { readAssistantsFrame } from './readAssistantsFrame';
import type { AssistantsEventName } from './readAssistantsFrame';
import { toAssistantsRunActiveStatus } from './toAssistantsRunActiveStatus';
import { toAssistantsRunEndStatus } from './toAssistantsRunEndStatus';

/** What the REST endpoints say about a run whose stream dropped. */
export interface AssistantsRecovery {
  /** The Run JSON from `GET /threads/{thread_id}/runs/{run_id}`. */
  run: unknown;
  /** Message JSON from `GET /threads/{thread_id}/messages`, oldest first: this run's messages. */
  messages?: readonly unknown[];
}

/** The Assistants decoder, which can also fold what the REST endpoints report into the thread. */
export interface AssistantsDecoder extends Decoder {
  /**
   * The events that bring the thread to what polling reports after the stream dropped: each
   * message as it now stands, then the run (still going, waiting on tool outputs, or ended).
   */
  recover(truth: AssistantsRecovery): ThreadEvent[];
}

// These last_error codes name a passing condition; `invalid_prompt` does not.
const RETRYABLE_CODES = new Set(['server_error', 'rate_limit_exceeded']);

/**
 * Decodes an OpenAI Assistants v2 stream (`POST /threads/runs`, `/threads/{id}/runs`,
 * `…/submit_tool_outputs` with `stream: true`). Run events become run start, updates, pending
 * tool outputs and the run's end; step deltas become tool calls with streamed arguments, code
 * interpreter logs and images; message deltas, merged by index as the OpenAI SDKs merge them,
 * become text, image parts and file citations; `*.completed` objects are authoritative. A
 * continuation stream (after tool outputs were submitted) has no `thread.run.created`: the run
 * it names goes on.
 */
export function createAssistantsDecoder(options: DecoderOptions = {}): AssistantsDecoder {
  const warn = options.onWarning ?? warnInDevelopment;
  const steps = createRunStepTracker();
  const messages = createMessageTracker(warn);
  let runId: string | null = null;

  function startRun(run: JsonObject, events: ThreadEvent[]): void {
    runId = readString(run, 'id');
    events.push({ type: 'run-start', runId, status: toAssistantsRunActiveStatus(run.status) ?? 'queued' });
  }

  function updateRun(run: JsonObject, status: RunActiveStatus, events: ThreadEvent[]): void {
    const id = readString(run, 'id');
    if (id !== null) runId = id;
    events.push(id === null ? { type: 'run-update', status } : { type: 'run-update', runId: id, status });
  }

  // A run first seen pausing or ending (a stream joined late) still gets its id recorded.
  function noteRun(run: JsonObject, events: ThreadEvent[]): void {
    const id = readString(run, 'id');
    if (id === null || id === runId) return;
    runId = id;
    events.push({ type: 'run-update', runId: id });
  }

  function requireAction(run: JsonObject, events: ThreadEvent[]): void {
    noteRun(run, events);
    const toolCalls = readArray(readObject(readObject(run, 'required_action'), 'submit_tool_outputs'), 'tool_calls');
    const toolCallIds = steps.require(toolCalls, events);
    events.push({
      type: 'action-require',
      action: { kind: 'submit_tool_outputs', toolCallIds, requestId: null, questions: [], toolName: null, toolInput: toolCalls },
    });
  }

  function endRun(run: JsonObject, status: RunEndStatus, events: ThreadEvent[]): void {
    noteRun(run, events);
    if (status === 'failed') {
      const lastError = readObject(run, 'last_error');
      const code = readString(lastError, 'code');
      const message = readString(lastError, 'message') || 'The run failed.';
      events.push({ type: 'run-error', error: { kind: 'server', code, message, retryable: code !== null && RETRYABLE_CODES.has(code) } });
    }
    const usage = readObject(run, 'usage');
    events.push({ type: 'run-end', status, stopReason: readString(readObject(run, 'incomplete_details'), 'reason'), usage });
  }

  // `event: error` reports an internal error or a timeout; the run itself is polled afterwards.
  function reportError(data: JsonObject, events: ThreadEvent[]): void {
    const error = readObject(data, 'error') ?? data;
    const message = readString(error, 'message') || 'The Assistants stream reported an error.';
    events.push({ type: 'run-error', error: { kind: 'server', code: readString(error, 'code'), message, retryable: true } });
  }

  function onRun(run: JsonObject, events: ThreadEvent[]): void {
    const active = toAssistantsRunActiveStatus(run.status);
    const ended = toAssistantsRunEndStatus(run.status);
    if (active !== null) updateRun(run, active, events);
    else if (ended !== null) endRun(run, ended, events);
    else if (run.status === 'requires_action') requireAction(run, events);
  }

  function onEvent(name: AssistantsEventName, data: JsonObject, derived: boolean, events: ThreadEvent[]): void {
    switch (name) {
      // Nearly every frame is a message delta: its case comes first, before twenty comparisons.
      case 'thread.message.delta': {
        messages.delta(data, events);
        break;
      }
      case 'thread.created': {
        const id = readString(data, 'id');
        if (id !== null) events.push({ type: 'thread-update', id });
        break;
      }
      case 'thread.run.created': {
        startRun(data, events);
        break;
      }
      case 'thread.run.queued': {
        // Without an `event:` line a new run's `created` reads as `queued` (see readAssistantsFrame).
        if (derived && readString(data, 'id') !== runId) startRun(data, events);
        else updateRun(data, 'queued', events);
        break;
      }
      case 'thread.run.in_progress': {
        updateRun(data, 'running', events);
        break;
      }
      case 'thread.run.cancelling': {
        updateRun(data, 'cancelling', events);
        break;
      }
      case 'thread.run.requires_action': {
        requireAction(data, events);
        break;
      }
      case 'thread.run.completed': {
        endRun(data, 'complete', events);
        break;
      }
      case 'thread.run.incomplete': {
        endRun(data, 'incomplete', events);
        break;
      }
      case 'thread.run.failed': {
        endRun(data, 'failed', events);
        break;
      }
      case 'thread.run.cancelled': {
        endRun(data, 'cancelled', events);
        break;
      }
      case 'thread.run.expired': {
        endRun(data, 'expired', events);
        break;
      }
      case 'thread.run.step.created': {
        steps.created(data, events);
        break;
      }
      case 'thread.run.step.delta': {
        steps.delta(data, events);
        break;
      }
      case 'thread.run.step.completed': {
        steps.completed(data, events);
        break;
      }
      case 'thread.run.step.failed':
      case 'thread.run.step.expired': {
        steps.failed(data, readString(readObject(data, 'last_error'), 'message') ?? '', events);
        break;
      }
      // Cancelled steps are closed by the run's end; the in_progress events repeat `created`.
      case 'thread.run.step.cancelled':
      case 'thread.run.step.in_progress':
      case 'thread.message.in_progress': {
        break;
      }
      case 'thread.message.created': {
        messages.created(data, events);
        break;
      }
      case 'thread.message.completed': {
        messages.end(data, 'complete', events);
        break;
      }
      case 'thread.message.incomplete': {
        const reason = readString(readObject(data, 'incomplete_details'), 'reason');
        messages.end(data, reason === 'run_cancelled' ? 'cancelled' : reason === 'run_failed' ? 'error' : 'incomplete', events);
        break;
      }
      case 'error': {
        reportError(data, events);
        break;
      }
      default: {
        name satisfies never;
      }
    }
  }

  function decode(message: SseMessage): ThreadEvent[] {
    const events: ThreadEvent[] = [];
    const frame = readAssistantsFrame(message);
    switch (frame.kind) {
      case 'done': {
        break;
      }
      case 'malformed': {
        const text = `The Assistants "${frame.name}" event carried data that is not valid JSON: ${frame.excerpt}`;
        warn(text);
        events.push({ type: 'run-error', error: { kind: 'protocol', code: null, retryable: false, message: text } });
        break;
      }
      case 'ignored': {
        warn(frame.reason);
        break;
      }
      case 'event': {
        onEvent(frame.name, frame.data, frame.derived, events);
        break;
      }
      default: {
        frame satisfies never;
      }
    }
    return events;
  }

  function recover(truth: AssistantsRecovery): ThreadEvent[] {
    const events: ThreadEvent[] = [];
    for (const message of truth.messages ?? []) {
      if (!isJsonObject(message)) continue;
      const status = readString(message, 'status');
      if (status === 'completed') onEvent('thread.message.completed', message, false, events);
      else if (status === 'incomplete') onEvent('thread.message.incomplete', message, false, events);
      else onEvent('thread.message.created', message, false, events);
    }
    if (isJsonObject(truth.run)) onRun(truth.run, events);
    return events;
  }

  return { decode, finish: () => [], recover };
}
