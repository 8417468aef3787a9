import { messageText } from '@threadline/headless';
import type { ThreadState } from '@threadline/headless';

/** The text of every assistant message of a thread, joined as the servers store a turn's text blocks. */
export function answerText(thread: ThreadState | undefined): string {
  let text = '';
  for (const item of thread?.items ?? []) if (item.kind === 'message' && item.role === 'assistant') text += messageText(item);
  return text;
}
