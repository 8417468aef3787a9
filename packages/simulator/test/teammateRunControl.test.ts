import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../src/index';
import { startSimulator } from '../src/index';
import { connectSse } from './connectSse';
import { getJson, postJson, streamPost } from './jsonHttp';
import { createTeammateRun, decodeTeammateFrames, hasFrame, runIdOf, teammateFrameTypes, teammateText } from './teammateHttp';

let running: RunningSimulator | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(delayMs = 0): Promise<string> {
  running = await startSimulator({ port: 0, host: '127.0.0.1', delayMs });
  return `${running.url}/teammate/api/v2`;
}

interface RunJson {
  id: number;
  status: string;
  output: string | null;
  usage: { total_tokens: number; cost_usd: string } | null;
  stop_reason: string | null;
}

describe('Teammate run control', () => {
  it('re-joins a live run: replays every frame from metadata on, then continues live', async () => {
    const base = await start();
    const original = await createTeammateRun(base, 'Ask me a question', { human_in_the_loop: true });
    await original.waitFor(hasFrame('awaiting_approval'));
    const runId = runIdOf(original.events);

    const rejoined = await connectSse(`${base}/runs/${runId}/stream`);
    await rejoined.waitFor(hasFrame('awaiting_approval'));
    expect(teammateFrameTypes(rejoined.events)[0]).toBe('metadata');
    expect(rejoined.events.map((event) => event.data)).toEqual(original.events.map((event) => event.data));

    await postJson(`${base}/runs/${runId}/answer`, { answers: { 'Reply tone': 'Formal' } });
    await Promise.all([original.ended, rejoined.ended]);
    expect(teammateFrameTypes(rejoined.events).slice(-2)).toEqual(['run_metrics', 'done']);
    expect(rejoined.events.map((event) => event.data)).toEqual(original.events.map((event) => event.data));
  });

  it('answers 409 to a re-join once the run has finished and 404 for an unknown run', async () => {
    const base = await start();
    const stream = await createTeammateRun(base, 'hello');
    await stream.ended;
    const rejoin = await fetch(`${base}/runs/${runIdOf(stream.events)}/stream`);
    expect(rejoin.status).toBe(409);
    expect(await rejoin.json()).toEqual({ detail: 'The run is no longer executing', code: 'run_not_active' });
    const unknown = await fetch(`${base}/runs/999999`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ detail: 'Run not found' });
  });

  it('replies on the same run id: the new turn streams from a metadata frame with that id', async () => {
    const base = await start();
    const first = await createTeammateRun(base, 'hello');
    await first.ended;
    const runId = runIdOf(first.events);

    const reply = await streamPost(`${base}/runs/${runId}/reply`, { message: 'Now use your tools', stream: true });
    await reply.ended;
    expect(decodeTeammateFrames(reply.events)[0]).toEqual({ type: 'metadata', payload: { run_id: runId } });
    expect(teammateFrameTypes(reply.events)).toContain('todo-update');
    expect(teammateFrameTypes(reply.events).at(-1)).toBe('done');
    const run = await getJson<RunJson>(`${base}/runs/${runId}`);
    expect(run).toMatchObject({ id: runId, status: 'completed', output: teammateText(reply.events) });
    expect((await getJson<{ data: RunJson[] }>(`${base}/runs`)).data.map((entry) => entry.id)).toEqual([runId]);
  });

  it('refuses a reply while the run is still executing', async () => {
    const base = await start();
    const stream = await createTeammateRun(base, 'Ask me a question', { human_in_the_loop: true });
    await stream.waitFor(hasFrame('awaiting_approval'));
    const reply = await postJson(`${base}/runs/${runIdOf(stream.events)}/reply`, { message: 'and another thing', stream: false });
    expect(reply.status).toBe(409);
    expect(await reply.json()).toMatchObject({ code: 'run_active' });
    stream.close();
  });

  it('answers stream: false with the running Run JSON, and polling reaches completed with the full output and usage', async () => {
    const base = await start();
    const response = await postJson(`${base}/runs`, { message: 'hello', stream: false, teammate_id: 'mate_42' });
    expect(response.headers.get('content-type')).toContain('application/json');
    const created = (await response.json()) as RunJson & Record<string, unknown>;
    expect(created).toMatchObject({ status: 'running', output: null, error: null, error_code: null, stop_reason: null, usage: null, teammate_id: 'mate_42', permission_mode: 'autonomous' });
    expect(Number.isInteger(created.id)).toBe(true);

    let run = created as RunJson;
    for (let attempt = 0; attempt < 200 && run.status === 'running'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      run = await getJson<RunJson>(`${base}/runs/${created.id}`);
    }
    expect(run.status).toBe('completed');
    expect(run.output).toMatch(/^Here are the three tickets[\s\S]*Want me to file it in Linear\?$/);
    expect(run.stop_reason).toBe('end_turn');
    expect(run.usage).toMatchObject({ total_tokens: expect.any(Number), cost_usd: expect.stringMatching(/^\d+\.\d{4}$/) });
  });

  it('cancels a run mid-stream: the stream ends with a cancelled frame and no done, and the run is cancelled', async () => {
    const base = await start(1);
    const stream = await createTeammateRun(base, 'Write the long weekly report');
    await stream.waitFor((events) => teammateFrameTypes(events).filter((type) => type === 'text-delta').length >= 5);
    const runId = runIdOf(stream.events);

    const cancel = await postJson(`${base}/runs/${runId}/cancel`, {});
    expect(await cancel.json()).toMatchObject({ id: runId, status: 'cancelled' });
    await stream.ended;
    const types = teammateFrameTypes(stream.events);
    expect(types.at(-1)).toBe('cancelled');
    expect(types).not.toContain('done');
    expect(types.filter((type) => type === 'text-delta').length).toBeLessThan(250);
    const run = await getJson<RunJson>(`${base}/runs/${runId}`);
    expect(run).toMatchObject({ status: 'cancelled', output: teammateText(stream.events) });
  });
});
