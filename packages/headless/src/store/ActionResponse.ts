/**
 * The client's answer to a thread's pending action:
 * - `tool-outputs`: the results of the tool calls the run waits on (Assistants `submit_tool_outputs`,
 *   ChatKit client tools, where the first output is the result);
 * - `answer`: answers keyed by question text (Teammate `AskUserQuestion`);
 * - `plan`: approve the plan, or send feedback to revise it (Teammate plan mode);
 * - `approval`: allow or deny the tool the run asked permission for (Teammate approval mode).
 */
export type ActionResponse =
  | { type: 'tool-outputs'; outputs: ReadonlyArray<{ toolCallId: string; output: unknown }> }
  | { type: 'answer'; answers: Readonly<Record<string, string>> }
  | { type: 'plan'; approve: true }
  | { type: 'plan'; approve: false; feedback: string }
  | { type: 'approval'; decision: 'allow' | 'deny'; remember?: boolean; reason?: string };
