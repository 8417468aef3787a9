import type { Citation } from '../events/Citation';
import type { ContentPart } from '../events/ContentPart';
import type { DialectName } from '../events/DialectName';
import type { ThreadError } from '../events/ThreadError';
import { messageText } from './messageText';
import { selectItems } from './selectItems';
import type { MessageItem, PendingAction, ThreadState, ThreadStatus, ToolCallItem } from './ThreadState';

/** A message as the snapshot lists it: its parts, plus their text joined. */
export interface MessageSnapshot {
  kind: 'message';
  id: string;
  role: MessageItem['role'];
  status: MessageItem['status'];
  text: string;
  parts: ContentPart[];
  citations: Citation[];
}

/** A tool call as the snapshot lists it. */
export interface ToolCallSnapshot {
  kind: 'tool_call';
  id: string;
  name: string;
  arguments: string;
  result: string | null;
  status: ToolCallItem['status'];
}

/**
 * A thread as plain, stable JSON: the format `pnpm replay` prints and every dialect fills.
 * Field names are a public contract (see the package README).
 */
export interface ThreadSnapshot {
  dialect: DialectName | null;
  thread: { id: string | null; title: string | null; status: ThreadStatus };
  items: Array<MessageSnapshot | ToolCallSnapshot>;
  progress: Array<{ text: string }>;
  error: ThreadError | null;
  run: { id: string | null; status: string; stopReason: string | null; usage: object | null; metrics: object | null } | null;
  pendingAction: PendingAction | null;
}

/** The thread as a {@link ThreadSnapshot}: items in display order, each message with its joined `text`. */
export function toSnapshot(state: ThreadState): ThreadSnapshot {
  return {
    dialect: state.dialect,
    thread: { id: state.id, title: state.title, status: state.status },
    items: selectItems(state).map((item) =>
      item.kind === 'message'
        ? {
            kind: 'message',
            id: item.id,
            role: item.role,
            status: item.status,
            text: messageText(item),
            parts: item.parts.map((part) => ({ ...part })),
            citations: item.citations.map((citation) => ({ ...citation })),
          }
        : { ...item },
    ),
    progress: state.progress.map((entry) => ({ text: entry.text })),
    error: state.error ? { ...state.error } : null,
    run: state.run
      ? { id: state.run.id, status: state.run.status, stopReason: state.run.stopReason, usage: state.run.usage, metrics: state.run.metrics }
      : null,
    pendingAction: state.pendingAction ? { ...state.pendingAction, toolCallIds: [...state.pendingAction.toolCallIds] } : null,
  };
}
