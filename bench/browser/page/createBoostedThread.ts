/** Creates a thread on the simulator's Boosted API (`POST /boosted/v2/threads`); resolves with its id. */
export async function createBoostedThread(): Promise<string> {
  const response = await fetch('/boosted/v2/threads', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ thread_name: 'Browser benchmark' }),
  });
  const body = (await response.json()) as { thread_id?: unknown };
  if (typeof body.thread_id !== 'string') throw new Error(`bench page: POST /boosted/v2/threads answered ${response.status}.`);
  return body.thread_id;
}
