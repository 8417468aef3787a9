import type { Citation } from '../events/Citation';
import type { ContentPart } from '../events/ContentPart';
import type { DialectName } from '../events/DialectName';
import type { ThreadError } from '../events/ThreadError';
import type { MessageRole } from '../events/ThreadEvent';

/** Where the thread's latest run stands. */
export type ThreadStatus =
  | 'idle'
  | 'running'
  | 'requires_action'
  | 'complete'
  | 'failed'
  | 'cancelled'
  | 'incomplete'
  | 'expired';

/** A message: an ordered list of content parts and the citations that back them. */
export interface MessageItem {
  kind: 'message';
  id: string;
  role: MessageRole;
  status: 'in_progress' | 'complete' | 'incomplete' | 'cancelled';
  parts: ContentPart[];
  citations: Citation[];
}

/** A call the agent made to a tool, with its streamed arguments and its result. */
export interface ToolCallItem {
  kind: 'tool_call';
  id: string;
  name: string;
  arguments: string;
  result: string | null;
  status: 'in_progress' | 'complete' | 'failed' | 'cancelled' | 'requires_action';
}

/** Anything listed in a thread. */
export type ThreadItem = MessageItem | ToolCallItem;

/** One work-in-progress log entry. */
export interface ProgressEntry {
  text: string;
}

/** The latest run (one turn of the agent). */
export interface RunState {
  id: string | null;
  status: ThreadStatus;
  stopReason: string | null;
  usage: Record<string, unknown> | null;
  metrics: Record<string, unknown> | null;
  /** Index in the thread's `progress` log where this run's entries begin. */
  progressStart: number;
}

/** What the client must do before the run can go on. */
export interface PendingAction {
  kind: 'submit_tool_outputs' | 'client_tool_call' | 'question' | 'approval';
  toolCallIds: string[];
  requestId?: string;
}

/**
 * Everything known about one thread. Normalized: items by id plus their display order.
 * Treated as immutable: the reducer returns a new object along the changed path only.
 */
export interface ThreadState {
  dialect: DialectName | null;
  id: string | null;
  title: string | null;
  status: ThreadStatus;
  items: Readonly<Record<string, ThreadItem>>;
  order: readonly string[];
  progress: readonly ProgressEntry[];
  error: ThreadError | null;
  run: RunState | null;
  pendingAction: PendingAction | null;
}

/** Options for {@link createThreadState}. */
export interface CreateThreadStateOptions {
  id?: string | null;
  dialect?: DialectName | null;
  title?: string | null;
}

/** An empty, idle thread. */
export function createThreadState(options: CreateThreadStateOptions = {}): ThreadState {
  return {
    dialect: options.dialect ?? null,
    id: options.id ?? null,
    title: options.title ?? null,
    status: 'idle',
    items: {},
    order: [],
    progress: [],
    error: null,
    run: null,
    pendingAction: null,
  };
}
