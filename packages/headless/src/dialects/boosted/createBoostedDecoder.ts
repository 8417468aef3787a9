import type { MessageEndStatus, RunEndStatus, ThreadEvent } from '../../events/ThreadEvent';
import type { SseMessage } from '../../transport/SseMessage';
import type { Decoder, DecoderOptions } from '../Decoder';
import { asObject, asString, isJsonObject, readObject, readString } from '../readJson';
import { warnInDevelopment } from '../warnInDevelopment';
import { createBoostedMarkerScanner, splitArtifactMarkers } from './createArtifactMarkerScanner';
import type { BoostedMarkerScanner, MarkerSegment } from './createArtifactMarkerScanner';
import { readBoostedFrame } from './readBoostedFrame';
import { toBoostedCitation } from './toBoostedCitation';

/** What the REST endpoints say about a thread whose stream closed early. */
export interface BoostedRecovery {
  /** `progress_data.status` from `GET /v2/threads/{id}/progress`, or null. */
  status: string | null;
  /** The latest assistant message from `GET /v2/threads/{id}/messages`, when the task is done. */
  message: { text: string; citations: unknown[] } | null;
}

/** The Boosted decoder, which can also fold what the REST endpoints report into the thread. */
export interface BoostedDecoder extends Decoder {
  /** The events that bring the thread to what the server reports after the stream closed early. */
  recover(truth: BoostedRecovery): ThreadEvent[];
}

// The Thread API appends this to the streamed text when the task is cancelled.
const CANCELLED_SUFFIX = 'User cancelled message';

type Json = Record<string, unknown>;

interface OpenMessage {
  id: string;
  /**
   * The text as it streamed, markers included, a chunk per entry. A string grown a chunk at a
   * time is a chain of a concatenation node per chunk for the garbage collector to trace: a
   * 100,000-chunk answer decoded and reduced 10 to 25% slower. Nor is it joined when the message
   * ends: the final `message` is compared with it chunk by chunk (see isStreamedText), which
   * saves a copy of the whole answer per message.
   */
  chunks: string[];
  scanner: BoostedMarkerScanner;
}

/**
 * Decodes `GET /v2/threads/stream/{id}`: work-in-progress logs become progress, chunks become
 * text deltas (artifact markers become artifact parts), `final_chunk` ends the message, the
 * final `message` replaces the text where it differs and carries the citations, and a
 * `Complete` task status ends the run. The gRPC service's events, as its transport hands them
 * over (`message_chunk_event`…), decode the same, except that its `message_event` ends the run.
 * The stream is persistent, so one decoder follows many runs. Message ids are made up
 * (`<idPrefix>msg-<n>`): the wire has none.
 */
export function createBoostedDecoder(options: DecoderOptions = {}): BoostedDecoder {
  const idPrefix = options.idPrefix ?? 'boosted-';
  const warn = options.onWarning ?? warnInDevelopment;
  let runOpen = false;
  let swallowNextTerminal = false;
  let messageCount = 0;
  let open: OpenMessage | null = null;
  // Closed by `final_chunk`, waiting for its `message` event.
  let finished: { id: string; chunks: readonly string[] } | null = null;
  // The run's final `message` arrived: a recovery must not add it again.
  let answered = false;

  function ensureRun(events: ThreadEvent[]): void {
    if (runOpen) return;
    runOpen = true;
    swallowNextTerminal = false;
    finished = null;
    answered = false;
    events.push({ type: 'run-start' });
  }

  function ensureMessage(events: ThreadEvent[]): OpenMessage {
    ensureRun(events);
    if (open) return open;
    finished = null;
    messageCount += 1;
    open = { id: `${idPrefix}msg-${messageCount}`, chunks: [], scanner: createBoostedMarkerScanner() };
    events.push({ type: 'message-start', messageId: open.id, role: 'assistant' });
    return open;
  }

  function pushSegments(events: ThreadEvent[], messageId: string, segments: MarkerSegment[]): void {
    for (const segment of segments) {
      if (segment.type === 'text') events.push({ type: 'text-delta', messageId, delta: segment.text });
      else events.push({ type: 'part-add', messageId, part: { type: 'artifact', artifactId: segment.artifactId } });
    }
  }

  function closeOpen(events: ThreadEvent[], status: MessageEndStatus): void {
    if (!open) return;
    const message = open;
    open = null;
    pushSegments(events, message.id, message.scanner.flush());
    events.push({ type: 'message-end', messageId: message.id, status });
    finished = { id: message.id, chunks: message.chunks };
  }

  function endRun(events: ThreadEvent[], status: RunEndStatus): void {
    runOpen = false;
    swallowNextTerminal = status === 'cancelled';
    events.push({ type: 'run-end', status });
  }

  // Every chunk comes through here: its fields are read in place, not through readString (see asString).
  function onChunk(payload: unknown, siblings: Readonly<Json>): ThreadEvent[] {
    const fields = asObject(payload);
    const text = typeof payload === 'string' ? payload : (asString(fields?.message) ?? asString(fields?.text) ?? '');
    const citations = fields?.citations;
    const final = fields?.final_chunk === true || siblings.final_chunk === true;
    // Most chunks are a word of plain text in an open message: one event, in an array made to
    // measure. One grown from empty reserves 17 slots, per chunk, for the collector to sweep.
    if (runOpen && open !== null && !final && !Array.isArray(citations) && text !== '' && open.scanner.isPlainText(text)) {
      open.chunks.push(text);
      return [{ type: 'text-delta', messageId: open.id, delta: text }];
    }
    const events: ThreadEvent[] = [];
    const message = ensureMessage(events);
    message.chunks.push(text);
    if (message.scanner.isPlainText(text)) {
      if (text !== '') events.push({ type: 'text-delta', messageId: message.id, delta: text });
    } else {
      pushSegments(events, message.id, message.scanner.push(text));
    }
    if (Array.isArray(citations)) {
      for (const citation of citations) events.push({ type: 'citation-add', messageId: message.id, citation: toBoostedCitation(citation) });
    }
    if (final) {
      const cancelled = isCancelledStream(message.chunks);
      closeOpen(events, cancelled ? 'cancelled' : 'complete');
      if (cancelled) endRun(events, 'cancelled');
    }
    return events;
  }

  function onFinalMessage(events: ThreadEvent[], payload: unknown, siblings: Readonly<Json>): void {
    const text = typeof payload === 'string' ? payload : (readString(payload, 'message') ?? readString(payload, 'text') ?? readString(payload, 'content'));
    const metadata = readObject(payload, 'message_metadata') ?? readObject(siblings, 'message_metadata');
    const rawCitations = metadata?.citations ?? (isJsonObject(payload) ? payload.citations : undefined);
    if (!open && !finished && text === null) return;
    if (open) closeOpen(events, 'complete');
    const target = finished ?? { id: ensureMessage(events).id, chunks: [] };
    open = null;
    finished = null;
    answered = true;
    const cancelled = text === null ? isCancelledStream(target.chunks) : isCancelledText(text);
    events.push({
      type: 'message-end',
      messageId: target.id,
      status: cancelled ? 'cancelled' : 'complete',
      ...(text !== null && !isStreamedText(text, target.chunks) ? { parts: toParts(splitArtifactMarkers(text)) } : {}),
      ...(Array.isArray(rawCitations) ? { citations: rawCitations.map(toBoostedCitation) } : {}),
    });
    if (cancelled && runOpen) endRun(events, 'cancelled');
  }

  function onTaskStatus(events: ThreadEvent[], payload: unknown): void {
    const status = typeof payload === 'string' ? payload : (readString(payload, 'status') ?? readString(payload, 'state'));
    const ended = toRunEndStatus(status);
    if (ended === null) {
      ensureRun(events);
      return;
    }
    if (swallowNextTerminal && !runOpen) {
      swallowNextTerminal = false;
      return;
    }
    closeOpen(events, ended === 'complete' ? 'complete' : ended === 'cancelled' ? 'cancelled' : ended === 'failed' ? 'error' : 'incomplete');
    if (ended === 'failed') {
      events.push({ type: 'run-error', error: { kind: 'server', code: status, message: `The task ended with status "${status}".`, retryable: true } });
    }
    endRun(events, ended);
  }

  function onWorkerError(events: ThreadEvent[], payload: unknown): void {
    const message = typeof payload === 'string' ? payload : (readString(payload, 'message') ?? readString(payload, 'error') ?? readString(payload, 'detail') ?? 'The agent reported an error.');
    const code = readString(payload, 'code') ?? readString(payload, 'error_code');
    ensureRun(events);
    events.push({ type: 'run-error', error: { kind: 'server', code, message, retryable: true } });
    closeOpen(events, 'error');
    endRun(events, 'failed');
  }

  function decode(sse: SseMessage): ThreadEvent[] {
    const frame = readBoostedFrame(sse);
    switch (frame.kind) {
      case 'empty': {
        return [];
      }
      case 'malformed': {
        const events: ThreadEvent[] = [];
        ensureRun(events);
        const excerpt = sse.data.length > 80 ? `${sse.data.slice(0, 80)}…` : sse.data;
        events.push({
          type: 'run-error',
          error: { kind: 'protocol', code: null, retryable: false, message: `Malformed Boosted frame (${frame.reason}): ${excerpt}` },
        });
        return events;
      }
      case 'event': {
        break;
      }
      default: {
        frame satisfies never;
        return [];
      }
    }
    const { name, payload, siblings } = frame;
    // Nearly every frame is a chunk, which makes its own array (see onChunk).
    if (name === 'message_chunk') return onChunk(payload, siblings);
    const events: ThreadEvent[] = [];
    switch (name) {
      case 'message_work_in_progress': {
        ensureRun(events);
        const log = typeof payload === 'string' ? payload : (readString(payload, 'log') ?? readString(payload, 'message') ?? readString(payload, 'text'));
        if (log !== null) events.push({ type: 'progress-add', text: log });
        break;
      }
      case 'message': {
        onFinalMessage(events, payload, siblings);
        // The gRPC stream has no task status: its complete message is the run's last event.
        if (frame.grpc && runOpen) endRun(events, 'complete');
        break;
      }
      case 'task_status':
      case 'execution_status': {
        onTaskStatus(events, payload);
        break;
      }
      case 'thread_name': {
        const title = typeof payload === 'string' ? payload : (readString(payload, 'thread_name') ?? readString(payload, 'name') ?? readString(payload, 'title'));
        if (title !== null) events.push({ type: 'thread-update', title });
        break;
      }
      case 'worker_error': {
        onWorkerError(events, payload);
        break;
      }
      case 'message_cancelled': {
        closeOpen(events, 'cancelled');
        if (runOpen) endRun(events, 'cancelled');
        break;
      }
      default: {
        warn(`Ignored an unknown Boosted event "${name}".`);
      }
    }
    return events;
  }

  function finish(): ThreadEvent[] {
    const events: ThreadEvent[] = [];
    if (open) pushSegments(events, open.id, open.scanner.flush());
    return events;
  }

  function recover(truth: BoostedRecovery): ThreadEvent[] {
    const events: ThreadEvent[] = [];
    const ended = toRunEndStatus(truth.status);
    // A reopened stream may have told the run's end already, in events not yet applied.
    if (ended === null || (answered && !runOpen)) return events;
    if (truth.message && !answered) onFinalMessage(events, { message: truth.message.text, message_metadata: { citations: truth.message.citations } }, {});
    onTaskStatus(events, truth.status);
    return events;
  }

  return { decode, finish, recover };
}

function toParts(segments: MarkerSegment[]) {
  return segments.map((segment) =>
    segment.type === 'text' ? { type: 'text' as const, text: segment.text } : { type: 'artifact' as const, artifactId: segment.artifactId },
  );
}

/** How a Boosted task status ends the run, or null while it is still running. */
export function toRunEndStatus(status: string | null): RunEndStatus | null {
  const normalized = status?.trim().toLowerCase() ?? '';
  if (['complete', 'completed', 'done', 'success', 'succeeded', 'finished'].includes(normalized)) return 'complete';
  if (['failed', 'failure', 'error', 'errored'].includes(normalized)) return 'failed';
  if (['cancelled', 'canceled', 'aborted'].includes(normalized)) return 'cancelled';
  return null;
}

function isCancelledText(text: string): boolean {
  return text.trimEnd().endsWith(CANCELLED_SUFFIX);
}

// isCancelledText of the chunks joined, reading only as many chunks from the end as the suffix needs.
function isCancelledStream(chunks: readonly string[]): boolean {
  let tail = '';
  for (let index = chunks.length - 1; index >= 0 && tail.length < CANCELLED_SUFFIX.length; index -= 1) {
    const chunk = chunks[index] as string;
    // Trailing whitespace is trimmed before the suffix is looked for, whichever chunks it spans.
    tail = tail === '' ? chunk.trimEnd() : chunk + tail;
  }
  return tail.endsWith(CANCELLED_SUFFIX);
}

// Whether `text` is the chunks joined, compared in place.
function isStreamedText(text: string, chunks: readonly string[]): boolean {
  let at = 0;
  for (const chunk of chunks) {
    if (!text.startsWith(chunk, at)) return false;
    at += chunk.length;
  }
  return at === text.length;
}
