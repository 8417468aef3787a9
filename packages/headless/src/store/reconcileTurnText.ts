import type { MessageItem } from '../thread/ThreadState';
import type { ThreadEvent } from '../events/ThreadEvent';
import { messageText } from '../thread/messageText';

/**
 * The events that make a turn's streamed answer equal the text the server stored for it, when
 * frames arrived corrupted, twice or out of order (a wire without frame ids cannot tell): each
 * message whose text is not where the stored text has it gets its text replaced. The server
 * stores a turn's text blocks joined, so each message is found after the one before it; a
 * message that cannot be placed takes the rest of the stored text. Messages with parts other
 * than text are left as they are. No events when the texts already agree.
 */
export function reconcileTurnText(messages: readonly MessageItem[], stored: string): ThreadEvent[] {
  const texts = messages.map(messageText);
  if (texts.join('') === stored) return [];
  const events: ThreadEvent[] = [];
  let offset = 0;
  for (const [index, message] of messages.entries()) {
    const text = texts[index]!;
    if (stored.startsWith(text, offset) && (index < messages.length - 1 || offset + text.length === stored.length)) {
      offset += text.length;
      continue;
    }
    const next = texts.slice(index + 1).find((candidate) => candidate !== '');
    const nextAt = next === undefined ? -1 : stored.indexOf(next, offset);
    const end = index === messages.length - 1 || nextAt === -1 ? stored.length : nextAt;
    const replacement = stored.slice(offset, end);
    offset = end;
    if (message.parts.some((part) => part.type !== 'text')) continue;
    events.push({ type: 'message-end', messageId: message.id, status: message.status === 'in_progress' ? 'complete' : message.status, parts: [{ type: 'text', text: replacement }] });
  }
  return events;
}
