import { describe, expect, it } from 'vitest';
import { createThreadlineClient, toSnapshot } from '@threadline/headless';
import { createReplayFeed } from '../src/replay/createReplayFeed';
import { parseSseTranscript } from '../src/replay/parseSseTranscript';
import { replaySamples } from '../src/replay/replaySamples';

const frames = [{ data: '{"n":1}' }, { data: '{"n":2}' }, { data: '{"n":3}' }];

async function readChunks(response: Response): Promise<Array<{ text: string; at: number }>> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const started = performance.now();
  const chunks: Array<{ text: string; at: number }> = [];
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    chunks.push({ text: decoder.decode(chunk.value), at: performance.now() - started });
  }
  return chunks;
}

function sample(name: string) {
  const found = replaySamples.find((each) => each.name === name);
  const parsed = found && parseSseTranscript(found.text);
  if (!parsed?.ok) throw new Error(`no sample ${name}`);
  return parsed.transcript;
}

describe('createReplayFeed', () => {
  it('answers with an event stream of the frames, one chunk per frame, paced after the first', async () => {
    const feed = createReplayFeed(frames, 30);
    const response = await feed.fetch('replay:test');

    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const chunks = await readChunks(response);
    expect(chunks.map((chunk) => chunk.text)).toEqual(['data: {"n":1}\n\n', 'data: {"n":2}\n\n', 'data: {"n":3}\n\n']);
    expect(chunks[0]!.at).toBeLessThan(25);
    expect(chunks[2]!.at).toBeGreaterThanOrEqual(55);
  });

  it('sends every remaining frame at once when the delay becomes 0 mid-stream', async () => {
    const feed = createReplayFeed([...frames, { data: '{"n":4}' }], 40);
    const response = await feed.fetch('replay:test');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe('data: {"n":1}\n\n');

    feed.setDelayMs(0);
    // The frame already waiting keeps its pause; it and every later frame then come in one chunk.
    const rest = await reader.read();

    expect(decoder.decode(rest.value)).toBe('data: {"n":2}\n\ndata: {"n":3}\n\ndata: {"n":4}\n\n');
    expect((await reader.read()).done).toBe(true);
  });

  it('sends the whole transcript in one chunk at delay 0', async () => {
    const chunks = await readChunks(await createReplayFeed(frames, 0).fetch('replay:test'));
    expect(chunks.map((chunk) => chunk.text)).toEqual(['data: {"n":1}\n\ndata: {"n":2}\n\ndata: {"n":3}\n\n']);
  });

  it('stops the stream when the request is aborted', async () => {
    const feed = createReplayFeed(frames, 10_000);
    const abort = new AbortController();
    const response = await feed.fetch('replay:test', { signal: abort.signal });
    const reader = response.body!.getReader();
    await reader.read();

    const next = reader.read();
    abort.abort();

    await expect(next).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses a request whose signal is already aborted', async () => {
    const feed = createReplayFeed(frames, 0);
    await expect(feed.fetch('replay:test', { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('plays a sample through an auto-dialect connection into the same thread pnpm replay would build', async () => {
    const transcript = sample('teammate-tools.sse');
    const feed = createReplayFeed(transcript.frames, 0);
    const client = createThreadlineClient();
    const received: string[] = [];
    const controller = client.getController('replay-test', {
      dialect: 'auto',
      baseUrl: 'replay:teammate-tools.sse',
      fetch: feed.fetch,
      onFrame: (frame) => received.push(frame.data),
    });

    controller.attach();
    await expect.poll(() => client.threadStore.store.getState().connections['replay-test']).toBe('closed');

    const thread = client.threadStore.store.getState().threads['replay-test']!;
    expect(received).toHaveLength(transcript.frames.length);
    expect(thread.dialect).toBe('teammate');
    expect(toSnapshot(thread).thread.status).toBe('complete');
    expect(toSnapshot(thread).items.map((item) => item.kind)).toContain('tool_call');
    client.disconnectAll();
  });
});
