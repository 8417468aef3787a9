import type { Citation } from '../../events/Citation';
import type { ReasoningVariant, RunEndStatus, ThreadEvent } from '../../events/ThreadEvent';
import type { SseMessage } from '../../transport/SseMessage';
import type { Decoder, DecoderOptions } from '../Decoder';
import { warnInDevelopment } from '../warnInDevelopment';
import { claudeFrameTypes, createClaudeFrameDecoder } from './createClaudeFrameDecoder';
import { createPendingActions } from './createPendingActions';
import { createTeammateBlocks } from './createTeammateBlocks';
import { createTeammateIds } from './createTeammateIds';
import { createTeammateTools } from './createTeammateTools';
import { createTodoLists } from './createTodoLists';
import { isRecord, pickedString, pickedText, pickRecord, pickString, pickText } from './pickString';
import type { Json } from './pickString';
import { readTeammateFrame } from './readTeammateFrame';
import { progressFrameTexts, silentTeammateFrameTypes, terminalFailureTypes, warningNoticeTitles } from './teammateFrameTypes';
import { toTeammateCitation } from './toTeammateCitation';
import { toTeammateError } from './toTeammateError';
import { toTeammateMetrics } from './toTeammateMetrics';

// `<variant>-<step>` frame types (`thinking-delta`), read with a lookup rather than a regex per frame.
const BLOCK_FRAMES: ReadonlyMap<string, { variant: ReasoningVariant; step: 'start' | 'delta' | 'end' }> = new Map(
  (['reasoning', 'thinking', 'plan'] as const).flatMap((variant) => (['start', 'delta', 'end'] as const).map((step) => [`${variant}-${step}`, { variant, step }] as const)),
);
// Frames that belong to a run: one arriving before any `metadata` opens the run.
const CONTENT_FRAMES = new Set([
  ...['text-start', 'text-delta', 'text-end', 'message-start', 'message-delta', 'message-end', 'todo-update', 'source-url', 'source-document'],
  ...['tool-call-start', 'tool-call-delta', 'tool-call-end', 'tool-result-delta', 'tool-result-end', ...progressFrameTexts.keys()],
]);

/**
 * Decodes a Teammate (m8tes) run stream: `POST /runs/`, `POST /runs/{id}/reply` or the
 * re-join `GET /runs/{id}/stream`. Each `metadata` frame starts a turn; text, reasoning and
 * tool frames become items in wire order; `done`, `[DONE]`, `cancelled`, `error` and the
 * terminal failure types end the run; permission frames pause it. Item ids derive from the
 * run id (`<idPrefix><runId>-…`), so a re-joined stream, which replays the run from its
 * start, gives every item the same id again. Tool calls keep the wire's ids.
 */
export function createTeammateDecoder(options: DecoderOptions = {}): Decoder {
  const warn = options.onWarning ?? warnInDevelopment;
  const ids = createTeammateIds(options.idPrefix ?? 'teammate-');
  const blocks = createTeammateBlocks(ids);
  const tools = createTeammateTools(ids);
  const pending = createPendingActions();
  const todoLists = createTodoLists(ids, blocks);
  const claude = createClaudeFrameDecoder({ blocks, tools, addCitation, warn });
  // 'open' from a turn's first frame to its terminal frame; stray frames after that open no run.
  let phase: 'idle' | 'open' | 'ended' = 'idle';
  let turnHasMetadata = false;
  let metrics: Record<string, unknown> = {};

  // A frame before any metadata (a stream that skips it, one frame fed alone) only marks the run
  // as running: a run-start would wipe the run id and error the thread already holds.
  function openRun(events: ThreadEvent[]): void {
    if (phase !== 'idle') return;
    phase = 'open';
    turnHasMetadata = false;
    events.push({ type: 'run-update', status: 'running' });
  }

  function startTurn(events: ThreadEvent[], raw: Json): void {
    const payload = pickRecord(raw, 'payload') ?? raw;
    const runId = pickString(payload, 'run_id', 'runId');
    const usage = pickRecord(payload, 'usage');
    if (runId !== null) ids.setRun(runId);
    if (phase === 'open' && !turnHasMetadata) {
      events.push({ type: 'run-update', ...(runId === null ? {} : { runId }), ...(usage ? { usage } : {}) });
    } else {
      blocks.closeCurrent(events);
      blocks.reset();
      pending.clear();
      metrics = {};
      todoLists.reset();
      events.push({ type: 'run-start', runId });
      if (usage) events.push({ type: 'run-update', usage });
    }
    phase = 'open';
    turnHasMetadata = true;
  }

  // The reducer closes whatever is still open to match the run's status; the blocks are only forgotten.
  function endRun(events: ThreadEvent[], status: RunEndStatus, stopReason: string | null = null): void {
    openRun(events);
    phase = 'ended';
    pending.clear();
    blocks.reset();
    const reason = stopReason ?? (typeof metrics.stopReason === 'string' ? metrics.stopReason : null);
    const hasMetrics = Object.keys(metrics).length > 0;
    events.push({ type: 'run-end', status, ...(reason === null ? {} : { stopReason: reason }), ...(hasMetrics ? { metrics: { ...metrics } } : {}) });
  }

  // An error after the run ended is still shown, but does not end the run a second time.
  function fail(events: ThreadEvent[], raw: Json, terminalType: string | null): void {
    const ended = phase === 'ended';
    openRun(events);
    events.push({ type: 'run-error', error: toTeammateError(raw, terminalType) });
    if (!ended) endRun(events, 'failed');
  }

  function addCitation(events: ThreadEvent[], citation: Citation): void {
    if (blocks.lastMessageId() === null) blocks.startText(events, null);
    events.push({ type: 'citation-add', messageId: blocks.lastMessageId() ?? '', citation });
  }

  function decodeBlockFrame(events: ThreadEvent[], variant: ReasoningVariant, step: 'start' | 'delta' | 'end', raw: Json): void {
    openRun(events);
    const wireId = pickString(raw, 'id');
    if (step === 'start') blocks.startReasoning(events, variant, wireId);
    else if (step === 'end') blocks.endReasoning(events, variant, wireId);
    else blocks.appendReasoning(events, variant, pickText(raw, 'delta') || pickText(raw, 'text') || pickText(raw, 'plan'), wireId);
  }

  // The families of frames this switch does not name: reasoning blocks, silent frames, failures,
  // warnings and Claude-native frames.
  function decodeOtherFrame(events: ThreadEvent[], type: string, raw: Json): void {
    const block = BLOCK_FRAMES.get(type);
    if (block) return decodeBlockFrame(events, block.variant, block.step, raw);
    if (silentTeammateFrameTypes.has(type)) return;
    if (terminalFailureTypes.has(type)) return fail(events, raw, type);
    const noticeTitle = warningNoticeTitles.get(type);
    if (noticeTitle !== undefined) {
      const message = pickString(raw, 'error', 'message', 'detail') ?? noticeTitle;
      events.push({ type: 'notice-add', notice: { level: 'warning', title: noticeTitle, message } });
      return;
    }
    if (claudeFrameTypes.has(type)) {
      openRun(events);
      return claude.decode(events, type, raw);
    }
    warn(`Ignored an unknown Teammate frame "${type}".`);
  }

  // The frames of the Teammate protocol itself come first: a text delta is most of a stream.
  function decodeFrame(events: ThreadEvent[], type: string, raw: Json): void {
    // openRun only acts while idle: the set is not consulted for every frame of an open run.
    if (phase === 'idle' && CONTENT_FRAMES.has(type)) openRun(events);
    switch (type) {
      case 'metadata': {
        return startTurn(events, raw);
      }
      case 'text-start': {
        return blocks.startText(events, pickString(raw, 'id'));
      }
      case 'text-delta':
      case 'message-delta': {
        // Most frames are text deltas: their fields are read in place, not through pickText (see pickedString).
        const delta = raw.delta;
        const text = pickedText(delta) || pickedText(raw.text) || (isRecord(delta) ? pickedText(delta.text) : '');
        return blocks.appendText(events, text, pickedString(raw.id));
      }
      case 'text-end': {
        return blocks.endText(events, pickString(raw, 'id'));
      }
      case 'message-start': {
        return blocks.nameNextMessage(messageIdOf(raw));
      }
      case 'message-end': {
        const messageId = messageIdOf(raw);
        if (messageId === null || !blocks.endNamed(events, messageId)) blocks.endText(events, null);
        return blocks.nameNextMessage(null);
      }
      case 'tool-call-start': {
        blocks.closeCurrent(events);
        tools.start(events, toolCallIdOf(raw), pickString(raw, 'toolName', 'tool_name', 'name'));
        return;
      }
      case 'tool-call-delta': {
        return tools.appendArguments(events, toolCallIdOf(raw), pickText(raw, 'delta'));
      }
      case 'tool-call-end': {
        return tools.endArguments(events, toolCallIdOf(raw));
      }
      case 'tool-result-delta': {
        return tools.appendResult(events, toolCallIdOf(raw), pickText(raw, 'delta'));
      }
      case 'tool-result-end': {
        return tools.endResult(events, toolCallIdOf(raw), raw.result, raw.isError === true || raw.is_error === true);
      }
      case 'todo-update': {
        return todoLists.update(events, raw);
      }
      case 'source-url':
      case 'source-document': {
        return addCitation(events, toTeammateCitation(raw, type === 'source-url' ? 'url' : 'document'));
      }
      case 'sandbox-connecting':
      case 'sandbox-connected':
      case 'desktop-ready': {
        events.push({ type: 'progress-add', text: pickString(raw, 'message') ?? progressFrameTexts.get(type) ?? type });
        return;
      }
      case 'run_metrics':
      case 'sandbox_metrics': {
        metrics = { ...metrics, ...toTeammateMetrics(raw) };
        events.push({ type: 'run-update', metrics: { ...metrics } });
        return;
      }
      case 'done': {
        if (phase === 'ended') return;
        const { stopReason, ...fromDone } = toTeammateMetrics(raw);
        metrics = { ...metrics, ...fromDone };
        return endRun(events, 'complete', typeof stopReason === 'string' ? stopReason : null);
      }
      case 'cancelled': {
        if (phase !== 'ended') endRun(events, 'cancelled');
        return;
      }
      case 'error': {
        return fail(events, raw, null);
      }
      case 'awaiting_approval':
      case 'permission_request': {
        if (phase === 'ended') return;
        openRun(events);
        const action = pending.require(raw);
        if (action === null) return;
        blocks.closeCurrent(events);
        events.push({ type: 'action-require', action });
        return;
      }
      case 'permission_resolved': {
        if (phase !== 'open') return;
        const next = pending.resolve(raw);
        events.push(next ? { type: 'action-require', action: next } : { type: 'run-update', status: 'running' });
        return;
      }
      default: {
        decodeOtherFrame(events, type, raw);
      }
    }
  }

  function decode(message: SseMessage): ThreadEvent[] {
    const events: ThreadEvent[] = [];
    const frame = readTeammateFrame(message);
    switch (frame.kind) {
      case 'frame': {
        decodeFrame(events, frame.type, frame.raw);
        break;
      }
      case 'done': {
        // The sentinel ends a run that is still going; it never turns a failed or cancelled run complete.
        if (phase !== 'ended') endRun(events, 'complete');
        break;
      }
      case 'skip': {
        break;
      }
      case 'untyped': {
        warn('Ignored a Teammate frame without a string "type".');
        break;
      }
      case 'malformed': {
        const excerpt = message.data.length > 80 ? `${message.data.slice(0, 80)}…` : message.data;
        const text = `Malformed Teammate frame (${frame.reason}): ${excerpt}`;
        options.onWarning?.(text);
        openRun(events);
        events.push({ type: 'run-error', error: { kind: 'protocol', code: null, retryable: false, message: text } });
        break;
      }
      default: {
        frame satisfies never;
      }
    }
    return events;
  }

  return { decode, finish: () => [] };
}

function toolCallIdOf(raw: Json): string | null {
  return pickString(raw, 'toolCallId', 'tool_call_id');
}

function messageIdOf(raw: Json): string | null {
  return pickString(raw, 'messageId', 'message_id', 'id');
}
