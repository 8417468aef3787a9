import type { BoostedCitation } from './BoostedCitation';

/**
 * One Boosted SSE frame before framing: `event` is the wire event name and `data` the inner
 * object. Framing 'key' sends `{[event]: data}`; framing 'event' sends `event:` plus `data`.
 */
export type BoostedFrame =
  | { event: 'message_work_in_progress'; data: { log: string } }
  | { event: 'message_chunk'; data: { message: string; final_chunk: boolean } }
  | { event: 'message'; data: { message: string; message_metadata: { citations: BoostedCitation[] } } }
  | { event: 'task_status'; data: { status: 'Complete' } };
