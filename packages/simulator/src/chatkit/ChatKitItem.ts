/**
 * ChatKit thread items and their parts, with fields declared in the order chatkit-python
 * serialises them. Optional fields are the ones its `exclude_none` serialisation may leave out.
 */

/** A page of a list answer; `after` is the cursor of the next page. */
export interface ChatKitPage<T> {
  data: T[];
  has_more: boolean;
  after?: string;
}

/** A web source of an annotation or a web search task. */
export interface ChatKitUrlSource {
  title: string;
  description?: string;
  type: 'url';
  url: string;
  attribution?: string;
}

/** A citation on assistant text; `index` is the character offset of its footnote marker. */
export interface ChatKitAnnotation {
  type: 'annotation';
  source: ChatKitUrlSource;
  index?: number;
}

/** The only content part of assistant messages. */
export interface ChatKitOutputText {
  annotations: ChatKitAnnotation[];
  text: string;
  type: 'output_text';
}

/** A task of a workflow. */
export type ChatKitTask = { status_indicator: 'none' | 'loading' | 'complete' } & (
  | { type: 'custom'; title?: string; icon?: string; content?: string }
  | { type: 'web_search'; title?: string; title_query?: string; queries: string[]; sources: ChatKitUrlSource[] }
  | { type: 'thought'; title?: string; content: string }
);

/** A workflow (a group of tasks shown as one item). */
export interface ChatKitWorkflow {
  type: 'custom' | 'reasoning';
  tasks: ChatKitTask[];
  summary?: { duration: number };
  expanded: boolean;
}

/** A widget tree node: `type` plus camelCase props and optional `children`. */
export interface ChatKitWidgetNode {
  type: string;
  id?: string;
  children?: ChatKitWidgetNode[];
  [prop: string]: unknown;
}

/** A part of a user message. */
export type ChatKitUserContent =
  | { type: 'input_text'; text: string }
  | { type: 'input_tag'; id: string; text: string; data: Record<string, unknown>; group?: string; interactive: boolean };

/** Options the user picked for a message. */
export interface ChatKitInferenceOptions {
  tool_choice?: { id: string };
  model?: string;
}

interface ItemBase {
  id: string;
  thread_id: string;
  created_at: string;
}

/** A thread item as stored and sent (`sdk_hidden_context` is stored but never sent). */
export type ChatKitItem =
  | (ItemBase & {
      type: 'user_message';
      content: ChatKitUserContent[];
      attachments: never[];
      quoted_text?: string;
      inference_options: ChatKitInferenceOptions;
    })
  | (ItemBase & { type: 'assistant_message'; content: ChatKitOutputText[] })
  | (ItemBase & { type: 'client_tool_call'; status: 'pending' | 'completed'; call_id: string; name: string; arguments: Record<string, unknown>; output?: unknown })
  | (ItemBase & { type: 'widget'; widget: ChatKitWidgetNode; copy_text?: string })
  | (ItemBase & { type: 'workflow'; workflow: ChatKitWorkflow })
  | (ItemBase & { type: 'sdk_hidden_context'; content: string });

/** The Thread object of `thread.created`, `thread.updated` and `threads.get_by_id`. */
export interface ChatKitThread {
  title?: string;
  id: string;
  created_at: string;
  status: { type: 'active' };
  metadata: Record<string, never>;
  items: ChatKitPage<ChatKitItem>;
}
