import type { ThreadEvent } from '../events/ThreadEvent';

/** The id of the item an event creates or changes, or null for thread- and run-level events. */
export function itemIdOf(event: ThreadEvent): string | null {
  if ('messageId' in event) return event.messageId;
  if ('toolCallId' in event) return event.toolCallId;
  if ('itemId' in event) return event.itemId;
  return null;
}
