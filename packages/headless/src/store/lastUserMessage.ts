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

/** Sends the thread's newest user message again (a retry); rejects when there is none. */
export async function sendAgain(state: ThreadState | undefined, send: (text: string) => Promise<void>): Promise<void> {
  const text = lastUserText(state);
  if (text === null) throw new Error('There is no message to ask again.');
  await send(text);
}
