import type { Citation } from '../../events/Citation';
import type { ContentPart } from '../../events/ContentPart';
import type { MessageEndStatus, MessageRole, ThreadEvent } from '../../events/ThreadEvent';
import { asArray, asObject, asString, readArray, readObject, readString } from '../readJson';
import { appendTextDelta } from './appendTextDelta';
import { freshText } from './freshText';
import { findByIndex, readIndex, withIndexes } from './JsonObject';
import type { JsonObject } from './JsonObject';
import { mergeDeltaInto } from './mergeDeltaInto';
import { countCodePoints, toAssistantsCitation } from './toAssistantsCitation';
import type { AnnotatedText } from './toAssistantsCitation';
import { toAssistantsPart, toAssistantsPartText } from './toAssistantsPart';

/** Follows the messages of one Assistants stream and turns their events into canonical ones. */
export interface MessageTracker {
  /** `thread.message.created`: the message starts, with any content it already carries. */
  created(message: JsonObject, events: ThreadEvent[]): void;
  /** `thread.message.delta`: content merged by index, emitted as text, parts and citations. */
  delta(delta: JsonObject, events: ThreadEvent[]): void;
  /** `thread.message.completed` / `incomplete`: the final content replaces what streamed. */
  end(message: JsonObject, status: MessageEndStatus, events: ThreadEvent[]): void;
}

interface TrackedMessage {
  /** The message as accumulated so far (changed in place, never handed out): `content` entries carry their `index`. */
  snapshot: JsonObject;
  /** How much of each text part (by content index) was already sent as text deltas. */
  textSent: Map<number, SentText>;
  /** The last image part sent at each content index, as JSON, to send a changed one again. */
  partsSent: Map<number, string>;
  /** `<content index>:<annotation index>` of the annotations already sent as citations. */
  citationsSent: Set<string>;
}

interface SentText {
  units: number;
  codePoints: number;
}

/**
 * Keeps one snapshot per message, merges deltas into it with {@link mergeDeltaInto} (a word of
 * text with {@link appendTextDelta}) and emits what each delta adds. `onWarning` hears about
 * message events that carry no message id.
 */
export function createMessageTracker(onWarning: (message: string) => void): MessageTracker {
  const messages = new Map<string, TrackedMessage>();

  function idOf(data: JsonObject, event: string): string | null {
    const id = asString(data.id);
    if (id) return id;
    onWarning(`Ignored an Assistants "${event}" event without a message id.`);
    return null;
  }

  // A message streams a delta per word, each with a fresh copy of its id: comparing it with the
  // last id is cheaper than hashing it into the map again.
  let lastId: string | null = null;
  let lastTracked: TrackedMessage | null = null;

  function start(id: string, role: unknown, events: ThreadEvent[]): TrackedMessage {
    if (id === lastId && lastTracked !== null) return lastTracked;
    const existing = messages.get(id);
    if (existing) {
      lastId = id;
      lastTracked = existing;
      return existing;
    }
    const tracked: TrackedMessage = { snapshot: { content: [] }, textSent: new Map(), partsSent: new Map(), citationsSent: new Set() };
    messages.set(id, tracked);
    lastId = id;
    lastTracked = tracked;
    events.push({ type: 'message-start', messageId: id, role: toRole(role) });
    return tracked;
  }

  // Every delta comes through here: its fields are read in place, not through readString (see asString).
  function apply(id: string, tracked: TrackedMessage, delta: JsonObject, events: ThreadEvent[]): void {
    if (!appendTextDelta(tracked.snapshot, delta)) mergeDeltaInto(tracked.snapshot, delta);
    const content = asArray(tracked.snapshot.content);
    for (const entry of asArray(delta.content)) {
      const index = readIndex(entry);
      const merged = index === null ? null : findByIndex(content, index);
      if (index === null || merged === null) continue;
      switch (merged.type) {
        case 'text': {
          const text = asObject(merged.text);
          const value = asString(text?.value) ?? '';
          const entryText = asObject((entry as JsonObject).text);
          const sent = sentText(tracked, index);
          const codePointsBefore = sent.codePoints;
          const tail = sendText(id, sent, index, value, entryText?.value, events);
          const annotations = entryText?.annotations;
          if (Array.isArray(annotations) && annotations.length > 0) {
            const partText: AnnotatedText = { tail, units: value.length - tail.length, codePoints: codePointsBefore, whole: () => value };
            sendCitations(id, tracked, index, partText, readArray(text, 'annotations'), content, events);
          }
          break;
        }
        case 'refusal': {
          sendText(id, sentText(tracked, index), index, readString(merged, 'refusal') ?? '', (entry as JsonObject).refusal, events);
          break;
        }
        default: {
          const part = toAssistantsPart(merged);
          const key = JSON.stringify(part);
          if (part === null || tracked.partsSent.get(index) === key) break;
          tracked.partsSent.set(index, key);
          events.push({ type: 'part-add', messageId: id, partIndex: index, part });
        }
      }
    }
  }

  function sentText(tracked: TrackedMessage, index: number): SentText {
    let sent = tracked.textSent.get(index);
    if (sent === undefined) {
      sent = { units: 0, codePoints: 0 };
      tracked.textSent.set(index, sent);
    }
    return sent;
  }

  // Returns the text sent: the end of `value`, usually the fragment itself.
  function sendText(id: string, sent: SentText, index: number, value: string, fragment: unknown, events: ThreadEvent[]): string {
    const delta = freshText(value, sent.units, fragment);
    if (delta === '') return delta;
    sent.units += delta.length;
    sent.codePoints += countCodePoints(delta);
    events.push({ type: 'text-delta', messageId: id, delta, partIndex: index });
    return delta;
  }

  // An annotation is sent once, as soon as its entry has a type; the final message corrects it.
  function sendCitations(
    id: string,
    tracked: TrackedMessage,
    index: number,
    partText: AnnotatedText,
    annotations: readonly unknown[],
    content: readonly unknown[],
    events: ThreadEvent[],
  ): void {
    const offset = textBefore(content, index);
    annotations.forEach((annotation, position) => {
      const key = `${index}:${readIndex(annotation) ?? position}`;
      if (tracked.citationsSent.has(key) || readString(annotation, 'type') === null) return;
      tracked.citationsSent.add(key);
      events.push({ type: 'citation-add', messageId: id, citation: toAssistantsCitation(annotation, partText, offset) });
    });
  }

  return {
    created(message, events) {
      const id = idOf(message, 'thread.message.created');
      if (id === null || messages.has(id)) return;
      const tracked = start(id, message.role, events);
      apply(id, tracked, { content: withIndexes(readArray(message, 'content')).map(withAnnotationIndexes) }, events);
    },
    delta(data, events) {
      const id = idOf(data, 'thread.message.delta');
      if (id === null) return;
      const delta = asObject(data.delta) ?? {};
      apply(id, start(id, delta.role, events), delta, events);
    },
    end(message, status, events) {
      const id = idOf(message, status === 'complete' ? 'thread.message.completed' : 'thread.message.incomplete');
      if (id === null) return;
      const tracked = start(id, message.role, events);
      const final = Array.isArray(message.content) ? message.content : sortByIndex(readArray(tracked.snapshot, 'content'));
      events.push({ type: 'message-end', messageId: id, status, parts: toParts(final), citations: toCitations(final) });
    },
  };
}

function toRole(role: unknown): MessageRole {
  return role === 'user' ? 'user' : 'assistant';
}

// Citation offsets count the whole message text: the text of every part before this one.
function textBefore(content: readonly unknown[], index: number): number {
  let length = 0;
  for (const entry of content) {
    const at = readIndex(entry);
    if (at !== null && at < index) length += toAssistantsPartText(entry).length;
  }
  return length;
}

function withAnnotationIndexes(entry: unknown): unknown {
  const text = readObject(entry, 'text');
  if (text === null || !Array.isArray(text.annotations)) return entry;
  return { ...(entry as JsonObject), text: { ...text, annotations: withIndexes(text.annotations) } };
}

function sortByIndex(content: readonly unknown[]): unknown[] {
  return [...content].sort((a, b) => (readIndex(a) ?? 0) - (readIndex(b) ?? 0));
}

function toParts(content: readonly unknown[]): ContentPart[] {
  const parts: ContentPart[] = [];
  for (const entry of content) {
    const part = toAssistantsPart(entry);
    if (part !== null) parts.push(part);
  }
  return parts;
}

function toCitations(content: readonly unknown[]): Citation[] {
  const citations: Citation[] = [];
  let offset = 0;
  for (const entry of content) {
    const text = toAssistantsPartText(entry);
    if (readString(entry, 'type') === 'text') {
      for (const annotation of readArray(readObject(entry, 'text'), 'annotations')) citations.push(toAssistantsCitation(annotation, text, offset));
    }
    offset += text.length;
  }
  return citations;
}
