import type { EventSourceMessage } from 'eventsource-parser';
import { createParser } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import { createThread, postMessage } from './boostedHttp';
import { openRawStream, splitFrames } from './openRawStream';
import { startEachSimulator } from './startEachSimulator';

const start = startEachSimulator();

const invalidUtf8 = Buffer.of(0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80);

function parseEvents(body: Buffer): EventSourceMessage[] {
  const events: EventSourceMessage[] = [];
  createParser({ onEvent: (event) => events.push(event) }).feed(body.toString('utf8'));
  return events;
}

/** The value of a frame's data line, as bytes. */
function dataValue(frame: Buffer): Buffer {
  const start = frame.indexOf('data: ') + 'data: '.length;
  return frame.subarray(start, frame.indexOf('\n', start));
}

describe('corruption faults', () => {
  it('puts garbage lines and a half-cut copy of the sixth Boosted frame before it, losing nothing', async () => {
    const base = `${await start()}/boosted/scenario/plain`;
    const cleanThread = await createThread(base);
    const faultedThread = await createThread(base);
    const clean = await openRawStream(`${base}/v2/threads/stream/${cleanThread}`);
    const faulted = await openRawStream(`${base}/v2/threads/stream/${faultedThread}`, { headers: { 'x-simulator-fault': 'garbage; after=5' } });
    await Promise.all([postMessage(base, cleanThread, 'hello'), postMessage(base, faultedThread, 'hello')]);
    const completed = (body: Buffer) => body.includes('"task_status"');
    await Promise.all([clean.waitFor(completed), faulted.waitFor(completed)]);

    const cleanEvents = parseEvents(clean.body());
    const faultedEvents = parseEvents(faulted.body());
    expect(faultedEvents).toHaveLength(cleanEvents.length + 1);
    const [malformed] = faultedEvents.splice(5, 1);
    expect(faultedEvents).toEqual(cleanEvents);
    const sixth = cleanEvents[5]?.data ?? '';
    expect(malformed?.data).toBe(sixth.slice(0, Math.floor(sixth.length / 2)));
    expect(() => JSON.parse(malformed?.data ?? '')).toThrow(SyntaxError);
    const garbageAt = faulted.body().indexOf(Buffer.of(0x00, 0x01, 0x02));
    expect(garbageAt).toBe(Buffer.concat(splitFrames(clean.body()).frames.slice(0, 5)).length);
    clean.close();
    faulted.close();
  });

  it('puts invalid UTF-8 where the text of a ChatKit text delta starts, keeping the rest of the line', async () => {
    const url = `${await start()}/chatkit/scenario/plain`;
    const request = { type: 'threads.create', params: { input: { content: [{ type: 'input_text', text: 'IRA' }] } } };
    const stream = await openRawStream(url, { method: 'POST', json: request, headers: { 'x-simulator-fault': 'invalid-utf8; after=6' } });
    await stream.closed;

    const body = stream.body();
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(body)).toThrow(TypeError);
    const at = body.indexOf(invalidUtf8);
    expect(body.indexOf(invalidUtf8, at + 1)).toBe(-1);
    const { frames } = splitFrames(body);
    const corrupted = frames[6] ?? Buffer.alloc(0);
    expect(corrupted.includes(invalidUtf8)).toBe(true);
    expect(corrupted.toString('latin1')).toMatch(/^data: \{.*"assistant_message\.content_part\.text_delta".*"delta":"\xc3\(\xff\xed\xa0\x80/);
    const repaired = Buffer.concat([body.subarray(0, at), body.subarray(at + invalidUtf8.length)]);
    const delta = JSON.parse(parseEvents(repaired)[6]?.data ?? '');
    expect(delta.update).toEqual({ type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'The' });
  });

  it('pads a Teammate frame to a 2 MiB data payload that still parses to the same frame', async () => {
    const base = `${await start()}/teammate/scenario/plain/api/v2`;
    const [clean, faulted] = await Promise.all([
      openRawStream(`${base}/runs/`, { method: 'POST', json: { message: 'tickets' } }),
      openRawStream(`${base}/runs/`, { method: 'POST', json: { message: 'tickets' }, headers: { 'x-simulator-fault': 'oversize-frame; after=3' } }),
    ]);
    await Promise.all([clean.closed, faulted.closed]);
    const cleanFrames = splitFrames(clean.body()).frames;
    const faultedFrames = splitFrames(faulted.body()).frames;
    expect(faultedFrames).toHaveLength(cleanFrames.length);
    const oversize = dataValue(faultedFrames[3] ?? Buffer.alloc(0));
    expect(oversize.length).toBe(2 * 1024 * 1024);
    expect(JSON.parse(oversize.toString())).toEqual(JSON.parse(dataValue(cleanFrames[3] ?? Buffer.alloc(0)).toString()));
    expect(faultedFrames.filter((frame) => frame.length > 64 * 1024)).toHaveLength(1);
  });

  it('pads the first Assistants frame to the size the bytes parameter names', async () => {
    const base = `${await start()}/assistants/scenario/plain/v1`;
    const request = { assistant_id: 'asst_test', thread: { messages: [{ role: 'user', content: 'sleep' }] }, stream: true };
    const stream = await openRawStream(`${base}/threads/runs`, { method: 'POST', json: request, headers: { 'x-simulator-fault': 'oversize-frame; after=0; bytes=4096' } });
    await stream.closed;
    const [first, second] = splitFrames(stream.body()).frames;
    expect(first?.toString()).toMatch(/^event: thread\.created\ndata: \{ {100,}"id":"thread_/);
    expect(dataValue(first ?? Buffer.alloc(0)).length).toBe(4096);
    expect(dataValue(second ?? Buffer.alloc(0)).length).toBeLessThan(4096);
  });
});
