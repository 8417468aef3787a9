import type { ThreadItem } from '@threadline/headless';

/** Consecutive items of one side of the conversation. */
export interface ThreadItemGroup {
  /** `user` for the user's messages; `assistant` for everything the agent produced. */
  role: 'user' | 'assistant';
  /** The first item's id: stable while the group grows. */
  key: string;
  items: ThreadItem[];
}

/**
 * Splits items into runs of one role: the user's messages form `user` groups; assistant messages,
 * tool calls, reasoning, workflows and widgets form `assistant` groups.
 */
export function groupThreadItems(items: readonly ThreadItem[]): ThreadItemGroup[] {
  const groups: ThreadItemGroup[] = [];
  for (const item of items) {
    const role = item.kind === 'message' && item.role === 'user' ? 'user' : 'assistant';
    const last = groups[groups.length - 1];
    if (last && last.role === role) last.items.push(item);
    else groups.push({ role, key: item.id, items: [item] });
  }
  return groups;
}
