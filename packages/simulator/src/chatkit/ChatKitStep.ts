import type { Scenario } from '../Scenario';
import type { ChatKitAnnotation, ChatKitTask, ChatKitWidgetNode } from './ChatKitItem';

type WithoutStatus<Task> = Task extends unknown ? Omit<Task, 'status_indicator'> : never;

/** A workflow task as scenario data; the runner adds `status_indicator`. */
export type ChatKitTaskSpec = WithoutStatus<ChatKitTask>;

/** An assistant message to stream. */
export interface ChatKitMessageSpec {
  /** `{result}`, `{action}` and `{payload}` are replaced by the request's values, when it has them. */
  text: string;
  /** Each is announced once the streamed text reaches its `index`. */
  annotations?: readonly ChatKitAnnotation[];
  /** Words per text delta (default 1), for an answer too long to stream word by word. */
  wordsPerDelta?: number;
  /** Stop after the text deltas, leaving the message pending (before an error). */
  partial?: boolean;
}

/** A widget whose text component streams before the final root replaces it. */
export interface ChatKitWidgetSpec {
  /** The final tree; the streaming component holds its final `value`. */
  root: ChatKitWidgetNode;
  /** The `id` of the Text or Markdown component whose value streams. */
  streamingComponentId: string;
  copyText?: string;
}

/**
 * One step of a ChatKit scenario:
 * - `notice`, `progress`, `clientEffect`: one event each;
 * - `message`: an assistant message (added, content part added, text deltas with annotations as
 *   the text reaches them, content part done with `annotations: []`, done with all of them);
 * - `workflow`: a workflow item whose tasks are added loading, then completed (thoughts arrive
 *   complete), then done with a `{duration}` summary;
 * - `widget`: a widget item whose text component streams, then `widget.root.updated`, then done;
 * - `clientToolCall`: a pending `client_tool_call` item; the turn stops until
 *   `threads.add_client_tool_output` continues it with the next step;
 * - `title`: sets the thread's title if it has none, then `thread.updated`;
 * - `guardrail`: removes the turn's pending items, then a `custom` error with this message;
 * - `streamError`: a `stream.error` error that allows a retry.
 */
export type ChatKitStep =
  | { notice: { level: 'info' | 'warning' | 'danger'; message: string; title?: string } }
  | { progress: { icon?: string; text: string } }
  | { message: ChatKitMessageSpec }
  | { workflow: { tasks: readonly ChatKitTaskSpec[]; durationSeconds: number } }
  | { widget: ChatKitWidgetSpec }
  | { clientEffect: { name: string; data: Record<string, unknown> } }
  | { clientToolCall: { name: string; arguments: Record<string, unknown> } }
  | { title: string }
  | { guardrail: string }
  | { streamError: true };

/** A scripted ChatKit answer. */
export interface ChatKitScenario extends Scenario<ChatKitStep> {
  /** The scenario `threads.retry_after_item` plays instead of this one. */
  retryScenario?: string;
  /**
   * Messages of a made-up earlier conversation (questions and answers in turn) the thread is
   * given before the user's message; the stream sends each as `thread.item.done` ahead of the
   * user's message, with no delay between them.
   */
  earlierMessages?: number;
}
