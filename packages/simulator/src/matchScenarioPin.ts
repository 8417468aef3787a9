/** A `/scenario/<name>/...` prefix found by {@link matchScenarioPin}. */
export interface ScenarioPin {
  /** The decoded `<name>`. */
  name: string;
  /** The rest of the path, starting with `/` (`/` when nothing follows the name). */
  rest: string;
}

const scenarioPin = /^\/scenario\/([^/]+)(\/.*)?$/;

function decodePin(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Reads a scenario pin from a path below a dialect prefix; undefined when there is none. */
export function matchScenarioPin(path: string): ScenarioPin | undefined {
  const match = scenarioPin.exec(path);
  if (match?.[1] === undefined) return undefined;
  return { name: decodePin(match[1]), rest: match[2] ?? '/' };
}
