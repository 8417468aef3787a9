/** One option of a question the agent asks. */
export interface PendingQuestionOption {
  label: string;
  description: string | null;
}

/** A question the agent asks before it goes on (Teammate `AskUserQuestion`, a plan to approve). */
export interface PendingQuestion {
  /** The question as the server words it; answers are keyed by it. */
  question: string;
  /** A short heading (`"Plan Approval"` for a plan). */
  header: string | null;
  options: PendingQuestionOption[];
  /** Whether more than one option may be chosen. */
  multiple: boolean;
}

/**
 * What the client must do before the run can go on:
 * - `submit_tool_outputs`: run the listed tool calls and submit their outputs (Assistants);
 * - `client_tool_call`: run the listed client tool and post its result (ChatKit);
 * - `question`: answer `questions` (Teammate `AskUserQuestion`);
 * - `plan_approval`: approve the plan in `questions[0].question`, or send feedback (Teammate plan mode);
 * - `approval`: allow or deny `toolName` with `toolInput` (Teammate approval mode).
 */
export interface PendingAction {
  kind: 'submit_tool_outputs' | 'client_tool_call' | 'question' | 'plan_approval' | 'approval';
  /** The tool calls waiting on the client, by item id. */
  toolCallIds: string[];
  /** The server's id for the request, to answer it by. */
  requestId: string | null;
  questions: PendingQuestion[];
  /** The tool asking for permission (approval), or the client tool to run. */
  toolName: string | null;
  /** The tool's input, as the server sent it. */
  toolInput: unknown;
}
