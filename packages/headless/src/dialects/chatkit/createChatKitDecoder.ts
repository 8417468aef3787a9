import type { Notice } from '../../events/Notice';
import type { RunEndStatus, ThreadEvent } from '../../events/ThreadEvent';
import type { SseMessage } from '../../transport/SseMessage';
import type { Decoder, DecoderOptions } from '../Decoder';
import { asObject, asString, isJsonObject, readObject, readString } from '../readJson';
import { warnInDevelopment } from '../warnInDevelopment';
import { applyChatKitItemUpdate, chatKitUpdateItemTypes } from './applyChatKitItemUpdate';
import { createChatKitPendingItems } from './createChatKitPendingItems';
import { asIndex } from './isJsonObject';
import type { JsonObject } from './isJsonObject';
import { chatKitItemTypes, silentChatKitItemTypes, toChatKitItemEvents } from './toChatKitItemEvents';
import type { ChatKitItemStage } from './toChatKitItemEvents';
import { toChatKitPendingAction } from './toChatKitPendingAction';
import { toChatKitUpdateEvents } from './toChatKitUpdateEvents';

const TEXT_DELTA = 'assistant_message.content_part.text_delta';
const TEXT_DELTA_ITEM_TYPE = chatKitUpdateItemTypes.get(TEXT_DELTA);
const DEFAULT_ERROR_MESSAGE = 'Something went wrong while answering.';
const NOTICE_LEVELS: ReadonlySet<string> = new Set(['info', 'warning', 'danger']);

/**
 * Decodes the response body of one ChatKit streaming request (`threads.create`,
 * `threads.add_user_message`, `threads.add_client_tool_output`...): data-only frames whose JSON
 * `type` says what they are. One request is one run: its first frame starts the run and the end
 * of the body ends it, since the protocol has no terminal event.
 *
 * Like the server itself, the decoder keeps a snapshot of every pending item (added, not yet
 * done, replaced or removed) and applies `thread.item.updated` to it. When the body ends the run
 * is `failed` after an `error` event, `incomplete` while an item was still pending (the client
 * aborted), else `complete`; it is left `requires_action` while a client tool call or a
 * structured input waits on the client. Item ids are the server's.
 */
export function createChatKitDecoder(options: DecoderOptions = {}): Decoder {
  const warn = options.onWarning ?? warnInDevelopment;
  const pending = createChatKitPendingItems();
  // Items waiting on the client: a pending client tool call or structured input.
  const awaiting = new Set<string>();
  let started = false;
  let finished = false;
  let failed = false;

  function onItem(events: ThreadEvent[], item: unknown, stage: ChatKitItemStage): void {
    const type = readString(item, 'type');
    const id = readString(item, 'id');
    if (type !== null && silentChatKitItemTypes.has(type)) return;
    if (type === null || !chatKitItemTypes.has(type)) {
      warn(`Ignored a ChatKit item of unknown type "${type ?? '(none)'}".`);
      return;
    }
    if (id === null || !isJsonObject(item)) {
      warn(`Ignored a ChatKit "${type}" item with no id.`);
      return;
    }
    if (stage === 'added') pending.set(id, item);
    else pending.delete(id);
    if (toChatKitPendingAction(item) === null) awaiting.delete(id);
    else awaiting.add(id);
    events.push(...toChatKitItemEvents(item, stage));
    // The answer to a structured input arrives as the item replaced: the run goes on.
    if (type === 'structured_input' && stage !== 'added' && !awaiting.has(id)) events.push({ type: 'run-update', status: 'running' });
  }

  // Every text delta comes through here and onTextDelta: their fields are read in place, not through readString (see asString).
  function onUpdate(events: ThreadEvent[], frame: JsonObject): void {
    const id = asString(frame.item_id);
    const update = asObject(frame.update);
    const type = asString(update?.type);
    // Most updates are text deltas: comparing is cheaper than hashing the long, fresh type string.
    const isTextDelta = type === TEXT_DELTA;
    const itemType = type === null ? undefined : isTextDelta ? TEXT_DELTA_ITEM_TYPE : chatKitUpdateItemTypes.get(type);
    if (update === null || type === null || itemType === undefined) {
      warn(`Ignored a ChatKit item update of unknown type "${type ?? '(none)'}".`);
      return;
    }
    const stored = id === null ? undefined : pending.peek(id);
    if (id === null || stored === undefined) {
      warn(`Ignored a ChatKit "${type}" update for item "${id}", which is not streaming.`);
      return;
    }
    if (itemType !== asString(stored.type)) {
      warn(`Ignored a ChatKit "${type}" update for a "${readString(stored, 'type')}" item.`);
      return;
    }
    if (isTextDelta) return onTextDelta(events, id, update);
    const before = pending.get(id) ?? stored;
    const after = applyChatKitItemUpdate(before, update);
    pending.set(id, after);
    for (const event of toChatKitUpdateEvents(before, after, update)) events.push(event);
  }

  // What `applyChatKitItemUpdate` and `toChatKitUpdateEvents` make of a text delta, without
  // copying the item: the delta waits in `pending` until the item is next read.
  function onTextDelta(events: ThreadEvent[], id: string, update: JsonObject): void {
    const index = asIndex(update.content_index);
    if (index === null) return;
    const delta = asString(update.delta) ?? '';
    pending.appendText(id, index, delta);
    if (delta !== '') events.push({ type: 'text-delta', messageId: id, partIndex: index, delta });
  }

  function onEvent(events: ThreadEvent[], frame: JsonObject): void {
    const type = asString(frame.type);
    switch (type) {
      // Nearly every frame is an update (a text delta): its case comes first, as each comparison
      // with this fresh string compares characters.
      case 'thread.item.updated': {
        onUpdate(events, frame);
        break;
      }
      case 'thread.created':
      case 'thread.updated': {
        const thread = readObject(frame, 'thread');
        const id = readString(thread, 'id');
        if (thread !== null) events.push({ type: 'thread-update', ...(id === null ? {} : { id }), title: readString(thread, 'title') });
        break;
      }
      case 'thread.item.added': {
        onItem(events, frame.item, 'added');
        break;
      }
      case 'thread.item.done': {
        onItem(events, frame.item, 'done');
        break;
      }
      case 'thread.item.replaced': {
        onItem(events, frame.item, 'stored');
        break;
      }
      case 'thread.item.removed': {
        const id = readString(frame, 'item_id');
        if (id === null) break;
        pending.delete(id);
        awaiting.delete(id);
        events.push({ type: 'item-remove', itemId: id });
        break;
      }
      case 'stream_options': {
        const allowCancel = readObject(frame, 'stream_options')?.allow_cancel;
        if (typeof allowCancel === 'boolean') events.push({ type: 'run-update', canCancel: allowCancel });
        break;
      }
      case 'progress_update': {
        const text = readString(frame, 'text');
        if (text !== null) events.push({ type: 'progress-add', text });
        break;
      }
      case 'client_effect': {
        const name = readString(frame, 'name');
        if (name !== null) events.push({ type: 'client-effect', name, data: readObject(frame, 'data') ?? {} });
        break;
      }
      case 'notice': {
        const level = readString(frame, 'level') ?? 'info';
        const notice: Notice = {
          level: NOTICE_LEVELS.has(level) ? (level as Notice['level']) : 'info',
          message: readString(frame, 'message') ?? '',
          title: readString(frame, 'title'),
        };
        events.push({ type: 'notice-add', notice });
        break;
      }
      case 'error': {
        failed = true;
        events.push({
          type: 'run-error',
          error: {
            kind: 'server',
            code: readString(frame, 'code'),
            message: readString(frame, 'message') ?? DEFAULT_ERROR_MESSAGE,
            retryable: frame.allow_retry === true,
          },
        });
        break;
      }
      default: {
        warn(`Ignored an unknown ChatKit event "${type ?? '(none)'}".`);
      }
    }
  }

  function decode(message: SseMessage): ThreadEvent[] {
    const data = message.data.trim();
    if (data === '' || finished) return [];
    const events: ThreadEvent[] = [];
    if (!started) {
      started = true;
      events.push({ type: 'run-start' });
    }
    const frame = parseFrame(data);
    if (typeof frame === 'string') {
      const excerpt = data.length > 80 ? `${data.slice(0, 80)}…` : data;
      warn(`Ignored a malformed ChatKit frame (${frame}).`);
      events.push({ type: 'run-error', error: { kind: 'protocol', code: null, retryable: false, message: `Malformed ChatKit frame (${frame}): ${excerpt}` } });
      return events;
    }
    onEvent(events, frame);
    return events;
  }

  function finish(): ThreadEvent[] {
    if (!started || finished) return [];
    finished = true;
    if (awaiting.size > 0) return [];
    const status: RunEndStatus = failed ? 'failed' : pending.size > 0 ? 'incomplete' : 'complete';
    return [{ type: 'run-end', status }];
  }

  return { decode, finish };
}

// The frame's object, or why it is not one.
function parseFrame(data: string): JsonObject | string {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return isJsonObject(value) ? value : 'the frame is not a JSON object';
}
