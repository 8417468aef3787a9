import { createEarlierMessages } from '../createEarlierMessages';
import type { ChatKitEvent } from './ChatKitEvent';
import type { ChatKitItem } from './ChatKitItem';
import type { ChatKitThreadRecord } from './ChatKitThreadRecord';
import { createChatKitId } from './createChatKitId';
import { formatChatKitTimestamp } from './formatChatKitTimestamp';
import type { ChatKitEventBuilder } from './playChatKitSteps';

function uniqueId(taken: Set<string>): string {
  // Eight hex characters collide now and then across a thousand ids; a collision would merge two messages.
  let id = createChatKitId('msg');
  while (taken.has(id)) id = createChatKitId('msg');
  taken.add(id);
  return id;
}

/**
 * Stores `count` messages of a made-up earlier conversation in the thread, a minute apart and
 * before anything the request adds, and returns their `thread.item.done` events, unpaced.
 */
export function addEarlierMessages(thread: ChatKitThreadRecord, count: number): ChatKitEventBuilder[] {
  const taken = new Set(thread.items.map((item) => item.id));
  const now = Date.now();
  const items = createEarlierMessages(count).map(({ role, text }, index): ChatKitItem => {
    const base = { id: uniqueId(taken), thread_id: thread.id, created_at: formatChatKitTimestamp(new Date(now - (count - index) * 60_000)) };
    if (role === 'user') return { ...base, type: 'user_message', content: [{ type: 'input_text', text }], attachments: [], inference_options: {} };
    return { ...base, type: 'assistant_message', content: [{ type: 'output_text', text, annotations: [] }] };
  });
  thread.items.push(...items);
  return items.map((item) => Object.assign((): ChatKitEvent => ({ type: 'thread.item.done', item }), { paced: false }));
}
