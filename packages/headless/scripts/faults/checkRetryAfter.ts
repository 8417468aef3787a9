import type { RequestRecord } from './createFaultFetch';

// Timers and the log's millisecond rounding may run this much early.
const SLACK_MS = 50;

/**
 * Checks that every answer with a `Retry-After` (in seconds) among the requests that can carry a
 * fault was followed by a retry no sooner than it asked; returns a sentence per early retry.
 */
export function checkRetryAfter(log: readonly RequestRecord[]): string[] {
  const requests = log.filter((record) => record.faultable).sort((a, b) => a.atMs - b.atMs);
  return requests.flatMap((record, index) => {
    const seconds = record.retryAfter === null ? Number.NaN : Number(record.retryAfter);
    const next = requests[index + 1];
    if (!Number.isFinite(seconds) || next === undefined) return [];
    const waitedMs = next.atMs - record.atMs;
    return waitedMs + SLACK_MS < seconds * 1000 ? [`retried ${waitedMs} ms after a ${record.status ?? ''} that asked Retry-After: ${record.retryAfter}`] : [];
  });
}
