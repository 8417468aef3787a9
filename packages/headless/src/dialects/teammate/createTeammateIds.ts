/** Makes the item ids of one Teammate connection. */
export interface TeammateIds {
  /** Ids made from now on name this run (`run` until the first `metadata`). */
  setRun(runId: string): void;
  /** A new id for a block the wire gave no id: `<prefix><run>-<kind>-<n>`. */
  generate(kind: string): string;
  /** The id for a block the wire named: `<prefix><run>-<wireId>`, made unique if it was used before. */
  fromWire(wireId: string): string;
}

/**
 * Ids are a function of the run id and the order of frames only, so decoding a run again
 * from the start (a re-join through `GET /runs/{id}/stream` replays the whole run) gives
 * every item the id it had the first time.
 */
export function createTeammateIds(prefix: string): TeammateIds {
  let run = 'run';
  let count = 0;
  const used = new Set<string>();

  function claim(candidate: string): string {
    let id = candidate;
    while (used.has(id)) {
      count += 1;
      id = `${candidate}~${count}`;
    }
    used.add(id);
    return id;
  }

  return {
    setRun(runId) {
      run = runId;
    },
    generate(kind) {
      count += 1;
      return claim(`${prefix}${run}-${kind}-${count}`);
    },
    fromWire(wireId) {
      return claim(`${prefix}${run}-${wireId}`);
    },
  };
}
