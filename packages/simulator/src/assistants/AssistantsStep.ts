import type { Scenario } from '../Scenario';
import type { AssistantsTool } from './AssistantsObject';

/** A function call a `functionCalls` step streams; its arguments arrive fragment by fragment. */
export interface AssistantsFunctionCallSpec {
  name: string;
  argumentFragments: readonly string[];
}

/** A file a `fileSearch` step reports as found. */
export interface AssistantsSearchResultSpec {
  fileName: string;
  score: number;
  text: string;
}

/**
 * One step of an Assistants scenario. Content steps (`text`, `fileCitation`, `filePath`,
 * `imageFile`) write into the open assistant message, opening a `message_creation` step and a
 * message when none is open; any other step completes the open message first. Files are named:
 * each run gives every file name its own `file-` id.
 * - `text`: word-by-word deltas into the message's current text part (`wordsPerDelta` words each
 *   for a long answer);
 * - `fileCitation`: one delta with the marker text (`【4:0†name.txt】`) and its `file_citation`;
 * - `filePath`: one delta with the link text (`sandbox:/mnt/data/x.csv`) and its `file_path`;
 * - `imageFile`: an `image_file` part; later text opens a new text part;
 * - `functionCalls`: a `tool_calls` step of parallel function calls, then `requires_action`;
 *   the run continues with the next step after `submit_tool_outputs`;
 * - `codeInterpreter`: a completed `code_interpreter` call with a logs and an image output;
 * - `fileSearch`: a completed `file_search` call with its results;
 * - `fail`: the run fails with `server_error` and this message;
 * - `error`: an `event: error` with this message, then the body ends without `done`;
 * - `incomplete`: the run ends `incomplete` for this reason.
 */
export type AssistantsStep =
  | { text: string; wordsPerDelta?: number }
  | { fileCitation: { marker: string; fileName: string } }
  | { filePath: { text: string; fileName: string } }
  | { imageFile: string }
  | { functionCalls: readonly AssistantsFunctionCallSpec[] }
  | { codeInterpreter: { input: string; logs: string; imageFileName: string } }
  | { fileSearch: readonly AssistantsSearchResultSpec[] }
  | { fail: string }
  | { error: string }
  | { incomplete: 'max_completion_tokens' | 'max_prompt_tokens' };

/** A scripted Assistants run. */
export interface AssistantsScenario extends Scenario<AssistantsStep> {
  /** The run's `tools`, unless the request lists its own. */
  tools: readonly AssistantsTool[];
  /** The run's `instructions`, unless the request gives its own. */
  instructions: string | null;
}
