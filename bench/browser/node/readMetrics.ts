import type { BareSession } from './openBareTarget';

/** `Performance.getMetrics` by name, in seconds as Chromium gives them, on the session's own clock. */
export async function readMetrics(session: BareSession): Promise<Record<string, number>> {
  const { metrics } = await session.send<{ metrics: Array<{ name: string; value: number }> }>('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}
