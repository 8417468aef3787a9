import type { ThreadEvent } from '../../events/ThreadEvent';
import { readIndex } from './isJsonObject';
import { readArray, readObject, readString } from '../readJson';
import type { JsonObject } from './isJsonObject';
import { toChatKitCitation } from './toChatKitCitation';
import { toChatKitItemEvents } from './toChatKitItemEvents';
import { chatKitContentOffset, toChatKitImagePart } from './toChatKitMessageContent';

/**
 * The canonical events for one `thread.item.updated` update, given the pending item before and
 * after it was applied (see `applyChatKitItemUpdate`). Message text streams as indexed parts and
 * deltas, annotations as citations; workflows and widgets are re-sent whole (they are small).
 */
export function toChatKitUpdateEvents(before: JsonObject, after: JsonObject, update: JsonObject): ThreadEvent[] {
  // An update that changed nothing (a bad index, a missing field) says nothing either.
  if (after === before) return [];
  const type = readString(update, 'type') ?? '';
  const messageId = readString(after, 'id') ?? '';
  if (type === 'generated_image.updated') {
    const part = toChatKitImagePart(readObject(update, 'image'));
    return part === null ? [] : [{ type: 'part-add', messageId, partIndex: 0, part }];
  }
  if (!type.startsWith('assistant_message.')) return toChatKitItemEvents(after, 'added');
  const partIndex = readIndex(update, 'content_index') ?? 0;
  switch (type) {
    case 'assistant_message.content_part.added': {
      const content = readObject(update, 'content');
      const events: ThreadEvent[] = [{ type: 'part-add', messageId, partIndex, part: { type: 'text', text: readString(content, 'text') ?? '' } }];
      const offset = chatKitContentOffset(after, partIndex);
      for (const annotation of readArray(content, 'annotations')) {
        events.push({ type: 'citation-add', messageId, citation: toChatKitCitation(annotation, offset) });
      }
      return events;
    }
    case 'assistant_message.content_part.text_delta': {
      const delta = readString(update, 'delta') ?? '';
      return delta === '' ? [] : [{ type: 'text-delta', messageId, partIndex, delta }];
    }
    case 'assistant_message.content_part.annotation_added': {
      return [{ type: 'citation-add', messageId, citation: toChatKitCitation(update.annotation, chatKitContentOffset(after, partIndex)) }];
    }
    default: {
      const text = readString(readObject(update, 'content'), 'text');
      const streamed = readString(readArray(before, 'content')[partIndex], 'text');
      return text === null || text === streamed ? [] : [{ type: 'part-add', messageId, partIndex, part: { type: 'text', text } }];
    }
  }
}
