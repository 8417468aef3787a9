import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSimulator } from '../src/index';
import { startSimulator } from '../src/index';
import { createThread, postMessage, getJson } from './boostedHttp';
import type { MessagesPage } from './boostedHttp';
import { connectSse, decodeBoostedFrames, hasCompleted } from './connectSse';

let running: RunningSimulator | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

const markerPattern = /```\n\{"artifact_id": "([0-9a-f-]{36})"\}\n```/g;

describe('Boosted scenarios', () => {
  it('citations-artifacts streams two fetchable artifacts, splits the second marker across three chunks and cites six types', async () => {
    running = await startSimulator({ port: 0, delayMs: 0 });
    const base = `${running.url}/boosted`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, 'How has NVIDIA data-center revenue trended?');
    await stream.waitFor(hasCompleted);

    const frames = decodeBoostedFrames(stream.events);
    const chunks = frames.filter((frame) => frame.name === 'message_chunk').map((frame) => frame.data.message as string);
    const message = frames.find((frame) => frame.name === 'message')?.data;
    expect(message.message).toBe(chunks.join(''));
    const artifactIds = [...(message.message as string).matchAll(markerPattern)].map((match) => match[1]);
    expect(artifactIds).toHaveLength(2);

    expect(chunks).toContain(`\`\`\`\n{"artifact_id": "${artifactIds[0]}"}\n\`\`\``);
    const splitStart = chunks.indexOf('```\n{"artif');
    expect(chunks.slice(splitStart, splitStart + 3)).toEqual(['```\n{"artif', `act_id": "${artifactIds[1]}"}`, '\n```']);

    const logIndexes = frames.flatMap((frame, index) => (frame.name === 'message_work_in_progress' ? [index] : []));
    const firstChunkIndex = frames.findIndex((frame) => frame.name === 'message_chunk');
    expect(logIndexes.some((index) => index > firstChunkIndex)).toBe(true);

    const citations = message.message_metadata.citations as { citation_type: string; citation_id: string }[];
    expect(citations.map((citation) => citation.citation_type)).toEqual([
      'web',
      'news_development',
      'news_article',
      'text',
      'fiscal_quarter_earnings',
      'variable',
    ]);
    expect(citations[0]).toMatchObject({ url: expect.stringMatching(/^https:\/\//), snippet_highlight_start: expect.any(Number) });
    expect(citations[4]).toMatchObject({ fiscal_quarter: 3, fiscal_year: 2025 });
    expect(citations[5]).toMatchObject({ periodicity: 'quarterly' });

    const table = await getJson<{ artifact_id: string; artifact: { type: string; columns: { key: string }[]; rows: unknown[] } }>(
      `${base}/v2/threads/${threadId}/artifacts/${artifactIds[0]}`,
    );
    expect(table.artifact_id).toBe(artifactIds[0]);
    expect(table.artifact.type).toBe('table');
    expect(table.artifact.columns.map((column) => column.key)).toEqual(['quarter', 'revenue_usd_bn', 'yoy_pct']);
    expect(table.artifact.rows.length).toBeGreaterThanOrEqual(4);
    const chart = await getJson<{ artifact: { type: string; chart: string; x: { key: string }; series: unknown[]; data: unknown[] } }>(
      `${base}/v2/threads/${threadId}/artifacts/${artifactIds[1]}`,
    );
    expect(chart.artifact).toMatchObject({ type: 'chart', chart: 'line', x: { key: 'quarter' } });
    expect(chart.artifact.data.length).toBeGreaterThanOrEqual(4);
    stream.close();
  });

  it('artifact-gallery, picked by "gallery", serves a bar chart, a markdown note, a PNG image and a JSON artifact, with a table and a code block in the text', async () => {
    running = await startSimulator({ port: 0, delayMs: 0 });
    const base = `${running.url}/boosted`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, 'gallery: every artifact viewer');
    await stream.waitFor(hasCompleted);

    const message = decodeBoostedFrames(stream.events).find((frame) => frame.name === 'message')?.data.message as string;
    expect(message).toContain('| Quarter | Revenue (USD bn) | Services share |\n| --- | ---: | ---: |\n| Q1 FY25 | 124.3 | 21% |');
    expect(message).toContain('```python\nservices = segment_revenue["Services"]\n');
    const artifactIds = [...message.matchAll(markerPattern)].map((match) => match[1]);
    expect(artifactIds).toHaveLength(4);

    const artifacts = await Promise.all(
      artifactIds.map(async (id) => (await getJson<{ artifact: Record<string, unknown> }>(`${base}/v2/threads/${threadId}/artifacts/${id}`)).artifact),
    );
    expect(artifacts.map((artifact) => artifact.type)).toEqual(['chart', 'markdown', 'image', 'json']);
    expect(artifacts[0]).toMatchObject({ chart: 'bar', x: { key: 'quarter' }, series: [{ key: 'products_usd_bn' }, { key: 'services_usd_bn' }] });
    expect(artifacts[0]?.data).toHaveLength(4);
    expect(artifacts[1]?.content).toMatch(/^## Analyst note/);
    expect(artifacts[2]).toMatchObject({ url: expect.stringMatching(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/), alt: expect.any(String) });
    expect(artifacts[3]).toMatchObject({ title: 'Screen parameters', data: { filters: { net_cash: true, max_net_debt_to_ebitda: null } } });
    stream.close();
  });

  it('creates fresh artifact ids on every run', async () => {
    running = await startSimulator({ port: 0, delayMs: 0 });
    const base = `${running.url}/boosted/scenario/citations-artifacts`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, 'first');
    await stream.waitFor(hasCompleted);
    await postMessage(base, threadId, 'second');
    await stream.waitFor((events) => decodeBoostedFrames(events).filter((frame) => frame.name === 'task_status').length === 2);
    const texts = decodeBoostedFrames(stream.events).filter((frame) => frame.name === 'message').map((frame) => frame.data.message as string);
    const ids = texts.flatMap((text) => [...text.matchAll(markerPattern)].map((match) => match[1]));
    expect(new Set(ids).size).toBe(4);
    stream.close();
  });

  it('reports null progress before any run, Running with the latest log during one, and Complete after', async () => {
    running = await startSimulator({ port: 0, delayMs: 30 });
    const base = `${running.url}/boosted/scenario/progress`;
    const threadId = await createThread(base);
    expect(await getJson(`${base}/v2/threads/${threadId}/progress`)).toEqual({ progress_data: null });

    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, 'Rank the Magnificent Seven');
    await stream.waitFor((events) => events.length >= 1);
    const during = await getJson<{ progress_data: { log: string; status: string } }>(`${base}/v2/threads/${threadId}/progress`);
    expect(during.progress_data.status).toBe('Running');
    expect(['Planning the analysis', 'Loading the Magnificent Seven constituents']).toContain(during.progress_data.log);

    await stream.waitFor(hasCompleted);
    expect(await getJson(`${base}/v2/threads/${threadId}/progress`)).toEqual({
      progress_data: { log: 'Writing the summary', status: 'Complete' },
    });
    const names = decodeBoostedFrames(stream.events).map((frame) => frame.name);
    expect(names.filter((name) => name === 'message_work_in_progress')).toHaveLength(6);
    expect(names.slice(names.indexOf('message_chunk')).includes('message_work_in_progress')).toBe(true);
    stream.close();
  });

  it('stores the user message and the full assistant text, markers included, in the thread history', async () => {
    running = await startSimulator({ port: 0, delayMs: 0 });
    const base = `${running.url}/boosted`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, 'Show me NVIDIA revenue');
    await stream.waitFor(hasCompleted);
    const finalMessage = decodeBoostedFrames(stream.events).find((frame) => frame.name === 'message')?.data;

    const page = await getJson<MessagesPage>(`${base}/v2/threads/${threadId}/messages?start_index=0&limit_num=25`);
    expect(page.total_message_count).toBe(2);
    expect(page.start_index).toBe(0);
    expect(page.messages.map((message) => [message.is_user_message, message.message])).toEqual([
      [true, 'Show me NVIDIA revenue'],
      [false, finalMessage.message],
    ]);
    expect(page.messages[1]?.message_metadata).toEqual(finalMessage.message_metadata);
    expect(page.messages[1]?.message).toMatch(markerPattern);
    const second = await getJson<MessagesPage>(`${base}/v2/threads/${threadId}/messages?start_index=1&limit_num=1`);
    expect(second.messages.map((message) => message.is_user_message)).toEqual([false]);
    stream.close();
  });

  it('picks the scenario from keywords in the message when nothing pins it', async () => {
    running = await startSimulator({ port: 0, delayMs: 0 });
    const base = `${running.url}/boosted`;
    const threadId = await createThread(base);
    const stream = await connectSse(`${base}/v2/threads/stream/${threadId}`);
    await postMessage(base, threadId, 'hello there');
    await stream.waitFor(hasCompleted);
    const first = decodeBoostedFrames(stream.events).find((frame) => frame.name === 'message_work_in_progress');
    expect(first?.data.log).toBe('Identifying the company and reporting period');
    stream.close();
  });
});
