import type { Citation } from '../events/Citation';
import type { ContentPart } from '../events/ContentPart';
import type { DialectName } from '../events/DialectName';
import type { ThreadError } from '../events/ThreadError';
import { messageText } from './messageText';
import type { Notice } from '../events/Notice';
import type { PendingAction } from '../events/PendingAction';
import type { MessageItem, ReasoningItem, ThreadItem, ThreadState, ThreadStatus, ToolCallItem, WidgetItem, WorkflowItem } from './ThreadState';

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
export type ToolCallSnapshot = ToolCallItem;

/** Any item as the snapshot lists it: a message gains its joined `text`, the others are copied as they are. */
export type ItemSnapshot = MessageSnapshot | ToolCallSnapshot | ReasoningItem | WorkflowItem | WidgetItem;

/**
 * A thread as plain, stable JSON: the format `pnpm replay` prints and every dialect fills.
 * Field names are a public contract (see the package README).
 */
export interface ThreadSnapshot {
  dialect: DialectName | null;
  thread: { id: string | null; title: string | null; status: ThreadStatus };
  items: ItemSnapshot[];
  progress: Array<{ text: string }>;
  notices: Notice[];
  error: ThreadError | null;
  run: {
    id: string | null;
    status: string;
    stopReason: string | null;
    usage: object | null;
    metrics: object | null;
    canCancel: boolean;
  } | null;
  pendingAction: PendingAction | null;
}

/** The thread as a {@link ThreadSnapshot}: items in display order, each message with its joined `text`. */
export function toSnapshot(state: ThreadState): ThreadSnapshot {
  return {
    dialect: state.dialect,
    thread: { id: state.id, title: state.title, status: state.status },
    items: state.items.map(toItemSnapshot),
    progress: state.progress.map((entry) => ({ text: entry.text })),
    notices: structuredClone([...state.notices]),
    error: state.error ? { ...state.error } : null,
    run: state.run
      ? {
          id: state.run.id,
          status: state.run.status,
          stopReason: state.run.stopReason,
          usage: state.run.usage,
          metrics: state.run.metrics,
          canCancel: state.run.canCancel,
        }
      : null,
    pendingAction: state.pendingAction ? structuredClone(state.pendingAction) : null,
  };
}

function toItemSnapshot(item: ThreadItem): ItemSnapshot {
  if (item.kind !== 'message') return structuredClone(item);
  return {
    kind: 'message',
    id: item.id,
    role: item.role,
    status: item.status,
    text: messageText(item),
    parts: structuredClone(item.parts),
    citations: structuredClone(item.citations),
  };
}
