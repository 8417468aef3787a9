import type { DialectName } from '../events/DialectName';
import type { SseMessage } from '../transport/SseMessage';

const BOOSTED_KEYS = new Set([
  'message_work_in_progress', 'message_chunk', 'message', 'task_status', 'execution_status',
  // The gRPC service's names, as a session streamed over gRPC is exported.
  'message_event', 'message_chunk_event', 'work_in_progress_event', 'thread_name_event', 'worker_error_event', 'message_cancelled_event',
]);
const TEAMMATE_TYPES = /^(metadata|text-|tool-call-|tool-result-|reasoning|thinking|plan|todo-update|run_metrics|done|cancelled|awaiting_approval|permission_request)/;

/**
 * Guesses the dialect of a captured stream from its first messages, or null when nothing
 * decides it. Assistants name events `thread.*`; ChatKit and Teammate discriminate on `type`
 * (ChatKit's are dotted); Boosted keys the data by the event name.
 */
export function detectDialect(messages: readonly SseMessage[]): DialectName | null {
  for (const message of messages.slice(0, 20)) {
    if (message.event?.startsWith('thread.')) return 'assistants';
    if (message.event && BOOSTED_KEYS.has(message.event)) return 'boosted';
    let value: unknown;
    try {
      value = JSON.parse(message.data);
    } catch {
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const type = (value as { type?: unknown }).type;
    if (typeof type === 'string') {
      if (type.startsWith('thread.') || type === 'progress_update' || type === 'stream_options' || type === 'client_effect') return 'chatkit';
      if (TEAMMATE_TYPES.test(type)) return 'teammate';
    }
    if (Object.keys(value).some((key) => BOOSTED_KEYS.has(key))) return 'boosted';
  }
  return null;
}
