import type { ThreadEvent } from '../events/ThreadEvent';

let localIds = 0;

/** The events that show the user's message at once, for dialects whose streams do not echo it. */
export function localUserMessage(text: string): ThreadEvent[] {
  localIds += 1;
  const messageId = `user-${Date.now().toString(36)}-${localIds}`;
  return [
    { type: 'message-start', messageId, role: 'user' },
    { type: 'text-delta', messageId, delta: text },
    { type: 'message-end', messageId, status: 'complete' },
  ];
}
