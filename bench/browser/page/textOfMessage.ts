import type { UIMessage } from 'ai';

/** A message's text parts, joined: what the floor and plain-text pages show of an earlier message. */
export function textOfMessage(message: UIMessage): string {
  return message.parts.map((part) => (part.type === 'text' ? part.text : '')).join('');
}
