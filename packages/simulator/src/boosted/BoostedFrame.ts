import type { BoostedCitation } from './BoostedCitation';

/**
 * One Boosted frame before its transport: `event` is the SSE event name and `data` the inner
 * object. Over SSE, framing 'key' sends `{[event]: data}` and framing 'event' sends `event:` plus
 * `data`; over gRPC, it is the `ThreadData` member `<event>_event` (`work_in_progress_event` for
 * `message_work_in_progress`), except `task_status`, which the gRPC stream does not have.
 */
export type BoostedFrame =
  | { event: 'message_work_in_progress'; data: { log: string } }
  | { event: 'message_chunk'; data: { message: string; final_chunk: boolean } }
  | { event: 'message'; data: { message: string; message_metadata: { citations: BoostedCitation[] } } }
  | { event: 'task_status'; data: { status: 'Complete' } }
  | { event: 'thread_name'; data: { thread_name: string } }
  | { event: 'worker_error'; data: { message: string; code: string } }
  | { event: 'message_cancelled'; data: Record<string, never> };
