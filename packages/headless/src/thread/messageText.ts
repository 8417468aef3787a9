import type { MessageItem } from './ThreadState';

/** A message's text parts joined with nothing between them (artifact and image parts left out). */
export function messageText(message: Pick<MessageItem, 'parts'>): string {
  let text = '';
  for (const part of message.parts) if (part.type === 'text') text += part.text;
  return text;
}
