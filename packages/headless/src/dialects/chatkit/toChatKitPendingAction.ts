import type { PendingAction, PendingQuestion } from '../../events/PendingAction';
import { isJsonObject, readArray, readString } from '../readJson';

/**
 * What a ChatKit item waits on the client for, or null when it waits for nothing:
 * - a `pending` `client_tool_call` asks the client to run `name` with `arguments` and post
 *   the result (`threads.add_client_tool_output`); its `call_id` is the request id;
 * - a `pending` `structured_input` asks its questions (`threads.add_structured_input`, keyed by
 *   the item id).
 */
export function toChatKitPendingAction(item: unknown): PendingAction | null {
  if (readString(item, 'status') !== 'pending') return null;
  const id = readString(item, 'id');
  if (id === null) return null;
  switch (readString(item, 'type')) {
    case 'client_tool_call': {
      return {
        kind: 'client_tool_call',
        toolCallIds: [id],
        requestId: readString(item, 'call_id'),
        questions: [],
        toolName: readString(item, 'name'),
        toolInput: isJsonObject(item) ? (item.arguments ?? {}) : {},
      };
    }
    case 'structured_input': {
      return {
        kind: 'question',
        toolCallIds: [],
        requestId: id,
        questions: readArray(item, 'inputs').map(toQuestion),
        toolName: null,
        toolInput: null,
      };
    }
    default: {
      return null;
    }
  }
}

// A freeform input is a question with no options; its `description` has no place to go.
function toQuestion(input: unknown): PendingQuestion {
  const choice = readString(input, 'type') === 'multiple_choice';
  return {
    question: readString(input, 'question') ?? '',
    header: null,
    options: choice
      ? readArray(input, 'options').map((option) => ({
          label: readString(option, 'label') ?? readString(option, 'value') ?? '',
          description: readString(option, 'description'),
        }))
      : [],
    multiple: choice && isJsonObject(input) && input.multiple === true,
  };
}
