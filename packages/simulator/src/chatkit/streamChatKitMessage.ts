import { splitIntoWords } from '../splitIntoWords';
import type { ChatKitItem, ChatKitOutputText } from './ChatKitItem';
import type { ChatKitMessageSpec } from './ChatKitStep';
import type { ChatKitSession } from './createChatKitSession';
import { createChatKitId } from './createChatKitId';
import { formatChatKitTimestamp } from './formatChatKitTimestamp';

/** Replaces `{name}` placeholders with the session's values; unknown names stay as they are. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/**
 * Streams an assistant message the way `chatkit.agents` does: added with no content, a content
 * part, text deltas with each annotation announced once the text reaches its index, the part done
 * with `annotations: []`, and the item done with every annotation. A partial message stops after
 * its deltas and stays pending.
 */
export async function streamChatKitMessage(session: ChatKitSession, spec: ChatKitMessageSpec): Promise<void> {
  const { emit, thread } = session;
  const text = fillPlaceholders(spec.text, session.values);
  const annotations = spec.annotations ?? [];
  const part: ChatKitOutputText = { annotations: [], text: '', type: 'output_text' };
  const item: Extract<ChatKitItem, { type: 'assistant_message' }> = {
    id: createChatKitId('msg'),
    thread_id: thread.id,
    created_at: formatChatKitTimestamp(),
    type: 'assistant_message',
    content: [],
  };
  const item_id = item.id;
  const content_index = 0;

  await emit(() => ({ type: 'thread.item.added', item }));
  await emit(() => {
    item.content.push(part);
    return { type: 'thread.item.updated', item_id, update: { type: 'assistant_message.content_part.added', content_index, content: { ...part } } };
  });
  for (const delta of splitIntoWords(text, spec.wordsPerDelta)) {
    await emit(() => {
      part.text += delta;
      return { type: 'thread.item.updated', item_id, update: { type: 'assistant_message.content_part.text_delta', content_index, delta } };
    });
    while (part.annotations.length < annotations.length && (annotations[part.annotations.length]?.index ?? 0) <= part.text.length) {
      const annotation_index = part.annotations.length;
      const annotation = annotations[annotation_index];
      if (!annotation) break;
      await emit(() => {
        part.annotations.push(annotation);
        return { type: 'thread.item.updated', item_id, update: { type: 'assistant_message.content_part.annotation_added', content_index, annotation_index, annotation } };
      });
    }
  }
  if (spec.partial) return;
  // chatkit.agents sends the finished part without its annotations; only the item carries them.
  await emit(() => ({ type: 'thread.item.updated', item_id, update: { type: 'assistant_message.content_part.done', content_index, content: { annotations: [], text, type: 'output_text' } } }));
  await emit(() => ({
    type: 'thread.item.done',
    item: { ...item, created_at: formatChatKitTimestamp(), content: [{ annotations: [...annotations], text, type: 'output_text' }] },
  }));
}
