import type { ServerResponse } from 'node:http';

/** When the server wrote the answer's first and last words, in epoch ms. */
export interface WriteTimes {
  firstWordWrittenAt: number | null;
  lastWordWrittenAt: number | null;
}

/**
 * Notes when a streamed response first writes the answer's first and last words: the arrival
 * time a page's paint is compared with (same machine, same clock).
 */
export interface WriteClock {
  /** Starts watching for these words; forgets earlier times. */
  arm(firstWord: string, lastWord: string): void;
  /** Wraps `res.write` so every chunk written to `res` is checked. */
  watch(res: ServerResponse): void;
  times(): WriteTimes;
}

/** Epoch ms with sub-millisecond resolution, comparable with `performance.timeOrigin + performance.now()` in a page. */
export const epochNow = () => performance.timeOrigin + performance.now();

/** Creates a {@link WriteClock}. */
export function createWriteClock(): WriteClock {
  let words: { first: string; last: string } | undefined;
  let times: WriteTimes = { firstWordWrittenAt: null, lastWordWrittenAt: null };

  const check = (chunk: unknown) => {
    if (!words || typeof chunk !== 'string') return;
    if (times.firstWordWrittenAt === null && chunk.includes(words.first)) times.firstWordWrittenAt = epochNow();
    if (times.lastWordWrittenAt === null && chunk.includes(words.last)) times.lastWordWrittenAt = epochNow();
  };

  return {
    arm(first, last) {
      words = { first, last };
      times = { firstWordWrittenAt: null, lastWordWrittenAt: null };
    },
    watch(res) {
      const write = res.write.bind(res) as (...args: unknown[]) => boolean;
      res.write = ((...args: unknown[]) => {
        check(args[0]);
        return write(...args);
      }) as typeof res.write;
    },
    times: () => ({ ...times }),
  };
}
