import type { ThreadEvent } from '@threadline/headless';

/** A canonical event's fields other than `type`, as one line of JSON cut at `maxLength` characters. */
export function describeEvent(event: ThreadEvent, maxLength = 240): string {
  const { type: _type, ...fields } = event;
  const text = JSON.stringify(fields);
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}
