import { describe, expect, it } from 'vitest';
import { streamedText, createThreadAndRun, assistantsEventNames } from './assistantsHttp';
import { createThread, postMessage } from './boostedHttp';
import { chatkitEventNames, chatkitStream, chatkitText, userInput } from './chatkitHttp';
import { connectSse, decodeBoostedFrames, hasCompleted } from './connectSse';
import { createTeammateRun, teammateFrameTypes, teammateText } from './teammateHttp';
import { startEachSimulator } from './startEachSimulator';

const start = startEachSimulator();

// No tokenizer here: two usual estimates, and the report must pass both.
function estimateTokens(text: string): { byWords: number; byCharacters: number } {
  const words = text.split(/\s+/).filter((word) => word !== '').length;
  return { byWords: Math.floor(words * 1.3), byCharacters: Math.floor(text.length / 4) };
}

function expectLongReport(text: string, deltas: number): void {
  const tokens = estimateTokens(text);
  expect(tokens.byWords).toBeGreaterThanOrEqual(20_000);
  expect(tokens.byCharacters).toBeGreaterThanOrEqual(20_000);
  expect(text.startsWith('# Global equities: a sector-by-sector review')).toBe(true);
  expect(text.match(/^## /gm)?.length).toBeGreaterThanOrEqual(17);
  expect(text.match(/^- \*\*/gm)?.length).toBeGreaterThanOrEqual(100);
  expect(text.match(/^\| --- \|/gm)?.length).toBeGreaterThanOrEqual(17);
  // At the demo's 30 ms a frame, 450 to 600 deltas take 14 to 18 seconds.
  expect(deltas).toBeGreaterThanOrEqual(450);
  expect(deltas).toBeLessThanOrEqual(600);
}

const question = 'Write a huge 20,000-token report';

describe('long-answer: a report of more than 20,000 tokens in multi-word deltas', () => {
  it('Boosted streams it as about 520 chunks that join to the final message', async () => {
    const base = `${await start()}/boosted`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, question);
    await stream.waitFor(hasCompleted, 15_000);
    stream.close();

    const frames = decodeBoostedFrames(stream.events);
    const chunks = frames.filter((frame) => frame.name === 'message_chunk').map((frame) => frame.data.message as string);
    const text = chunks.join('');
    expect(frames.find((frame) => frame.name === 'message')?.data.message).toBe(text);
    expectLongReport(text, chunks.length);
  });

  it('Assistants streams it as thread.message.delta events of one message', async () => {
    const base = `${await start()}/assistants/v1`;
    const stream = await createThreadAndRun(base, question);
    await stream.ended;

    const names = assistantsEventNames(stream.events);
    expect(names.filter((name) => name === 'thread.message.created')).toHaveLength(1);
    expect(names.at(-2)).toBe('thread.run.completed');
    expectLongReport(streamedText(stream.events), names.filter((name) => name === 'thread.message.delta').length);
  });

  it('Teammate streams it as text-delta frames', async () => {
    const base = `${await start()}/teammate/api/v2`;
    const stream = await createTeammateRun(base, question);
    await stream.ended;

    const types = teammateFrameTypes(stream.events);
    expect(types.at(-1)).toBe('done');
    expectLongReport(teammateText(stream.events), types.filter((type) => type === 'text-delta').length);
  });

  it('ChatKit streams it as text deltas of one assistant message', async () => {
    const url = `${await start()}/chatkit`;
    const stream = await chatkitStream(url, 'threads.create', { input: userInput(question) });
    await stream.ended;

    const names = chatkitEventNames(stream.events);
    expect(names.at(-1)).toBe('thread.item.done:assistant_message');
    expectLongReport(chatkitText(stream.events), names.filter((name) => name === 'thread.item.updated:assistant_message.content_part.text_delta').length);
  });
});
