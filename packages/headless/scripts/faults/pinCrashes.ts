/** Something that went uncaught (an unhandled rejection, an uncaught exception), and when. */
export interface Crash {
  at: number;
  message: string;
}

/** When a cell ran, in the same clock as {@link Crash.at}. */
export interface CellSpan {
  id: string;
  start: number;
  end: number;
}

/** Where {@link pinCrashes} put each crash. */
export interface PinnedCrashes {
  /** Crashes that happened while only this cell ran. */
  byCell: Map<string, string[]>;
  /** Cells that ran beside others while a crash happened: to run again alone. */
  ambiguous: Set<string>;
  /** Crashes while no cell ran. */
  unpinned: string[];
}

/**
 * Pins each crash on the cell that was running when it happened. Cells run side by side share
 * one process, so a crash during several cells is pinned on none: they are `ambiguous`.
 */
export function pinCrashes(crashes: readonly Crash[], spans: readonly CellSpan[]): PinnedCrashes {
  const pinned: PinnedCrashes = { byCell: new Map(), ambiguous: new Set(), unpinned: [] };
  for (const crash of crashes) {
    const running = spans.filter((span) => span.start <= crash.at && crash.at <= span.end);
    const [only] = running;
    if (running.length === 0 || !only) pinned.unpinned.push(crash.message);
    else if (running.length === 1) pinned.byCell.set(only.id, [...(pinned.byCell.get(only.id) ?? []), crash.message]);
    else for (const span of running) pinned.ambiguous.add(span.id);
  }
  return pinned;
}
