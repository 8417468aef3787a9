import type { RunEndStatus } from '../events/ThreadEvent';
import type { MessageItem, ThreadItem, ToolCallItem } from './ThreadState';

const messageStatusWhenRunEnds: Record<RunEndStatus, Exclude<MessageItem['status'], 'in_progress'>> = {
  complete: 'complete',
  cancelled: 'cancelled',
  failed: 'error',
  incomplete: 'incomplete',
  expired: 'incomplete',
};

const toolCallStatusWhenRunEnds: Record<RunEndStatus, ToolCallItem['status']> = {
  complete: 'complete',
  cancelled: 'cancelled',
  failed: 'failed',
  incomplete: 'failed',
  expired: 'failed',
};

/** The item as it stands once its run ended with `status`: whatever was still open is closed to match. */
export function closeItem(item: ThreadItem, status: RunEndStatus): ThreadItem {
  switch (item.kind) {
    case 'message': {
      return item.status === 'in_progress' ? { ...item, status: messageStatusWhenRunEnds[status] } : item;
    }
    case 'tool_call': {
      const open = item.status === 'in_progress' || item.status === 'requires_action';
      return open ? { ...item, status: toolCallStatusWhenRunEnds[status] } : item;
    }
    case 'reasoning':
    case 'workflow':
    case 'widget': {
      return item.status === 'in_progress' ? { ...item, status: 'complete' } : item;
    }
    default: {
      item satisfies never;
      return item;
    }
  }
}
