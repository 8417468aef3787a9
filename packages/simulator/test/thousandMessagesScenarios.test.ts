import { describe, expect, it } from 'vitest';

import { createThread, getJson, postMessage } from './boostedHttp';
import type { MessagesPage } from './boostedHttp';
import { chatkitEventNames, chatkitJson, chatkitStream, decodeChatKitEvents, userInput } from './chatkitHttp';
import { connectSse, decodeBoostedFrames, hasCompleted } from './connectSse';
import { startEachSimulator } from './startEachSimulator';

const start = startEachSimulator();

const question = 'Load a thread of a thousand messages';

describe('thousand-messages: 998 earlier messages, the question and an answer', () => {
  it('Boosted sends 998 finished messages before the answer and stores 1,000 messages', async () => {
    const base = `${await start()}/boosted`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, question);
    await stream.waitFor(hasCompleted, 15_000);
    stream.close();

    const chunks = decodeBoostedFrames(stream.events).filter((frame) => frame.name === 'message_chunk');
    const finalChunks = chunks.filter((frame) => frame.data.final_chunk === true);
    // Every earlier message is one final chunk; the answer ends with one more.
    expect(finalChunks).toHaveLength(999);
    expect(chunks.slice(0, 998).every((frame) => frame.data.final_chunk === true)).toBe(true);
    expect(chunks[0]?.data.message).toBe("Question 1: how did Microsoft's gross margin change last quarter?");
    expect(chunks.slice(998).some((frame) => frame.data.final_chunk === false)).toBe(true);

    const page = await getJson<MessagesPage>(`${base}/v2/threads/${threadId}/messages?limit_num=2000`);
    expect(page.total_message_count).toBe(1000);
    expect(page.messages[0]).toMatchObject({ is_user_message: true, message: question });
    expect(page.messages[1]?.message).toBe(chunks[0]?.data.message);
    expect(page.messages.at(-1)?.message).toContain('1,000 messages');
  });

  it('ChatKit sends 998 earlier items before the user message and the thread keeps all 1,000', async () => {
    const url = `${await start()}/chatkit`;
    const stream = await chatkitStream(url, 'threads.create', { input: userInput(question) });
    await stream.ended;

    const names = chatkitEventNames(stream.events);
    expect(names[0]).toBe('thread.created');
    const earlier = names.slice(1, 999);
    expect(earlier.filter((name) => name === 'thread.item.done:user_message')).toHaveLength(499);
    expect(earlier.filter((name) => name === 'thread.item.done:assistant_message')).toHaveLength(499);
    expect(names[999]).toBe('thread.item.done:user_message');
    expect(names.at(-1)).toBe('thread.item.done:assistant_message');

    const events = decodeChatKitEvents(stream.events);
    expect(events[999].item.content[0].text).toBe(question);
    const ids = events.filter((event) => event.type === 'thread.item.done').map((event) => event.item.id as string);
    expect(new Set(ids).size).toBe(1000);
    const createdAt = events.slice(1, 1000).map((event) => event.item.created_at as string);
    expect([...createdAt].sort()).toEqual(createdAt);

    const threadId = events[0].thread.id as string;
    const stored = await chatkitJson<{ items: { data: unknown[] } }>(url, 'threads.get_by_id', { thread_id: threadId });
    expect(stored.items.data).toHaveLength(1000);
  });
});
