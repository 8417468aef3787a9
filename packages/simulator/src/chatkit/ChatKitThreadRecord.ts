import type { ChatKitItem, ChatKitThread } from './ChatKitItem';
import type { ChatKitScenario } from './ChatKitStep';
import { createChatKitId } from './createChatKitId';
import { formatChatKitTimestamp } from './formatChatKitTimestamp';

/** The simulator's state for one ChatKit thread. */
export interface ChatKitThreadRecord {
  id: string;
  title: string | undefined;
  createdAt: string;
  /** Persisted items, oldest first, hidden context included. */
  items: ChatKitItem[];
  /** Where `threads.add_client_tool_output` continues after a pending client tool call. */
  continuation: { scenario: ChatKitScenario; nextStep: number } | undefined;
}

/** Creates an empty thread with a fresh `thr_` id. */
export function createChatKitThreadRecord(): ChatKitThreadRecord {
  return { id: createChatKitId('thr'), title: undefined, createdAt: formatChatKitTimestamp(), items: [], continuation: undefined };
}

/** True for items chatkit-python never sends to clients. */
export function isHiddenItem(item: ChatKitItem): boolean {
  return item.type === 'sdk_hidden_context';
}

/** The thread's items a client may see. */
export function visibleItems(thread: ChatKitThreadRecord): ChatKitItem[] {
  return thread.items.filter((item) => !isHiddenItem(item));
}

/** The Thread object, with the given page of items (an empty page by default, as in stream events). */
export function toChatKitThread(thread: ChatKitThreadRecord, items: ChatKitItem[] = []): ChatKitThread {
  return {
    title: thread.title,
    id: thread.id,
    created_at: thread.createdAt,
    status: { type: 'active' },
    metadata: {},
    items: { data: items, has_more: false },
  };
}
