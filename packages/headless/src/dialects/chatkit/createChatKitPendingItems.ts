import { applyChatKitItemUpdate } from './applyChatKitItemUpdate';
import type { JsonObject } from './isJsonObject';

const TEXT_DELTA = 'assistant_message.content_part.text_delta';

/** The items of one ChatKit stream that are still streaming (added, not yet done), by id. */
export interface ChatKitPendingItems {
  readonly size: number;
  /** The item with every update applied, text deltas included. */
  get(id: string): JsonObject | undefined;
  /** The item as last stored, without the text deltas since: for what a delta never changes (its type). */
  peek(id: string): JsonObject | undefined;
  set(id: string, item: JsonObject): void;
  delete(id: string): void;
  /** A `text_delta` update for content part `index` of the item, applied when the item is next read. */
  appendText(id: string, index: number, delta: string): void;
}

/**
 * Pending items with their text deltas held back: applying each delta as it comes copies the
 * item, its content and the part for every streamed word, which cost more than the frame's
 * `JSON.parse`. Deltas to one part only concatenate, so the held text is applied as one
 * `text_delta` per part (with {@link applyChatKitItemUpdate}, padding included) on the next read.
 */
export function createChatKitPendingItems(): ChatKitPendingItems {
  const items = new Map<string, JsonObject>();
  // Text held back per item: content index -> the deltas since the item was last stored, joined
  // when read. A string grown a delta at a time is a chain of a concatenation node per delta for
  // the garbage collector to trace: a 100,000-delta answer decoded and reduced some 20% slower.
  const texts = new Map<string, Map<number, string[]>>();

  return {
    get size() {
      return items.size;
    },
    get(id) {
      let item = items.get(id);
      const held = texts.get(id);
      if (item === undefined || held === undefined) return item;
      for (const [index, deltas] of held) item = applyChatKitItemUpdate(item, { type: TEXT_DELTA, content_index: index, delta: deltas.join('') });
      items.set(id, item);
      texts.delete(id);
      return item;
    },
    peek: (id) => items.get(id),
    set(id, item) {
      items.set(id, item);
      texts.delete(id);
    },
    delete(id) {
      items.delete(id);
      texts.delete(id);
    },
    appendText(id, index, delta) {
      let held = texts.get(id);
      if (held === undefined) {
        held = new Map();
        texts.set(id, held);
      }
      const deltas = held.get(index);
      if (deltas === undefined) held.set(index, [delta]);
      else deltas.push(delta);
    },
  };
}
