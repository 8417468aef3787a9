import { messageText } from '../thread/messageText';
import type { MessageItem, ThreadState } from '../thread/ThreadState';

/** The thread's newest user message, if any. */
export function lastUserMessage(state: ThreadState | undefined): MessageItem | null {
  if (!state) return null;
  for (let index = state.items.length - 1; index >= 0; index -= 1) {
    const item = state.items[index];
    if (item?.kind === 'message' && item.role === 'user') return item;
  }
  return null;
}

/** The text of the thread's newest user message, for asking again. */
export function lastUserText(state: ThreadState | undefined): string | null {
  const message = lastUserMessage(state);
  return message ? messageText(message) : null;
}

/**
 * Sends the thread's newest user message again (a retry); rejects when there is none. A
 * question nothing answered is removed first (`removeItem`), so the one sent again takes its
 * place instead of showing twice.
 */
export async function sendAgain(state: ThreadState | undefined, send: (text: string) => Promise<void>, removeItem: (itemId: string) => void): Promise<void> {
  const message = lastUserMessage(state);
  if (!message) throw new Error('There is no message to ask again.');
  if (state?.items.at(-1) === message) removeItem(message.id);
  await send(messageText(message));
}
