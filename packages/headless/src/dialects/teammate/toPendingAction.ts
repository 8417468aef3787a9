import type { PendingAction, PendingQuestion, PendingQuestionOption } from '../../events/PendingAction';
import { isRecord, pickString } from './pickString';
import type { Json } from './pickString';

const NESTED_KEYS = ['payload', 'request', 'permission', 'data'];
const PLAN_APPROVAL_HEADER = 'Plan Approval';

/**
 * What an `awaiting_approval` or `permission_request` frame asks of the client. The payload is
 * unconfirmed, so the `PermissionRequest` fields are read at the top level or nested under
 * `payload`, `request`, `permission` or `data`:
 * - `AskUserQuestion` with `tool_input.questions[]` is a `question`, or a `plan_approval` when a
 *   question's header is "Plan Approval" (how the m8tes SDK detects plan mode);
 * - any other tool is an `approval` of `tool_name` with `tool_input`.
 */
export function toPendingAction(raw: Json): PendingAction {
  const sources = [raw, ...NESTED_KEYS.map((key) => raw[key]).filter(isRecord)];
  const pick = (...keys: string[]) => firstOf(sources, (source) => pickString(source, ...keys));
  const toolName = pick('tool_name', 'toolName');
  const toolInput = firstOf(sources, (source) => source.tool_input ?? source.toolInput ?? source.input ?? null);
  const rawQuestions = isRecord(toolInput) && Array.isArray(toolInput.questions) ? toolInput.questions : firstOf(sources, (source) => (Array.isArray(source.questions) ? source.questions : null));
  const toolCallId = pick('tool_use_id', 'toolUseId', 'tool_call_id', 'toolCallId');
  const asks = toolName === 'AskUserQuestion' || (toolName === null && rawQuestions !== null);
  const questions = asks ? (rawQuestions ?? []).filter(isRecord).map(toQuestion) : [];
  return {
    kind: !asks ? 'approval' : questions.some((question) => question.header === PLAN_APPROVAL_HEADER) ? 'plan_approval' : 'question',
    toolCallIds: toolCallId === null ? [] : [toolCallId],
    requestId: pick('request_id', 'requestId', 'id'),
    questions,
    toolName,
    toolInput,
  };
}

/** Whether the frame says nothing about what it waits for (a bare status frame). */
export function isBarePendingAction(action: PendingAction): boolean {
  return action.requestId === null && action.toolName === null && action.toolInput === null && action.questions.length === 0;
}

function toQuestion(raw: Json): PendingQuestion {
  const multiple = typeof raw.multiSelect === 'boolean' ? raw.multiSelect : typeof raw.multiple === 'boolean' ? raw.multiple : false;
  return {
    question: pickString(raw, 'question', 'text') ?? '',
    header: pickString(raw, 'header'),
    options: Array.isArray(raw.options) ? raw.options.flatMap(toOption) : [],
    multiple,
  };
}

function toOption(raw: unknown): PendingQuestionOption[] {
  if (typeof raw === 'string') return [{ label: raw, description: null }];
  const label = pickString(raw, 'label', 'value');
  return label === null ? [] : [{ label, description: pickString(raw, 'description') }];
}

function firstOf<T>(sources: readonly Json[], read: (source: Json) => T | null): T | null {
  for (const source of sources) {
    const value = read(source);
    if (value !== null) return value;
  }
  return null;
}
