/** The live heap after a full garbage collection, once `events` events had gone through the store. */
export interface HeapSample {
  events: number;
  heapBytes: number;
}

/** How much the heap may grow from the first sample to the last: the larger of the two. */
export interface HeapGrowthLimit {
  /** A share of the first sample's heap (0.1 for 10%). */
  ratio: number;
  bytes: number;
}

/** The verdict of {@link checkHeapFlat}. */
export interface HeapFlatness {
  flat: boolean;
  /** The last sample's heap minus the first's (negative when it shrank). */
  growthBytes: number;
  allowedBytes: number;
  /** The least-squares slope of heap over events through every sample, in bytes per million events. */
  slopeBytesPerMillion: number;
}

/**
 * Whether the heap stayed flat across `samples` (in the order taken): the last sample exceeds
 * the first by at most the limit. The slope is reported beside the verdict because a heap that
 * creeps by a few bytes per event can stay under a fixed margin for a million events and still
 * run out in a long-lived tab.
 */
export function checkHeapFlat(samples: readonly HeapSample[], limit: HeapGrowthLimit): HeapFlatness {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || samples.length < 2) throw new RangeError('checkHeapFlat needs at least two samples.');
  const growthBytes = last.heapBytes - first.heapBytes;
  const allowedBytes = Math.max(limit.ratio * first.heapBytes, limit.bytes);
  return { flat: growthBytes <= allowedBytes, growthBytes, allowedBytes, slopeBytesPerMillion: slope(samples) * 1e6 };
}

function slope(samples: readonly HeapSample[]): number {
  const meanEvents = samples.reduce((sum, sample) => sum + sample.events, 0) / samples.length;
  const meanHeap = samples.reduce((sum, sample) => sum + sample.heapBytes, 0) / samples.length;
  let covariance = 0;
  let variance = 0;
  for (const sample of samples) {
    covariance += (sample.events - meanEvents) * (sample.heapBytes - meanHeap);
    variance += (sample.events - meanEvents) ** 2;
  }
  return variance === 0 ? 0 : covariance / variance;
}
