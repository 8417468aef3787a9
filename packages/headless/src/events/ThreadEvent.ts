import type { Citation } from './Citation';
import type { ContentPart } from './ContentPart';
import type { DialectName } from './DialectName';
import type { Notice } from './Notice';
import type { PendingAction } from './PendingAction';
import type { ThreadError } from './ThreadError';
import type { WidgetNode } from './WidgetNode';
import type { WorkflowTask } from './WorkflowTask';

/** Who wrote a message. */
export type MessageRole = 'user' | 'assistant';

/** How a run ended. */
export type RunEndStatus = 'complete' | 'failed' | 'cancelled' | 'incomplete' | 'expired';

/** How a message ended: `incomplete` when cut short (a token limit, a dropped run), `error` when a failure cut it short. */
export type MessageEndStatus = 'complete' | 'incomplete' | 'cancelled' | 'error';

/** Where a run that has not ended stands: waiting for a worker, working, or being stopped. */
export type RunActiveStatus = 'queued' | 'running' | 'cancelling';

/** A new run (one turn of the agent) has started. Clears the previous run's error and pending action. */
export interface RunStartEvent {
  type: 'run-start';
  runId?: string | null;
  /** Defaults to `running`. */
  status?: RunActiveStatus;
}

/**
 * A run changed without ending: its status (leaving `requires_action` clears the pending
 * action), its id, whether the client may cancel it, or its usage and metrics so far.
 */
export interface RunUpdateEvent {
  type: 'run-update';
  status?: RunActiveStatus;
  runId?: string | null;
  canCancel?: boolean;
  usage?: Record<string, unknown> | null;
  metrics?: Record<string, unknown> | null;
}

/** The run is paused until the client acts: the thread's status becomes `requires_action`. */
export interface ActionRequireEvent {
  type: 'action-require';
  action: PendingAction;
}

/** The run ended. Open messages and tool calls are closed to match. */
export interface RunEndEvent {
  type: 'run-end';
  status: RunEndStatus;
  stopReason?: string | null;
  usage?: Record<string, unknown> | null;
  metrics?: Record<string, unknown> | null;
}

/** An error to show on the thread. It does not end the run: a `run-end` does that. */
export interface RunErrorEvent {
  type: 'run-error';
  error: ThreadError;
}

/** The thread's own fields changed (a rename, an id assigned by the server). */
export interface ThreadUpdateEvent {
  type: 'thread-update';
  /** The server's id for the thread, once it has made one. */
  id?: string;
  title?: string | null;
  /** The dialect the thread's stream speaks, once recognised (a stream watched as `auto`). */
  dialect?: DialectName;
}

/** A message began. Starting a message that already exists does nothing. */
export interface MessageStartEvent {
  type: 'message-start';
  messageId: string;
  role: MessageRole;
}

/**
 * Text appended to a message. With `partIndex`, to that part (created, and earlier gaps filled
 * with empty text, if missing); without, to the last text part, or a new one after a non-text part.
 */
export interface TextDeltaEvent {
  type: 'text-delta';
  messageId: string;
  delta: string;
  partIndex?: number;
}

/** A part placed in a message: at `partIndex` (replacing what is there), or appended at the current position. */
export interface PartAddEvent {
  type: 'part-add';
  messageId: string;
  part: ContentPart;
  partIndex?: number;
}

/** A citation attached to a message while it streams. */
export interface CitationAddEvent {
  type: 'citation-add';
  messageId: string;
  citation: Citation;
}

/**
 * A message is done. `parts`, when given, is the server's final content and replaces what was
 * streamed; `citations`, when given, replaces the citations streamed before.
 */
export interface MessageEndEvent {
  type: 'message-end';
  messageId: string;
  status: MessageEndStatus;
  parts?: ContentPart[];
  citations?: Citation[];
}

/** A line of work-in-progress log. */
export interface ProgressAddEvent {
  type: 'progress-add';
  text: string;
}

/** A tool call began. `toolCallId` is the id the server answers it by. */
export interface ToolCallStartEvent {
  type: 'tool-call-start';
  toolCallId: string;
  name: string;
}

/** A fragment of a tool call's arguments. */
export interface ToolCallDeltaEvent {
  type: 'tool-call-delta';
  toolCallId: string;
  argumentsDelta: string;
}

/** The tool call's arguments are complete; `arguments`, when given, replaces the streamed ones. */
export interface ToolCallEndEvent {
  type: 'tool-call-end';
  toolCallId: string;
  arguments?: string;
}

/** A fragment of a tool call's result (streamed output, code interpreter logs). */
export interface ToolResultDeltaEvent {
  type: 'tool-result-delta';
  toolCallId: string;
  delta: string;
}

/** A non-text output of a tool call (an image a code interpreter drew). */
export interface ToolOutputAddEvent {
  type: 'tool-output-add';
  toolCallId: string;
  part: ContentPart;
}

/** The tool call's result is complete; the call is complete (or failed). `result`, when given, replaces the streamed one. */
export interface ToolResultEndEvent {
  type: 'tool-result-end';
  toolCallId: string;
  result?: string;
  failed?: boolean;
}

/** What a reasoning item holds: the model's reasoning, its thinking, or a plan. */
export type ReasoningVariant = 'reasoning' | 'thinking' | 'plan';

/** A block of reasoning began. */
export interface ReasoningStartEvent {
  type: 'reasoning-start';
  itemId: string;
  variant: ReasoningVariant;
}

/** Text appended to a reasoning block (created as `reasoning` if it has not started). */
export interface ReasoningDeltaEvent {
  type: 'reasoning-delta';
  itemId: string;
  delta: string;
}

/** A reasoning block is done. */
export interface ReasoningEndEvent {
  type: 'reasoning-end';
  itemId: string;
}

/**
 * A workflow or to-do list was created or changed. The item is created if missing; each given
 * field replaces the item's own (decoders send the whole task list, it is short).
 */
export interface WorkflowUpdateEvent {
  type: 'workflow-update';
  itemId: string;
  /** What the workflow is: `custom`, `reasoning`, `todo`... */
  variant?: string;
  tasks?: WorkflowTask[];
  /** A one-line summary shown when the workflow is collapsed. */
  summary?: string | null;
  /** Seconds the workflow took, when the server says. */
  durationSeconds?: number | null;
  expanded?: boolean;
  status?: 'in_progress' | 'complete';
}

/** A widget was created or redrawn: `root` replaces the whole tree. */
export interface WidgetUpdateEvent {
  type: 'widget-update';
  itemId: string;
  root: WidgetNode;
  /** Text to copy when the user copies the widget. */
  copyText?: string | null;
  status?: 'in_progress' | 'complete';
}

/** A notice to show beside the thread. */
export interface NoticeAddEvent {
  type: 'notice-add';
  notice: Notice;
}

/**
 * A side effect the server asks the client app to perform (ChatKit `client_effect`). It does not
 * change the thread: the controller hands it to the app's `onClientEffect`.
 */
export interface ClientEffectEvent {
  type: 'client-effect';
  name: string;
  data: Record<string, unknown>;
}

/** An item was withdrawn by the server. */
export interface ItemRemoveEvent {
  type: 'item-remove';
  itemId: string;
}

/** Everything any dialect can say about a thread. Every state change is one of these. */
export type ThreadEvent =
  | RunStartEvent
  | RunUpdateEvent
  | ActionRequireEvent
  | RunEndEvent
  | RunErrorEvent
  | ThreadUpdateEvent
  | MessageStartEvent
  | TextDeltaEvent
  | PartAddEvent
  | CitationAddEvent
  | MessageEndEvent
  | ProgressAddEvent
  | ToolCallStartEvent
  | ToolCallDeltaEvent
  | ToolCallEndEvent
  | ToolResultDeltaEvent
  | ToolOutputAddEvent
  | ToolResultEndEvent
  | ReasoningStartEvent
  | ReasoningDeltaEvent
  | ReasoningEndEvent
  | WorkflowUpdateEvent
  | WidgetUpdateEvent
  | NoticeAddEvent
  | ClientEffectEvent
  | ItemRemoveEvent;

/** The `type` of every canonical event. */
export type ThreadEventType = ThreadEvent['type'];
