import type { Citation } from '../events/Citation';
import type { ContentPart } from '../events/ContentPart';
import type { DialectName } from '../events/DialectName';
import type { Notice } from '../events/Notice';
import type { PendingAction } from '../events/PendingAction';
import type { ThreadError } from '../events/ThreadError';
import type { MessageRole, ReasoningVariant } from '../events/ThreadEvent';
import type { WidgetNode } from '../events/WidgetNode';
import type { WorkflowTask } from '../events/WorkflowTask';

export type { PendingAction } from '../events/PendingAction';

/** Where the thread's latest run stands. */
export type ThreadStatus =
  | 'idle'
  | 'queued'
  | 'running'
  | 'cancelling'
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
  /**
   * `cancelled`: stopped by a cancel; `incomplete`: cut short (a token limit, an expired run);
   * `error`: still in progress when its run failed.
   */
  status: 'in_progress' | 'complete' | 'incomplete' | 'cancelled' | 'error';
  parts: ContentPart[];
  citations: Citation[];
}

/**
 * A call the agent made to a tool, with its streamed arguments and its result. Built-in tools
 * keep their vendor name (`code_interpreter`: `arguments` is the code, `result` the logs).
 */
export interface ToolCallItem {
  kind: 'tool_call';
  id: string;
  name: string;
  arguments: string;
  result: string | null;
  /** Non-text outputs, such as images a code interpreter drew. */
  outputs: ContentPart[];
  status: 'in_progress' | 'complete' | 'failed' | 'cancelled' | 'requires_action';
}

/** The model's reasoning, thinking or plan, streamed as text beside the answer. */
export interface ReasoningItem {
  kind: 'reasoning';
  id: string;
  variant: ReasoningVariant;
  text: string;
  status: 'in_progress' | 'complete';
}

/** A workflow of tasks (ChatKit) or the agent's to-do list (Teammate). */
export interface WorkflowItem {
  kind: 'workflow';
  id: string;
  /** `custom`, `reasoning`, `todo`, or the server's own name. */
  variant: string;
  tasks: WorkflowTask[];
  summary: string | null;
  durationSeconds: number | null;
  expanded: boolean;
  status: 'in_progress' | 'complete';
}

/** A widget the server draws as a tree of components. */
export interface WidgetItem {
  kind: 'widget';
  id: string;
  root: WidgetNode;
  copyText: string | null;
  status: 'in_progress' | 'complete';
}

/** Anything listed in a thread. */
export type ThreadItem = MessageItem | ToolCallItem | ReasoningItem | WorkflowItem | WidgetItem;

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
  /** Whether the server lets the client cancel this run (ChatKit `stream_options.allow_cancel`). */
  canCancel: boolean;
  /** Index in the thread's `progress` log where this run's entries begin. */
  progressStart: number;
}

/**
 * Everything known about one thread: its items in display order, with lookups by id through
 * `selectItem`.
 * Treated as immutable: the reducer returns a new object along the changed path only.
 */
export interface ThreadState {
  dialect: DialectName | null;
  id: string | null;
  title: string | null;
  status: ThreadStatus;
  items: readonly ThreadItem[];
  progress: readonly ProgressEntry[];
  /** Notices from the server, oldest first. */
  notices: readonly Notice[];
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
    items: [],
    progress: [],
    notices: [],
    error: null,
    run: null,
    pendingAction: null,
  };
}
