import type { AssistantsMessageObject, AssistantsThreadObject } from './AssistantsObject';
import type { AssistantsRun } from './AssistantsRun';
import { createAssistantsId, unixNow } from './createAssistantsObject';

/** The simulator's state for one Assistants thread. */
export interface AssistantsThread {
  object: AssistantsThreadObject;
  /** Oldest first; assistant messages are updated in place while they stream. */
  messages: AssistantsMessageObject[];
  /** The run that is not yet terminal, which blocks new runs on the thread. */
  activeRun: AssistantsRun | undefined;
}

/** Creates an empty thread with a fresh `thread_` id. */
export function createAssistantsThread(): AssistantsThread {
  return {
    object: {
      id: createAssistantsId('thread_'),
      object: 'thread',
      created_at: unixNow(),
      metadata: {},
      tool_resources: { code_interpreter: { file_ids: [] } },
    },
    messages: [],
    activeRun: undefined,
  };
}
