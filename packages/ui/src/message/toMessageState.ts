import type { MessageItem } from '@threadline/headless';

/** A message's `data-state`: `in_progress` reads as `streaming`. */
export type MessageState = 'streaming' | 'complete' | 'incomplete' | 'cancelled';

/** Maps a message's status to its `data-state`. */
export function toMessageState(status: MessageItem['status']): MessageState {
  return status === 'in_progress' ? 'streaming' : status;
}
