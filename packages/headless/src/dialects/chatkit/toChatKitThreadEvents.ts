import type { ThreadEvent } from '../../events/ThreadEvent';
import { readArray, readObject, readString } from '../readJson';
import { toChatKitItemEvents } from './toChatKitItemEvents';

/**
 * The canonical events for a ChatKit `Thread` as `threads.get_by_id` returns it: its id and
 * title, then every item of its first page of `items`, as stored. Further pages
 * (`items.list`) load with `toChatKitItemEvents` on each item. Pure; never throws.
 */
export function toChatKitThreadEvents(thread: unknown): ThreadEvent[] {
  const id = readString(thread, 'id');
  const events: ThreadEvent[] = [{ type: 'thread-update', ...(id === null ? {} : { id }), title: readString(thread, 'title') }];
  for (const item of readArray(readObject(thread, 'items'), 'data')) events.push(...toChatKitItemEvents(item));
  return events;
}
