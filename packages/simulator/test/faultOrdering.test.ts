import { describe, expect, it } from 'vitest';
import { assistantsEventNames, createThreadAndRun } from './assistantsHttp';
import { createThread, postMessage } from './boostedHttp';
import { chatkitEventNames, chatkitStream, userInput } from './chatkitHttp';
import { connectSse } from './connectSse';
import { createTeammateRun, hasFrame } from './teammateHttp';
import { startEachSimulator } from './startEachSimulator';

const start = startEachSimulator();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `names` with the entries at `index` and `index + 1` swapped. */
function swapped(names: readonly string[], index: number): string[] {
  const result = [...names];
  [result[index], result[index + 1]] = [result[index + 1] ?? '', result[index] ?? ''];
  return result;
}

describe('ordering faults', () => {
  it('sends a re-opened Boosted stream the last three frames of the run again, once', async () => {
    const base = `${await start()}/boosted/scenario/plain`;
    const threadId = await createThread(base);
    const headers = { 'x-simulator-fault': 'duplicate-after-reconnect; times=1' };
    const first = await connectSse(`${base}/v2/threads/stream/${threadId}`, { headers });
    // One chunk every two seconds: the run waits after its two logs and first chunk.
    await postMessage(base, threadId, 'hello', { 'x-simulator-pacing': 'deltas-per-second=0.5' });
    await first.waitFor((events) => events.length === 3);

    const reconnect = await connectSse(`${base}/v2/threads/stream/${threadId}`, { headers });
    await reconnect.waitFor((events) => events.length === 3);
    expect(reconnect.events).toEqual(first.events);

    const again = await connectSse(`${base}/v2/threads/stream/${threadId}`, { headers });
    await pause(100);
    expect(again.events).toEqual([]);
    expect(first.events).toHaveLength(3);
    for (const stream of [first, reconnect, again]) stream.close();
  });

  it('repeats the last frames of the replay on a Teammate re-join, but not on the stream that created the run', async () => {
    const base = `${await start()}/teammate/api/v2`;
    const headers = { 'x-simulator-fault': 'duplicate-after-reconnect; count=2; times=1' };
    const created = await createTeammateRun(base, 'Ask me a question first', { human_in_the_loop: true }, headers);
    await created.waitFor(hasFrame('awaiting_approval'));
    const history = [...created.events];
    const runId = JSON.parse(history[0]?.data ?? '{}').payload.run_id as number;

    const rejoin = await connectSse(`${base}/runs/${runId}/stream`, { headers });
    await rejoin.waitFor((events) => events.length === history.length + 2);
    expect(rejoin.events).toEqual([...history, ...history.slice(-2)]);

    const second = await connectSse(`${base}/runs/${runId}/stream`, { headers });
    await second.waitFor((events) => events.length === history.length);
    await pause(50);
    expect(second.events).toEqual(history);
    expect(created.events).toEqual(history);
    for (const stream of [created, rejoin, second]) stream.close();
  });

  it('swaps the eighth and ninth Assistants events, so a delta comes before its message is in progress', async () => {
    const base = `${await start()}/assistants/scenario/plain/v1`;
    const clean = await createThreadAndRun(base, 'sleep');
    const faulted = await createThreadAndRun(base, 'sleep', { 'x-simulator-fault': 'out-of-order; after=7' });
    await Promise.all([clean.ended, faulted.ended]);
    const cleanNames = assistantsEventNames(clean.events);
    expect(cleanNames.slice(7, 9)).toEqual(['thread.message.in_progress', 'thread.message.delta']);
    expect(assistantsEventNames(faulted.events)).toEqual(swapped(cleanNames, 7));
  });

  it('swaps a ChatKit item.added with the update that follows it, so the update names an item not yet added', async () => {
    const url = `${await start()}/chatkit/scenario/plain`;
    const clean = await chatkitStream(url, 'threads.create', { input: userInput('IRA') });
    const faulted = await chatkitStream(url, 'threads.create', { input: userInput('IRA') }, { 'x-simulator-fault': 'out-of-order; after=4' });
    await Promise.all([clean.ended, faulted.ended]);
    const cleanNames = chatkitEventNames(clean.events);
    expect(cleanNames.slice(4, 6)).toEqual(['thread.item.added:assistant_message', 'thread.item.updated:assistant_message.content_part.added']);
    expect(chatkitEventNames(faulted.events)).toEqual(swapped(cleanNames, 4));
  });
});
