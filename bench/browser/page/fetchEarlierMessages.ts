import type { UIMessage } from 'ai';

/**
 * The 1,000 earlier messages as the bench server serves them (`/api/history`): the messages the
 * simulator's Boosted thread holds after its `thousand-messages` scenario, in AI SDK UI form.
 */
export async function fetchEarlierMessages(): Promise<UIMessage[]> {
  const response = await fetch('/api/history');
  if (!response.ok) throw new Error(`bench page: /api/history answered ${response.status}.`);
  return (await response.json()) as UIMessage[];
}
