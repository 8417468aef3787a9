import { describe, expect, it } from 'vitest';
import { createBackoff } from '@threadline/headless';

describe('createBackoff', () => {
  it('doubles from the base with half of each wait random, up to the ceiling', () => {
    const low = createBackoff({ baseMs: 100, maxMs: 1000, random: () => 0 });
    const high = createBackoff({ baseMs: 100, maxMs: 1000, random: () => 1 });
    expect(Array.from({ length: 6 }, () => low.next())).toEqual([50, 100, 200, 400, 500, 500]);
    expect(Array.from({ length: 6 }, () => high.next())).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(high.attempts).toBe(6);
    high.reset();
    expect(high.next()).toBe(100);
  });

  it("waits at least the server's Retry-After, within reason, and takes retry: as its base", () => {
    const backoff = createBackoff({ baseMs: 100, random: () => 0, maxRetryAfterMs: 60_000 });
    expect(backoff.next({ retryAfterMs: 7000 })).toBe(7000);
    expect(backoff.next({ retryAfterMs: 3_600_000 })).toBe(60_000);
    backoff.reset();
    backoff.setBase(3000);
    expect(backoff.next(null)).toBe(1500);
    backoff.setBase(Number.NaN);
    expect(backoff.next()).toBe(3000);
  });
});
