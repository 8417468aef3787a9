import { performance } from 'node:perf_hooks';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * The current local time as Python's naive `datetime.now().isoformat()` writes it: no zone,
 * microseconds (`2025-11-27T16:55:21.898537`).
 */
export function formatChatKitTimestamp(date = new Date()): string {
  const microseconds = pad(Math.floor((performance.now() % 1) * 1000), 3);
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}${microseconds}`;
  return `${day}T${time}`;
}
