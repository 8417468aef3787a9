/** Where a request may name its scenario. */
export interface ScenarioHints {
  /** From a `/scenario/<name>/...` path. */
  pinned: string | undefined;
  /** From the `x-simulator-scenario` header. */
  header: string | undefined;
  /** The user's message, searched for keywords. */
  message: string;
}

/** What {@link resolveScenario} found. */
export type ScenarioResolution<S> = { scenario: S } | { unknownName: string };

/** A dialect's scenarios with the keywords that pick them and the default. */
export interface ScenarioCatalog<S, Name extends string> {
  scenarios: Readonly<Record<Name, S>>;
  /** Checked in order; the first pattern found in the message wins. */
  keywords: readonly (readonly [RegExp, Name])[];
  fallback: Name;
}

/** Picks a scenario: the path pin, then the header, then keywords in the message, then the fallback. */
export function resolveScenario<S, Name extends string>(
  { scenarios, keywords, fallback }: ScenarioCatalog<S, Name>,
  { pinned, header, message }: ScenarioHints,
): ScenarioResolution<S> {
  const named = pinned ?? header;
  if (named !== undefined) {
    return Object.hasOwn(scenarios, named) ? { scenario: scenarios[named as Name] } : { unknownName: named };
  }
  const keyword = keywords.find(([pattern]) => pattern.test(message));
  return { scenario: scenarios[keyword?.[1] ?? fallback] };
}
