import type { Citation } from './Citation';
import type { ContentPart } from './ContentPart';
import type { ThreadError } from './ThreadError';

/** Who wrote a message. */
export type MessageRole = 'user' | 'assistant';

/** How a run ended. */
export type RunEndStatus = 'complete' | 'failed' | 'cancelled' | 'incomplete' | 'expired';

/** How a message ended. */
export type MessageEndStatus = 'complete' | 'incomplete' | 'cancelled';

/** A new run (one turn of the agent) has started; the thread is running. Clears the previous run's error. */
export interface RunStartEvent {
  type: 'run-start';
  runId?: string | null;
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
  title?: string | null;
}

/** A message began. Starting a message that already exists does nothing. */
export interface MessageStartEvent {
  type: 'message-start';
  messageId: string;
  role: MessageRole;
}

/** Text appended to a message's last text part (or a new text part after a non-text part). */
export interface TextDeltaEvent {
  type: 'text-delta';
  messageId: string;
  delta: string;
}

/** A non-text part (artifact, image) appended to a message at the current position. */
export interface PartAddEvent {
  type: 'part-add';
  messageId: string;
  part: ContentPart;
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

/** The tool call's result arrived; the call is complete (or failed). */
export interface ToolResultEndEvent {
  type: 'tool-result-end';
  toolCallId: string;
  result: string;
  failed?: boolean;
}

/** An item was withdrawn by the server. */
export interface ItemRemoveEvent {
  type: 'item-remove';
  itemId: string;
}

/** Everything any dialect can say about a thread. Every state change is one of these. */
export type ThreadEvent =
  | RunStartEvent
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
  | ToolResultEndEvent
  | ItemRemoveEvent;

/** The `type` of every canonical event. */
export type ThreadEventType = ThreadEvent['type'];
