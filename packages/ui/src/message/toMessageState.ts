import type { MessageItem } from '@threadline/headless';

/** A message's `data-state`: `in_progress` reads as `streaming`, the other statuses as they are. */
export type MessageState = 'streaming' | 'complete' | 'incomplete' | 'cancelled' | 'error';

/** Maps a message's status to its `data-state`. */
export function toMessageState(status: MessageItem['status']): MessageState {
  switch (status) {
    case 'in_progress': {
      return 'streaming';
    }
    case 'complete':
    case 'incomplete':
    case 'cancelled':
    case 'error': {
      return status;
    }
    default: {
      status satisfies never;
      return 'complete';
    }
  }
}
